using System;
using System.Collections.Generic;
using System.Linq;
using AwsFacts.Generator.Extract.Grammar;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// Where a sentence stands: the class its facts go to, and the title of the text group around it (a
/// heading, pseudo-heading or list label). When that group is the class itself, its title names nothing twice.
/// </summary>
internal sealed record FactContext(NamePart[] ClassPath, string GroupTitle, LocationInfo GroupLocation, bool GroupIsClass)
{
    /// <summary>Whether the group is titled by a list item over it (<c>- gp3</c>, <c>- Express workflows:</c>), not by a heading.</summary>
    public bool GroupIsItem { get; init; }

    /// <summary>Whether the sentence was filed under a service it names, away from the section its group title is of.</summary>
    public bool Refiled { get; init; }

    /// <summary>Whether the sentence is prose (a paragraph's), not a list item or a table row.</summary>
    public bool InProse { get; init; }

    /// <summary>
    /// The title of the heading the sentence is under when that heading starts no class ("### Cold HDD (sc1)"), which a
    /// list item's title does not replace: what tells two sections' same-named figures apart.
    /// </summary>
    public string SectionTitle { get; init; } = string.Empty;

    /// <summary>Whether a heading around the sentence titles its section as limits ("## Limitation", "## Lambda Limits").</summary>
    public bool InLimits { get; init; }
}

/// <summary>A problem found while reading a sentence's values, reported by the extractor at the sentence.</summary>
internal sealed record ValueProblem(Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor, string[] Args);

/// <summary>
/// Reads the value part of one sentence into facts by the value grammar (<see cref="ValueGrammar"/>), and holds
/// what its forms share: masking history clauses, dropping restatements, pinned names, the fact record itself.
/// </summary>
internal static class FactBuilder
{
    // A clause that tells history — "(1 MiB; 256 KB until August 2025)" — is not a current value.
    private static readonly string[] HistoryWords = { "until", "before", "formerly", "previously", "was", "were", "older" };

    // A clause that gives an example or a comparison — "(example CPU > 70%)", "(vs 400 ms for ALB)" — states no limit either
    // (though it is no history, and stays in the member's remarks).
    private static readonly string[] AsideWords = HistoryWords.Concat(new[] { "example", "e.g.", "eg", "vs", "vs.", "versus", "vd", "z.b.", "exemple", "ejemplo", "beispiel", "esempio" }).ToArray();

    private static readonly char[] ClauseStarts = { '(', ';' };

    private static readonly char[] ClauseBounds = { '(', ')', ';' };

    /// <summary>
    /// The facts of a sentence's value part (or a table cell), by the value forms of <see cref="ValueGrammar"/>;
    /// problems found on the way are added to <paramref name="problems"/>.
    /// </summary>
    public static List<RawFact> Build(
        FactContext context,
        NamePart? label,
        IReadOnlyList<string> pins,
        string valueText,
        string sentence,
        LocationInfo location,
        List<ValueProblem> problems)
    {
        if (NamesNoFigure(label, valueText))
        {
            return new List<RawFact>();
        }

        valueText = WithLabelsCjkBound(label, valueText);
        var reading = new ValueSentence(context, label, pins, valueText, sentence, location, problems);
        ValueGrammar.ReadValues(reading);
        return reading.Facts;
    }

    /// <summary>
    /// Whether a label's value is a name's number or a year, not a figure: "… is Layer: 7 (HTTP)" (a label ending in
    /// "layer", "version", "chapter"…), "Gateway Load Balancer - 2020 - GWLB" (a year between dashes).
    /// </summary>
    private static bool NamesNoFigure(NamePart? label, string valueText)
    {
        if (label is null || label.ExplicitName is not null || valueText.Length == 0 || !char.IsDigit(valueText[0]))
        {
            return false;
        }

        // "Max labels per version: 10", "LSIs per table: 5" count per that thing: only a label that ends naming one is a name.
        var words = label.Text.TrimEnd(':', ' ').Split(' ');
        var named = words.Length == 1 || words[words.Length - 2].ToLowerInvariant() is not ("per" or "each" or "every" or "a" or "an" or "one" or "by");
        return (named && Grammar.QuantityScanner.References.Contains(words[words.Length - 1]) && BareNumber.IsMatch(valueText))
               || YearThenDash.IsMatch(valueText);
    }

