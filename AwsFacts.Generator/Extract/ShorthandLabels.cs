using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// Labels in shorthand, with no colon: <c>key pairs 5000 / region</c>, <c>stacks / acct 2000</c>,
/// <c>targets per alb ~ 1000</c>, and runs of them on one line (<c>params 200 outputs 200 mappings 200</c>). Words
/// that count something — a plural, or "per" or "/" — then a number with no unit after it are a label and its value;
/// a slash between words reads "per". A range of bare numbers (<c>burst conc ~500–3000</c>) needs no plural.
/// </summary>
internal static class ShorthandLabels
{
    private const string Label = @"[A-Za-z][A-Za-z /-]*?";

    private const string BareNumber = @"~?\s*\d[\d,]*(?:\.\d+)?[kKM]?";

    // A label, then a number without a unit; the rest says what it counts per, or remarks on it in parentheses.
    private static readonly Regex One = new(
        $@"^(?<label>{Label})\s+(?<value>{BareNumber}(?:\s*(?:/|per)\s*[A-Za-z]+|\s*\([^()]*\))?)\s*\.?$",
        RegexOptions.CultureInvariant);

    // "burst conc ~500–3000 depending on region": a few words, then a range of bare numbers, then a remark without one.
    private static readonly Regex BareRange = new(
        $@"^(?<label>[A-Za-z][A-Za-z /-]*?)\s+(?<value>{BareNumber}\s*(?:[–—-]|to)\s*{BareNumber}(?:\s+[a-z][a-z ]*)?)\s*\.?$",
        RegexOptions.CultureInvariant);

    // Label-number pairs one after another; words after the last number remark on it.
    private static readonly Regex Pair = new(
        $@"\G\s*(?<label>{Label})\s+(?<value>{BareNumber})(?=\s|$)",
        RegexOptions.CultureInvariant);

    // "stacks / acct", "repos/region"; never "w/" or "w/o" (with, without).
    private static readonly Regex PerSlash = new(@"(?<!\b[Ww])\s*/\s*(?=[A-Za-z])(?![Oo]\b)", RegexOptions.CultureInvariant);

    private static readonly Regex Approximately = new(@"~\s+", RegexOptions.CultureInvariant);

    /// <summary>The label and value of a shorthand line, or null when it is not one.</summary>
    public static (string? Label, string Value)? Split(string text)
    {
        if (!WordsThenNumber(text, 0))
        {
            return null;
        }

        var match = One.Match(text);
        if (match.Success && Counts(match.Groups["label"].Value) is { } label)
        {
            return (label, Value(match.Groups["value"].Value));
        }

        // A range of bare numbers says by itself that the words before it are what it bounds, plural or not.
        var range = BareRange.Match(text);
        return range.Success && range.Groups["label"].Value.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length <= 4
               && !UnitFollows(text, range.Groups["value"].Index + range.Groups["value"].Value.TrimEnd().LastIndexOfAny("0123456789".ToCharArray()) + 1)
            ? (PerSlash.Replace(range.Groups["label"].Value.Trim(), " per "), Value(range.Groups["value"].Value))
            : null;
    }

    /// <summary>
    /// The labels and values of a run of two pairs or more (<c>listeners per alb 50 rules per alb 100 excl defaults</c>),
    /// or null when the line is not one.
    /// </summary>
    public static List<(string Label, string Value)>? Runs(string text)
    {
        if (text.IndexOf(':') >= 0)
        {
            return null;
        }

        if (!WordsThenNumber(text, Parse.InlineText.SkipSpace(text, 0)))
        {
            return null;
        }

        var pairs = new List<(string, string)>();
        var position = 0;
        Match match;
        while ((match = Pair.Match(text, position)).Success && Counts(match.Groups["label"].Value) is { } label
               && !UnitFollows(text, match.Index + match.Length))
        {
            pairs.Add((label, Value(match.Groups["value"].Value)));
            position = match.Index + match.Length;
        }

        return pairs.Count >= 2 && !text.Substring(position).Any(char.IsDigit) ? pairs : null;
    }

    /// <summary>
    /// Whether the text opens, at <paramref name="from"/>, as every form here does: a letter, then letters, spaces,
    /// slashes or hyphens up to a number (or <c>~</c>). Most prose fails at its first comma or full stop, before any pattern runs.
    /// </summary>
    private static bool WordsThenNumber(string text, int from)
    {
        if (from >= text.Length || !IsAsciiLetter(text[from]))
        {
            return false;
        }

        var i = from + 1;
        while (i < text.Length && (IsAsciiLetter(text[i]) || text[i] is '/' or '-' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        return i < text.Length && (char.IsDigit(text[i]) || text[i] == '~') && char.IsWhiteSpace(text[i - 1]);
    }

    private static bool IsAsciiLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';

    /// <summary>Whether a unit comes right after a number: <c>15 minutes 10 GB</c> is values, not labels.</summary>
    private static bool UnitFollows(string text, int end)
    {
        var word = new string(text.Substring(end).TrimStart().TakeWhile(c => char.IsLetter(c) || c == '%').ToArray());
        return word.Length > 0 && Grammar.UnitTable.IsUnit(word);
    }

    /// <summary>The label with "/" read as "per", when it counts something; else null.</summary>
    private static string? Counts(string label)
    {
        var words = PerSlash.Replace(label.Trim(), " per ").Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 6 && words.Any(w => w == "per" || Grammar.QuantityScanner.IsPlural(w))
            ? string.Join(" ", words)
            : null;
    }

    private static string Value(string value) => Approximately.Replace(PerSlash.Replace(value.Trim(), " per "), "~");
}
