using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Extract.Grammar;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Parse;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// The label of a line and its value: <c>Label: value</c>, <c>key = value</c>, <c>GSIs per table – 20</c>, shorthand
/// without a colon, and the words of a value that say what it measures (<c>ALB: idle timeout def 60s</c>).
/// </summary>
internal static class LineLabels
{
    private static readonly Regex CodeLabel = new(@"^`(?<code>[^`]+)`\s*:\s*(?<value>.+)$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Splits <c>Label: value</c>. In a list item the label may be plain text; outside one it must be bold
    /// (<c>**Key API Calls:** …</c>), so prose with a colon stays prose.
    /// </summary>
    internal static (string? Label, string Value) Split(string text, bool mayHaveLabel)
    {
        // "1 RCU = 4 KB per strongly consistent read", "1 write capacity unit = 1 x 1KB write per second": one of a
        // unit, defined; the unit labels what it is worth.
        if (text.Length > 4 && text[0] == '1' && UnitDefinition.Match(text) is { Success: true } defined)
        {
            return (defined.Groups["unit"].Value, OneTimes.Replace(defined.Groups["value"].Value.Trim(), string.Empty));
        }

        // "visibility_timeout = 30s (max 12h)": a key and its value, in a list or not.
        if (InlineText.Assignment.Match(text) is { Success: true } assignment)
        {
            return (assignment.Groups["key"].Value.Replace('_', ' ').Replace('.', ' '), assignment.Groups["value"].Value.Trim());
        }

        if (!mayHaveLabel)
        {
            return (null, text);
        }

        // A label in backticks names a literal: "`Statement`: `Sid`, `Effect`" (colons inside backticks do not count).
        var code = text.StartsWith("`", StringComparison.Ordinal) ? CodeLabel.Match(text) : Match.Empty;
        if (code.Success)
        {
            return (code.Groups["code"].Value, code.Groups["value"].Value.Trim());
        }

        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            return DashLabel(text) ?? ShorthandLabels.Split(text) ?? (null, text);
        }

        var label = text.Substring(0, colon).Trim();
        var value = text.Substring(colon + 1).Trim();
        var words = label.Split(' ').Length;
        // "Instances per Cluster (default: 1000)": a colon inside a parenthesis labels nothing.
        if (label.IndexOf('`') >= 0 || !label.Any(char.IsLetter) || label.Count(c => c == '(') > label.Count(c => c == ')'))
        {
            return (null, text);
        }

        // "Default: 4 days" under "## Message Retention Period": a bound word alone bounds the value and names nothing,
        // so the value is named as an unlabelled one is (by its section), as "Default 4 days" would be.
        if (IsBoundWord(label.Trim('*', '_', ' ')) && Numbers.StartsWithValue(value))
        {
            return (null, label.Trim('*', '_', ' ') + " " + value);
        }

        if (words > ShortLabelWords)
        {
            // A long label is prose with a colon, unless a number follows it: then its subject names the value
            // ("The maximum number of concurrent executions per account: 1,000" → "maximum concurrent executions").
            var subject = words <= LongLabelWords && Numbers.StartsWithValue(value) ? SubjectPhrase.Of(label) : string.Empty;
            return subject.Length > 0 ? (subject, value) : (null, text);
        }

        return WithMeasuredWords(label, value);
    }

    /// <summary>
    /// A label whose value opens with what it measures, then a bound or the number: "ALB: idle timeout def 60s",
    /// "Lambda: timeout up to 15 min", "hibernate: RAM &lt; 150 gb". Those words are the label's: "ALB idle timeout".
    /// Not when other words label later numbers ("Glacier: Expedited 1–5 min, Standard 3–5 h" is read per value).
    /// </summary>
    private static (string Label, string Value) WithMeasuredWords(string label, string value)
    {
        var match = MeasuredWords.Match(value);
        var rest = match.Success ? value.Substring(match.Length) : string.Empty;
        if (!match.Success || LaterLabel.IsMatch(rest) || !BoundOrUnit(rest) || !OneKind(rest)
            || match.Groups["words"].Value.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).Any(NotMeasured.Contains))
        {
            return (label, value);
        }