    private static readonly System.Text.RegularExpressions.Regex BareNumber = new(
        @"^[0-9]+(?:\s*(?:\(|$|[.,;]))", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex YearThenDash = new(
        @"^(?:19[9][0-9]|20[0-9]{2})\s+[-–—]\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A Chinese or Japanese bound word in a label bounds its value: <c>Long polling 最大等待: 20 秒</c> is at most 20
    /// seconds, as "Max wait" would say (the name keeps only the English words).
    /// </summary>
    private static string WithLabelsCjkBound(NamePart? label, string valueText)
    {
        if (label is null || label.Text.Length == 0 || label.Text.All(c => c < 128) || !Grammar.Numbers.StartsWithValue(valueText))
        {
            return valueText;
        }

        var word = CjkBounds.FirstOrDefault(b => label.Text.IndexOf(b, StringComparison.Ordinal) >= 0);
        return word is null ? valueText : word + " " + valueText;
    }

    private static readonly string[] CjkBounds = { "最大", "最多", "最长", "最長", "上限", "最少", "最小", "最短", "默认", "默認" };

    /// <summary>
    /// Blanks out the history clauses of parentheses, keeping positions: a clause runs from an opening
    /// parenthesis or a semicolon to the next closing parenthesis or semicolon.
    /// </summary>
    internal static string MaskHistory(string text, bool asidesToo = false)
    {
        var words = asidesToo ? AsideWords : HistoryWords;
        char[]? masked = null;
        var start = text.IndexOfAny(ClauseStarts);
        while (start >= 0)
        {
            var end = text.IndexOfAny(ClauseBounds, start + 1);
            if (end < 0)
            {
                break;
            }

            if (text[end] != '(' && (TellsHistory(text, start + 1, end, words) || (asidesToo && IsProgression(text, start + 1, end))))
            {
                masked ??= text.ToCharArray();
                for (var i = start + 1; i < end; i++)
                {
                    masked[i] = '\u2022';
                }
            }

            // The clause's closing ';' opens the next one; a '(' opens a nested one.
            start = text[end] == ')' ? text.IndexOfAny(ClauseStarts, end + 1) : end;
        }

        return masked is null ? text : new string(masked);
    }

    /// <summary>
    /// Blanks out an amount in parentheses right after an amount, keeping positions: "from 60 seconds (1 minute) to
    /// 1,209,600 seconds (14 days)" is one range, each end restated in other units.
    /// </summary>
    internal static string MaskRestatements(string text)
    {
        if (text.IndexOf('(') < 0)
        {
            return text;
        }

        return Restatement.Replace(text, m => m.Value.Substring(0, m.Groups["gap"].Index - m.Index) + new string(' ', m.Groups["gap"].Length));
    }

    private static readonly System.Text.RegularExpressions.Regex Restatement = new(
        @"[0-9]\s?[A-Za-z]+(?<gap>\s*\(\s*~?[0-9][0-9,.]*\s?[A-Za-z]+\s*\))", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"(50ms, 100ms, 200ms...)": a run of values that trails off is an example's, no limit.</summary>
    private static bool IsProgression(string text, int start, int end)
    {
        var clause = text.Substring(start, end - start).TrimEnd();
        return (clause.EndsWith("...", StringComparison.Ordinal) || clause.EndsWith("…", StringComparison.Ordinal))
               && clause.Count(c => c == ',') >= 2 && Numbers.In(clause).Count >= 3; // "(never expire, 1 day to 10 years...)" is a range
    }

    /// <summary>Whether text[start..end) holds a history word, as a whole word, in any case.</summary>
    private static bool TellsHistory(string text, int start, int end, string[] words)
    {
        foreach (var word in words)
        {
            for (var at = text.IndexOf(word, start, end - start, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = at + 1 < end ? text.IndexOf(word, at + 1, end - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                var after = at + word.Length;
                if ((at == 0 || !IsWordChar(text[at - 1])) && (after >= text.Length || !IsWordChar(text[after]))
                    && (word != "older" || OlderVersions(text, after, end))
                    && (word != "before" || NamesATime(text, after, end))
                    && (Array.IndexOf(HistoryWords, word) >= 0 || text.Substring(start, at - start).Trim().Length == 0)) // an aside opens its clause
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "before" tells history only of a time — "(before 2023)", "(before August 2025)" — not of an order of steps:
    /// "(raw, before base64)".
    /// </summary>
    private static bool NamesATime(string text, int after, int end)
    {
        var rest = text.Substring(after, end - after);
        return rest.Any(char.IsDigit) || Months.Any(m => rest.IndexOf(m, StringComparison.OrdinalIgnoreCase) >= 0);
    }

    private static readonly string[] Months =
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>
    /// "older" tells history only of what AWS has superseded — "(64TB on older engine versions)" — not of
    /// what ages: "(older data 7 days)" is a second value, qualified by its words.
    /// </summary>
    private static bool OlderVersions(string text, int after, int end)
    {
        var rest = text.Substring(after, end - after).TrimStart();
        var next = new string(rest.TakeWhile(char.IsLetter).ToArray());
        return SupersededThings.Contains(next);
    }

    private static readonly HashSet<string> SupersededThings = new(StringComparer.OrdinalIgnoreCase)
    {
        "engine", "engines", "version", "versions", "generation", "generations", "release", "releases", "accounts",
        "regions", "instance", "instances", "api", "apis", "sdk", "sdks", "models", "types", "clusters", "buckets",
    };

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// Drops a size or duration that restates an earlier one in other units: "1,024 KB (1 MiB)",
    /// "60s (any multiple of 60s)", "24–8,760 h … up to 1 year".
    /// </summary>
    internal static List<Phrase> DropRestatements(List<Phrase> phrases)
    {
        var kept = new List<Phrase>();
        foreach (var phrase in phrases)
        {
            var kind = phrase.Low.Unit.Kind;
            var restates = !phrase.IsRange && !phrase.IsSet && phrase.Bound != Bound.Default && kind is UnitKind.Size or UnitKind.Duration
                && kept.Any(k => k.Low.Unit.Kind == kind && (k.Low.InBase == phrase.Low.InBase || k.High?.InBase == phrase.Low.InBase));
            if (!restates)
            {
                kept.Add(phrase);
            }
        }

        return kept;
    }

    /// <summary>A literal in backticks: <c>Resource type format: `AWS::Service::ResourceType`</c>.</summary>
    public static RawFact Literal(FactContext context, NamePart name, string literal, string sentence, LocationInfo location)
        => Fact(context, name, string.Empty, string.Empty, FactShape.Text, Array.Empty<Quantity>(), null, null, null, false, false, literal, sentence, location) with { Text = literal };

    /// <summary>A pinned name replaces the label (one pin per fact, or one for all); the label's place stays.</summary>
    public static NamePart Pinned(NamePart part, IReadOnlyList<string> pins, int index, int count)
    {
        var pin = pins.Count == count ? pins[index] : pins.Count == 1 ? pins[0] : null;
        return pin is null ? part : part with { ExplicitName = pin };
    }

    /// <summary>
    /// What sets a fact apart when its name is taken, best first: the words after its value
    /// (<c>6 MB synchronous</c>), then the title of the section around it, unless the name already says it, then the
    /// few words right before it (<c>a ceiling of 16,000 IOPS</c>).
    /// </summary>
    internal static EquatableArray<string> Distinctions(Phrase phrase, string groupTitle, string baseText, string sectionTitle = "")
    {
        var candidates = new List<string>(3);
        if (phrase.Following.Length > 0)
        {
            candidates.Add(phrase.Following);
        }

        if (groupTitle.Length > 0 && baseText.IndexOf(groupTitle, StringComparison.OrdinalIgnoreCase) < 0)
        {
            candidates.Add(groupTitle);
        }

        // "with a floor of 100 IOPS and a ceiling of 16,000 IOPS": the words right before each value.
        if (SubjectPhrase.Before(phrase.Before) is { Length: > 0 } before && !string.Equals(before, baseText, StringComparison.OrdinalIgnoreCase))
        {
            candidates.Add(before);
        }

        // "Base: 12 MB/s per TiB" under "- Throughput Scaling:" in "### Cold HDD (sc1)", as under "### … (st1)": the section.
        var section = SubjectPhrase.Title(sectionTitle);
        if (section.Length > 0 && !string.Equals(section, groupTitle, StringComparison.OrdinalIgnoreCase) && baseText.IndexOf(section, StringComparison.OrdinalIgnoreCase) < 0)
        {
            candidates.Add(section);
        }

        return candidates.Count == 0 ? EquatableArray<string>.Empty : candidates.ToEquatableArray();
    }

    internal static RawFact Fact(
        FactContext context, NamePart basePart, string prefix, string noun, FactShape shape, IReadOnlyList<Quantity> values,
        Quantity? low, Quantity? high, Quantity? dflt, bool lowExclusive, bool highExclusive, string written, string sentence, LocationInfo location)
        => new(context.ClassPath.ToEquatableArray(), basePart, prefix, noun, shape, values.ToEquatableArray(), low, high, dflt,
            lowExclusive, highExclusive, string.Empty, written, sentence, location);
}
