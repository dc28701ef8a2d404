using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract;

/// <summary>Where a sentence stands: the class its facts go to and the title of the text group around it.</summary>
/// <summary>
/// Where a sentence stands: the class its facts go to, and the title of the text group around it (a
/// heading, pseudo-heading or list label). When that group is the class itself, its title names nothing twice.
/// </summary>
internal sealed record FactContext(NamePart[] ClassPath, string GroupTitle, LocationInfo GroupLocation, bool GroupIsClass);

/// <summary>A problem found while reading a sentence's values, reported by the extractor at the sentence.</summary>
internal sealed record ValueProblem(Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor, string[] Args);

/// <summary>
/// Turns the value phrases of one sentence into facts: a range with its default (<c>1 min – 14 days
/// (default 4 days)</c>, <c>300s default (min 60s, max 900s)</c>), a bound (<c>up to 15 min</c>), a default,
/// a set (<c>1s/5s/10s/30s</c>), or one fact per value, each named by its qualifier.
/// </summary>
internal static class FactBuilder
{
    // "Label: 42", "Label: 1,000 (soft limit)": a label's number with no unit; words may follow, but no other
    // number and no "= NAME" (a port list) — the label says what the number counts.
    private static readonly Regex BareNumber = new(
        @"^(?<approx>~)?(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*\.?$|(?=[\s,;(])(?![^=]*=)[^0-9]*$)", RegexOptions.CultureInvariant);

    // "60 inbound, 60 outbound": two or more numbers, each with the one word that tells it apart.
    private static readonly Regex QualifiedNumbers = new(
        @"^(?:(?<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?<q>[A-Za-z][A-Za-z-]*)\s*(?:,\s*|\s+(?:and|or)\s+|;\s*|$)){2,}\.?$", RegexOptions.CultureInvariant);

    private static readonly Regex HalfValue = new(
        @"^~?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<unit>[A-Za-z%/]+(?:-[A-Za-z]+)?)\s*\.?$", RegexOptions.CultureInvariant);

    private static readonly Regex StandaloneNumbers = new(@"(?<![A-Za-z0-9_.,\u2022])\d+(?![A-Za-z0-9_.,\u2022])", RegexOptions.CultureInvariant);

    private static readonly Regex NumberList = new(@"^(?<nums>\d+(?:,\s+\d+)+(?:,?\s+(?:or|and)\s+\d+)?)(?:\s+(?<unit>[A-Za-z%]+))?", RegexOptions.CultureInvariant);

    // A clause that tells history — "(1 MiB; 256 KB until August 2025)" — is not a current value.
    private static readonly string[] HistoryWords = { "until", "before", "formerly", "previously", "was", "were", "older" };

    private static readonly char[] ClauseStarts = { '(', ';' };

    private static readonly char[] ClauseBounds = { '(', ')', ';' };

    private static readonly Regex Digits = new(@"\d+", RegexOptions.CultureInvariant);

    private static readonly Regex Negation = new(@"^(no|without|not|default|preferred)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static List<RawFact> Build(
        FactContext context,
        NamePart? label,
        IReadOnlyList<string> pins,
        string valueText,
        string sentence,
        LocationInfo location,
        List<ValueProblem> problems)
    {
        var facts = new List<RawFact>();
        var masked = MaskHistory(QuantityScanner.Mask(valueText));
        if (label is { } list && StartsWithDigit(masked) && NumberList.Match(masked.Trim()) is { Success: true } numberList && UnitTable.Find(numberList.Groups["unit"].Value) is { } listUnit
            && Digits.Matches(numberList.Groups["nums"].Value).Cast<Match>().All(m => Fits(m.Value)))
        {
            // "Retention values: 1, 3, 5, …, 3653 days" — a set written out, the unit after the last number.
            var items = Digits.Matches(numberList.Groups["nums"].Value).Cast<Match>()
                .Select(m => new Quantity(decimal.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture), m.Value, listUnit, false))
                .ToArray();
            facts.Add(Fact(context, Pinned(list, pins, 0, 1), string.Empty, string.Empty, FactShape.Set, items, null, null, null, false, false,
                numberList.Value.Trim(), sentence, location));
            return facts;
        }

        if (!HasDigit(masked))
        {
            // Every value starts with a number: most prose has none, and no pattern below need look.
            return facts;
        }