        return (label + " " + match.Groups["words"].Value.Trim(), value.Substring(match.Groups["words"].Length).Trim());
    }

    // Words that say how a value is given, not what it measures: "a rate from 1 to 60 min", "between 0.5 GB and 237 GB".
    private static readonly HashSet<string> NotMeasured = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "from", "between", "is", "are", "be", "can", "will", "about", "around", "approx", "approximately",
        "roughly", "only", "just", "over", "under", "below", "above", "less", "more", "exactly", "typically", "usually",
        "up", "at", "than", "of",
        // "Timeout: by default 3 seconds": how the value is set, not what it measures.
        "by",
    };

    /// <summary>
    /// Whether the numbers of a value are all of one kind (a size and its maximum, a range of bare numbers): in "min 5MB
    /// (last part exempt), max 10,000 parts" the part count is another fact, which the words do not measure.
    /// </summary>
    private static bool OneKind(string value)
    {
        var kinds = NumberAndUnit.Matches(value).Cast<Match>()
            .Select(m => m.Groups["unit"].Success ? UnitTable.Find(m.Groups["unit"].Value)?.Kind ?? UnitKind.None : UnitKind.None)
            .Distinct();
        return kinds.Count() <= 1;
    }

    private static readonly Regex NumberAndUnit = new(@"(?<![\w.,])\d+(?:[,.]\d+)*\+?\s?[kKM]?\s?(?<unit>[A-Za-z%µ/]+)?", RegexOptions.CultureInvariant);

    /// <summary>Whether a value opens with a bound or a number with a unit: "Layer 7, advanced routing" and "Route 53" name things.</summary>
    private static bool BoundOrUnit(string value)
    {
        if (BoundFirst.IsMatch(value) || BareRange.IsMatch(value))
        {
            return true;
        }

        var unit = NumberThenWord.Match(value);
        return unit.Success && UnitTable.Find(unit.Groups["unit"].Value) is { Kind: not UnitKind.None };
    }

    private static readonly Regex BoundFirst = new(@"^\s*(?:[~≈≤≥<>]|" + BoundBeforeNumber + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex BareRange = new(@"^\s*\d+(?:[,.]\d+)*\s*(?:[–—-]|to)\s*\d", RegexOptions.CultureInvariant);

    private static readonly Regex NumberThenWord = new(@"^\s*\d+(?:[,.]\d+)*\s?[kKM]?\s?(?<unit>[A-Za-z%µ/]+)", RegexOptions.CultureInvariant);

    private const string BoundBeforeNumber = QuantityScanner.ShortBoundWord + @"\s+[~≈]?\d";

    // Up to six words (none of them a bound before a number), then a bound symbol, a bound word or the number.
    private static readonly Regex MeasuredWords = new(
        @"^(?<words>(?:(?!" + BoundBeforeNumber + @")[A-Za-z][\w.'’/-]*\s+){1,6}?)(?=(?:[~≈≤≥<>]|<=|>=)?\s*\d|" + BoundBeforeNumber + ")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // A word before a later number that is not a bound: that number has a label of its own.
    private static readonly Regex LaterLabel = new(
        @"\d[^,;|]*?[,;|]\s*(?!(?:" + QuantityScanner.ShortBoundWord + @"|or|and)\b)[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}\s+(?:[~≈≤≥<>]|<=|>=)?\s*\d",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// <c>GSIs per table – 20</c>, <c>services per cluster → 5,000</c>, <c>containers per task = 10</c>,
    /// <c>S3 bucket name ⇒ 3–63 chars</c>: a dash, an
    /// arrow or an equals sign between a short label and a number separates them like a colon. Before words it stays
    /// prose ("Standard – best for most workloads"); an arrow or equals sign after a number or a parenthesis is a
    /// pair (<c>8080 = HTTP</c>) or a range (<c>storage (10 GB → 256 TB)</c>).
    /// </summary>
    private static (string? Label, string Value)? DashLabel(string text)
    {
        if (!HasSpacedSeparator(text))
        {
            return null; // most lines: spared the pattern, whose every form needs white space before its separator
        }

        var match = DashSeparated.Match(text);
        // "500 GiB - 16 TiB" is a range, not a label and its value: a label opens with a word.
        return match.Success && match.Groups["label"].Value.Split(' ').Length <= ShortLabelWords && match.Groups["label"].Value.Any(char.IsLetter)
               && !char.IsDigit(match.Groups["label"].Value.TrimStart('*', '_', ' ')[0])
            ? WithBoundInValue(match.Groups["label"].Value.Trim(), (match.Groups["approx"].Success ? "~" : string.Empty) + match.Groups["value"].Value.Trim())
            : null;
    }

    /// <summary>A bound word that closes a label bounds its value: <c>Tasks per cluster default = 500</c> is a default of 500.</summary>
    private static (string Label, string Value) WithBoundInValue(string label, string value)
    {
        var space = label.LastIndexOf(' ');
        var last = space > 0 ? label.Substring(space + 1) : string.Empty;
        return IsBoundWord(last)
            ? (label.Substring(0, space).TrimEnd(), last + " " + value)
            : (label, value);
    }

    /// <summary>Whether a word is only a bound: default, max, maximum, min, minimum (any case).</summary>
    internal static bool IsBoundWord(string word) => word.ToLowerInvariant() is "default" or "max" or "maximum" or "min" or "minimum";

    /// <summary>Whether a dash, arrow, <c>=</c> or <c>≈</c> follows white space somewhere in the text.</summary>
    private static bool HasSpacedSeparator(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if ("–—-→⇒⟶=≈".IndexOf(text[i]) >= 0 && char.IsWhiteSpace(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Regex DashSeparated = new(
        @"^(?<label>[^`:–—]+?)\s+[–—-]\s+(?<value>~?\d.*)$|^(?<label>[A-Za-z](?:[^`:–—→⇒⟶=()0-9]|(?<=[A-Za-z])\d)*?)\s+(?:→|⇒|⟶|->|=>|=|(?<approx>≈))\s+(?<value>(?:~|[≤≥<>]\s*|(?:up to|max|min|def|default|at most|at least)\s+)?\d.*)$",
        RegexOptions.CultureInvariant);

    private static readonly Regex UnitDefinition = new(@"^1\s+(?<unit>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})\s*=\s*(?<value>\d.*)$", RegexOptions.CultureInvariant);

    private static readonly Regex OneTimes = new(@"^1\s*[x×]\s*(?=\S)", RegexOptions.CultureInvariant);

    /// <summary>A label of up to this many words names its value as written.</summary>
    private const int ShortLabelWords = 6;

    /// <summary>A longer label, up to this many words, names a number after it by its subject.</summary>
    private const int LongLabelWords = 14;
}
