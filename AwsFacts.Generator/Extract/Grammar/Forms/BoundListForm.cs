using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A label that lists which bounds its values are, in order, over as many values: <c>(default, min, max)</c> or
/// <c>min and max</c> in the label, the values separated by commas or slashes. A unit written only after the last value
/// is every value's.
/// </summary>
/// <example><c>Visibility timeout (default, min, max): 30s, 0s, 12h</c> → <c>VisibilityTimeoutDefaultSeconds = 30</c>,
/// <c>VisibilityTimeoutMinSeconds = 0</c>, <c>VisibilityTimeoutMaxSeconds = 43200</c>; <c>Bucket name min and max
/// length: 3, 63</c> → <c>BucketNameLengthMin = 3</c>, <c>BucketNameLengthMax = 63</c>.</example>
internal sealed class BoundListForm : ValueForm
{
    private const string BoundName = @"(?:default|def|min(?:imum)?|max(?:imum)?)";

    // "(default, min, max)", "(min/max)"; or "min and max", "min/max" among the label's words.
    private static readonly Regex ListedBounds = new(
        @"\s*\(\s*(?<list>" + BoundName + @"(?:\s*(?:,|/|and|&)\s*" + BoundName + @")+)\s*\)|\b(?<list>" + BoundName + @"(?:\s*(?:,|/|and|&)\s*" + BoundName + @")+)\b\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "ZIP package (compressed / uncompressed)": words that tell apart as many values, in order.
    private static readonly Regex ListedWords = new(
        @"\s*\(\s*(?<list>[A-Za-z][\w-]*(?:\s*/\s*[A-Za-z][\w-]*)+)\s*\)\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex OneValue = new(
        @"^\s*(?<approx>~)?(?<n>" + Numbers.Pattern + @")\s?(?<unit>[A-Za-z%µ][A-Za-z/%µ-]*)?\s*$", RegexOptions.CultureInvariant);

    public override bool TryRead(ValueSentence sentence)
    {
        if (sentence.Label is not { } label || label.ExplicitName is not null || Listed(sentence, label) is not { Success: true } listed)
        {
            return false;
        }

        var words = Regex.Split(listed.Groups["list"].Value, @"\s*(?:,|/|\band\b|&)\s*");
        var bounds = words.Select(BoundOf).ToList();
        var parts = sentence.Masked.Trim().TrimEnd('.').Split(',', '/');
        if (words.Distinct(StringComparer.OrdinalIgnoreCase).Count() != words.Length || parts.Length != words.Length || Values(parts) is not { } values)
        {
            return false;
        }

        var inLabel = Listed(label.Text);
        var named = !inLabel.Success ? label : label with { Text = Regex.Replace(label.Text.Remove(inLabel.Index, inLabel.Length).Insert(inLabel.Index, " "), @"\s+", " ").Trim() };
        var min = At(values, bounds, Bound.Min);
        var max = At(values, bounds, Bound.Max);
        if (!bounds.Contains(null) && min is not null && max is not null)
        {
            var written = sentence.ValueText.Trim();
            if (RangeForm.ProblemOf(min, max, At(values, bounds, Bound.Default)) is { } problem)
            {
                sentence.Report(problem, written);
            }
            else
            {
                sentence.Facts.Add(FactBuilder.Fact(sentence.Context, named, string.Empty, string.Empty, FactShape.Range, new[] { min }, min, max, At(values, bounds, Bound.Default), false, false, written, sentence.Text, sentence.Location));
            }

            return true;
        }

        // One fact per value: its bound, or, for a word ("ZIP package (compressed / uncompressed): 50 MB / 250 MB"), named by it.
        for (var i = 0; i < words.Length; i++)
        {
            var shape = bounds[i] switch { Bound.Min => FactShape.Min, Bound.Max => FactShape.Max, Bound.Default => FactShape.Default, _ => FactShape.Value };
            var part = bounds[i] is null ? named with { Text = named.Text + " " + words[i] } : named;
            sentence.Facts.Add(FactBuilder.Fact(sentence.Context, part, string.Empty, string.Empty, shape, new[] { values[i] }, null, null, null, false, false, parts[i].Trim(), sentence.Text, sentence.Location));
        }

        return true;
    }

    /// <summary>
    /// The bounds the label lists, as the note writes them before the value: a long label reaches the forms as its subject
    /// alone ("Visibility period for a message (default, min, max)" → "Visibility period").
    /// </summary>
    private static Match Listed(ValueSentence sentence, NamePart label)
    {
        var inLabel = Listed(label.Text);
        if (inLabel.Success)
        {
            return inLabel;
        }

        var valueAt = sentence.Text.LastIndexOf(sentence.ValueText.Trim(), StringComparison.Ordinal);
        return valueAt > 0 ? Listed(sentence.Text.Substring(0, valueAt).TrimEnd().TrimEnd(':').TrimEnd()) : Match.Empty;
    }

    private static Match Listed(string text)
        => text.IndexOf('/') < 0 && text.IndexOf(',') < 0 && text.IndexOf(" and ", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf('&') < 0
            ? Match.Empty // every list of bounds or words is joined by one of these
            : ListedBounds.Match(text) is { Success: true } bounds ? bounds : ListedWords.Match(text);

    /// <summary>Each part read as one number with an optional unit, a unit after the last alone being every one's; null when a part is no such value.</summary>
    private static List<Quantity>? Values(string[] parts)
    {
        var matches = parts.Select(p => OneValue.Match(p)).ToList();
        if (matches.Any(m => !m.Success || !Numbers.Fits(m.Groups["n"].Value)))
        {
            return null;
        }

        var units = matches.Select(m => m.Groups["unit"].Success ? UnitTable.Find(m.Groups["unit"].Value) : UnitInfo.None).ToList();
        if (units.Any(u => u is null))
        {
            return null;
        }

        // "20,20,1 sec": the last value's unit is every bare value's.
        var shared = units[units.Count - 1]!;
        return matches.Select((m, i) => Numbers.Quantity(m.Groups["n"].Value, units[i]!.Kind == UnitKind.None ? shared : units[i]!, m.Groups["approx"].Success)).ToList();
    }

    private static Quantity? At(List<Quantity> values, List<Bound?> bounds, Bound bound)
    {
        var at = bounds.IndexOf(bound);
        return at >= 0 ? values[at] : null;
    }

    private static Bound? BoundOf(string word) => word.ToLowerInvariant() switch
    {
        "min" or "minimum" => Bound.Min,
        "max" or "maximum" => Bound.Max,
        "default" or "def" => Bound.Default,
        _ => null,
    };
}