        var overflows = new List<string>();
        var phrases = DropRestatements(QuantityScanner.Scan(masked, overflows));
        if (pins.Count > 0)
        {
            // A pinned name is the author's whole name for the value: "100 per parameter <!-- name: MaxVersions -->"
            // is the pinned sentence's one number (below), not a count per parameter.
            phrases.RemoveAll(p => p.CountsPerOnly);
        }

        foreach (var ambiguous in phrases.Where(p => p.UpperUnitMissing).ToList())
        {
            problems.Add(new ValueProblem(Diagnostics.DiagnosticDescriptors.RangeEndWithoutUnit, new[] { ambiguous.Written }));
            phrases.Remove(ambiguous);
        }

        foreach (var overflow in overflows)
        {
            problems.Add(new ValueProblem(Diagnostics.DiagnosticDescriptors.NumberOutOfRange, new[] { overflow }));
        }

        if (phrases.Count == 0)
        {
            if (label is not null && overflows.Count == 0 && HalfValue.Match(masked.Trim()) is { Success: true } half)
            {
                // "256 KBB": one word after the number where a unit belongs — a misspelt unit is reported, never guessed.
                problems.Add(new ValueProblem(Diagnostics.DiagnosticDescriptors.UnrecognisedUnit, new[] { sentence, half.Groups["unit"].Value }));
            }
            else if (label is { } ql && QualifiedNumbers.Match(masked.Trim()) is { Success: true } qualified && qualified.Groups["n"].Captures.Cast<Capture>().All(c => Fits(c.Value)))
            {
                // "Rules per security group: 60 inbound, 60 outbound": each number named by the word after it.
                for (var i = 0; i < qualified.Groups["n"].Captures.Count; i++)
                {
                    var n = qualified.Groups["n"].Captures[i].Value;
                    var quantity = new Quantity(decimal.Parse(n.Replace(",", string.Empty), System.Globalization.CultureInfo.InvariantCulture), n, UnitInfo.None, false);
                    facts.Add(Fact(context, Pinned(ql, pins, i, qualified.Groups["n"].Captures.Count), qualified.Groups["q"].Captures[i].Value, string.Empty,
                        FactShape.Value, new[] { quantity }, null, null, null, false, false, n + " " + qualified.Groups["q"].Captures[i].Value, sentence, location));
                }
            }
            else if (label is { } l && BareNumber.Match(masked.Trim()) is { Success: true } bare)
            {
                // "Label: 42" — the label says what the number counts.
                var digits = bare.Groups["n"].Value;
                if (!Fits(digits))
                {
                    problems.Add(new ValueProblem(Diagnostics.DiagnosticDescriptors.NumberOutOfRange, new[] { digits }));
                    return facts;
                }

                var quantity = new Quantity(decimal.Parse(digits.Replace(",", string.Empty), System.Globalization.CultureInfo.InvariantCulture),
                    digits, UnitInfo.None, bare.Groups["approx"].Success);
                // Written as the note writes the number; words after it ("(soft limit)") stay in the sentence.
                var writtenNumber = bare.Groups["approx"].Value + digits;
                facts.Add(Fact(context, Pinned(l, pins, 0, 1), string.Empty, string.Empty, FactShape.Value, new[] { quantity }, null, null, null, false, false, writtenNumber, sentence, location));
            }
            else if (pins.Count == 1 && StandaloneNumbers.Matches(masked) is { Count: 1 } numbers && Fits(numbers[0].Value))
            {
                // "host port 0 = dynamic <!-- name: DynamicHostPort -->": a pin names the one bare number of a sentence.
                var number = numbers[0].Value;
                var quantity = new Quantity(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), number, UnitInfo.None, false);
                facts.Add(Fact(context, new NamePart(string.Empty, pins[0], IsHeading: false, location), string.Empty, string.Empty, FactShape.Value,
                    new[] { quantity }, null, null, null, false, false, number, sentence, location));
            }

            return facts;
        }

        var groups = Group(phrases);
        var baseText = label?.Text ?? SubjectPhrase.Before(masked.Substring(0, phrases[0].Start));
        var groupTitle = context.GroupIsClass ? string.Empty : SubjectPhrase.Title(context.GroupTitle);

        var multi = groups.Count > 1;
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var first = group[0];
            var noun = group.Select(p => p.Noun).FirstOrDefault(n => n.Length > 0) ?? string.Empty;
            var text = label is not null ? baseText! : UnlabelledBase(masked, phrases[0], first, i, baseText, noun, groupTitle);
            var basePart = label is { } lp
                ? Pinned(lp, pins, i, groups.Count)
                : Pinned(new NamePart(text, null, IsHeading: false, location), pins, i, groups.Count);
            var prefix = multi ? Qualifier(first, label is not null) : string.Empty;
            // The value as the note writes it: the whole value part when it is one fact, else this fact's phrases.
            var written = label is not null && groups.Count == 1
                ? valueText.Trim().TrimEnd('.')
                : string.Join(" ", group.Select(p => p.Written));

            if (group.Count > 1 || first.IsRange)
            {
                if (RangeFact(context, basePart, prefix, noun, group, written, sentence, location, problems) is { } range)
                {
                    facts.Add(range with { Distinctions = Distinctions(first, groupTitle, basePart.Text) });
                }

                continue;
            }

            var shape = first.IsSet ? FactShape.Set : first.Bound switch
            {
                Bound.Max => FactShape.Max,
                Bound.Min => FactShape.Min,
                Bound.Default => FactShape.Default,
                _ => FactShape.Value,
            };
            facts.Add(Fact(context, basePart, prefix, noun, shape, first.Set, null, null, null, first.Exclusive && shape == FactShape.Min, first.Exclusive && shape == FactShape.Max, written, sentence, location)
                with { Distinctions = Distinctions(first, groupTitle, basePart.Text) });
        }

        return facts;
    }

    /// <summary>
    /// The base of a fact whose sentence has no label, best first: a later value's own few words before it when it
    /// counts no noun ("… 4 days by default, and retention from 60 seconds …" → "retention"), the few words before
    /// the sentence's first value, nothing when it counts a noun, the subject of the sentence, else the title of its section.
    /// </summary>
    private static string UnlabelledBase(string masked, Phrase firstPhrase, Phrase phrase, int index, string? sentenceBase, string noun, string groupTitle)
    {
        if (index > 0 && noun.Length == 0 && phrase.Before.Length > 0
            && (SubjectPhrase.Before(phrase.Before) ?? SubjectPhrase.Of(phrase.Before)) is { Length: > 0 } own)
        {
            return own;
        }

        if (sentenceBase is not null)
        {
            return sentenceBase;
        }

        if (noun.Length > 0)
        {
            return string.Empty;
        }

        var subject = SubjectPhrase.Of(masked.Substring(0, firstPhrase.Start));
        return subject.Length > 0 ? subject : groupTitle;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithDigit(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c is >= '0' and <= '9';
            }
        }

        return false;
    }

    /// <summary>Whether a written number fits a decimal (28 digits): larger ones are reported, never parsed.</summary>
    private static bool Fits(string number)
        => decimal.TryParse(number.Replace(",", string.Empty), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// Blanks out the history clauses of parentheses, keeping positions: a clause runs from an opening
    /// parenthesis or a semicolon to the next closing parenthesis or semicolon.
    /// </summary>
    internal static string MaskHistory(string text)
    {
        char[]? masked = null;
        var start = text.IndexOfAny(ClauseStarts);
        while (start >= 0)
        {
            var end = text.IndexOfAny(ClauseBounds, start + 1);
            if (end < 0)
            {
                break;
            }

            if (text[end] != '(' && TellsHistory(text, start + 1, end))
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

    /// <summary>Whether text[start..end) holds a history word, as a whole word, in any case.</summary>
    private static bool TellsHistory(string text, int start, int end)
    {
        foreach (var word in HistoryWords)
        {
            for (var at = text.IndexOf(word, start, end - start, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = at + 1 < end ? text.IndexOf(word, at + 1, end - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                var after = at + word.Length;
                if ((at == 0 || !IsWordChar(text[at - 1])) && (after >= text.Length || !IsWordChar(text[after]))
                    && (word != "older" || OlderVersions(text, after, end)))
                {
                    return true;
                }
            }
        }

        return false;
    }

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
    private static List<Phrase> DropRestatements(List<Phrase> phrases)
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
    /// Phrases that together make one range: an explicit range with its default, or a minimum and a
    /// maximum with an optional default (<c>300s default (min 60s, max 900s)</c>). Others stand alone.
    /// </summary>
    private static List<List<Phrase>> Group(List<Phrase> phrases)
    {
        var ranges = phrases.Where(p => p.IsRange).ToList();
        var mins = phrases.Where(p => !p.IsRange && p.Bound == Bound.Min).ToList();
        var maxes = phrases.Where(p => !p.IsRange && p.Bound == Bound.Max).ToList();
        var defaults = phrases.Where(p => !p.IsRange && p.Bound == Bound.Default).ToList();
        var rest = phrases.Count - ranges.Count - mins.Count - maxes.Count - defaults.Count;

        if (rest == 0 && defaults.Count <= 1)
        {
            if (ranges.Count == 1 && mins.Count == 0 && maxes.Count == 0)
            {
                return new List<List<Phrase>> { ranges.Concat(defaults).ToList() };
            }

            if (ranges.Count == 0 && mins.Count == 1 && maxes.Count == 1)
            {
                return new List<List<Phrase>> { mins.Concat(maxes).Concat(defaults).ToList() };
            }
        }

        return phrases.Select(p => new List<Phrase> { p }).ToList();
    }

    private static RawFact? RangeFact(
        FactContext context, NamePart basePart, string prefix, string noun, List<Phrase> group, string written, string sentence,
        LocationInfo location, List<ValueProblem> problems)
    {
        var range = group.FirstOrDefault(p => p.IsRange);
        var min = range?.Low ?? group.First(p => p.Bound == Bound.Min).Low;
        var max = range?.High ?? group.First(p => p.Bound == Bound.Max).Low;
        var maxValue = max;
        var dflt = group.FirstOrDefault(p => !p.IsRange && p.Bound == Bound.Default)?.Low;
        var minExclusive = range is null && group.First(p => p.Bound == Bound.Min).Exclusive;
        var maxExclusive = range is null && group.First(p => p.Bound == Bound.Max).Exclusive;

        if (min.Unit.Kind != maxValue.Unit.Kind || (dflt is { } d && d.Unit.Kind != min.Unit.Kind))
        {
            problems.Add(new ValueProblem(Diagnostics.DiagnosticDescriptors.MixedUnits, new[] { written }));
        }
        else if (min.InBase > maxValue.InBase || (dflt is { } d2 && (d2.InBase < min.InBase || d2.InBase > maxValue.InBase)))
        {
            problems.Add(new ValueProblem(Diagnostics.DiagnosticDescriptors.BadRange, new[] { written }));
        }
        else
        {
            return Fact(context, basePart, prefix, noun, FactShape.Range, new[] { min }, min, maxValue, dflt, minExclusive, maxExclusive, written, sentence, location);
        }

        return null;
    }

    /// <summary>
    /// What sets a fact apart when its name is taken, best first: the words after its value
    /// (<c>6 MB synchronous</c>), then the title of the section around it, unless the name already says it.
    /// </summary>
    private static EquatableArray<string> Distinctions(Phrase phrase, string groupTitle, string baseText)
    {
        var candidates = new List<string>(2);
        if (phrase.Following.Length > 0)
        {
            candidates.Add(phrase.Following);
        }

        if (groupTitle.Length > 0 && !string.Equals(groupTitle, baseText, StringComparison.OrdinalIgnoreCase))
        {
            candidates.Add(groupTitle);
        }

        return candidates.Count == 0 ? EquatableArray<string>.Empty : candidates.ToEquatableArray();
    }

    private static string Qualifier(Phrase phrase, bool labelled)
    {
        var after = phrase.After;
        if (after.Length > 0 && !Negation.IsMatch(after))
        {
            return after;
        }

        // "standard 60s, high-res 1s/5s": the words just before a value qualify it, when a label names the fact.
        return labelled && phrase.Before.Length > 0 && phrase.Bound == Bound.None ? phrase.Before : string.Empty;
    }

    private static RawFact Fact(
        FactContext context, NamePart basePart, string prefix, string noun, FactShape shape, IReadOnlyList<Quantity> values,
        Quantity? low, Quantity? high, Quantity? dflt, bool lowExclusive, bool highExclusive, string written, string sentence, LocationInfo location)
        => new(context.ClassPath.ToEquatableArray(), basePart, prefix, noun, shape, values.ToEquatableArray(), low, high, dflt,
            lowExclusive, highExclusive, string.Empty, written, sentence, location);
}
