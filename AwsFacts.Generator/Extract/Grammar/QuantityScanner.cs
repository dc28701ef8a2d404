using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar;

/// <summary>How a phrase bounds its value.</summary>
internal enum Bound
{
    None,
    Max,
    Min,
    Default,
}

/// <summary>
/// One value phrase found in a sentence: <c>up to 15 min</c>, <c>1 min – 14 days</c>, <c>300s default</c>,
/// <c>1s/5s/10s/30s</c>, with the words around it that name it.
/// </summary>
internal sealed record Phrase(
    Bound Bound,
    bool Exclusive,
    Quantity Low,
    Quantity? High,
    IReadOnlyList<Quantity> Set,
    string Noun,
    string Before,
    string After,
    int Start,
    int End,
    string Written)
{
    public bool IsRange => High is not null;

    public bool IsSet => Set.Count > 1;

    /// <summary>"1,000 per account": a number counted per something, with nothing else to say what it counts.</summary>
    public bool CountsPerOnly => Noun.Length > 3 && Noun.StartsWith("Per", StringComparison.Ordinal) && char.IsUpper(Noun[3]);

    /// <summary>"1 min – 14": the lower end has a unit, the upper end none — ambiguous, reported.</summary>
    public bool UpperUnitMissing { get; init; }

    /// <summary>
    /// The words right after the value, up to the end of its clause (<c>6 MB synchronous</c> → "synchronous"):
    /// what sets it apart when another fact would get its name.
    /// </summary>
    public string Following { get; init; } = string.Empty;
}

/// <summary>
/// Finds the value phrases of a sentence. A number counts as a value only when something says what it
/// measures — a unit (<c>30s</c>, <c>256 KB</c>), a plural noun (<c>15 read replicas</c>), a bound word
/// (<c>Max 1000 …</c>) — and is not part of a name (<c>EC2</c>, <c>Route 53</c>, <c>Layer 4</c>) or an example (<c>e.g., 14 days</c>).
/// </summary>
internal static class QuantityScanner
{
    // The pieces of the value grammar, each a named fragment so the forms below read as sentences.

    /// <summary>
    /// A written number: <c>1,024</c> (thousands grouped by commas) or <c>256</c>, <c>0.5</c>; never a part of a clock
    /// time ("between 14:03 and 15:50 UTC") or a ratio, nor a price ("$0.10 per GB-month").
    /// </summary>
    private const string Number = @"(?<![$€£]\s?)(?<!\d:)(?:" + Numbers.Pattern + @")(?!:\d)";

    /// <summary>A scale letter right after a number: <c>100K</c>, <c>5k</c>, <c>12M</c>.</summary>
    private const string Scale = Numbers.ScalePattern;

    /// <summary>
    /// A unit: a spelling of the unit table (two letters or more in any case: <c>MB</c>, <c>mb</c>, <c>kB</c>;
    /// one letter exactly: <c>s</c>, <c>B</c>), with an optional <c>/Y</c> rate or <c>-Y</c> product
    /// (<c>GB/month</c>, <c>GB-seconds</c>), or a count per something (<c>msg/s</c>, <c>records/s</c>, <c>/s</c>). A unit
    /// never ends inside a word or before a hyphenated word, so <c>GB-seconds</c> is never read as <c>GB</c>.
    /// </summary>
    private static readonly string Unit = UnitPattern(cjk: false);

    /// <summary>
    /// The unit pattern; with <paramref name="cjk"/>, Chinese and Japanese spellings too (<c>秒</c>, <c>小时</c>), which only a
    /// text that holds such characters is scanned for: every other text is spared trying them after each number.
    /// </summary>
    private static string UnitPattern(bool cjk)
        => "(?:(?i:" + string.Join("|", UnitTable.Spellings.Where(u => cjk || !HasCjk(u)).Select(Regex.Escape)) + ")|"
           + string.Join("|", UnitTable.LetterSpellings.Where(u => cjk || !HasCjk(u)).Select(Regex.Escape)) + ")"
           + @"(?:[/\-][A-Za-z]+)?(?![A-Za-z0-9]|-[A-Za-z])"
           + @"|[A-Za-z]+/[A-Za-z]+(?![A-Za-z0-9])"
           + "|/(?:" + string.Join("|", UnitTable.PerTimeSpellings) + ")(?![A-Za-z0-9])"; // 5,500/s: a count per time

    /// <summary>Whether a text holds a Chinese or Japanese character (CJK ideographs, kana).</summary>
    internal static bool HasCjk(string text) => text.Any(Name.IdentifierNamer.IsCjk);

    /// <summary>A number with its scale, open end and unit: <c>256 KB</c>, <c>~12M+</c>, <c>30s</c>, <c>30-day</c>.</summary>
    /// <remarks>Its groups are named by the end they read: <c>lowNumber</c>, <c>lowScale</c>, <c>lowOpen</c>, <c>lowUnit</c>, or <c>high…</c>.</remarks>
    private static string Amount(string end, string? unit = null) => $@"(?<{end}Number>{Number})(?<{end}Scale>{Scale})?(?<{end}Open>\+)?(?:(?:\s?|-)(?<{end}Unit>{unit ?? Unit}))?";

    /// <summary>
    /// The bound words a shorthand label's value may open with (match case-insensitively): <c>max 60s</c>,
    /// <c>def 30</c>, <c>up to 10 GB</c>, <c>at least 1</c>. Label readers use it to tell a bound from a word that
    /// names the value.
    /// </summary>
    internal const string ShortBoundWord = @"(?:max(?:imum)?|min(?:imum)?|default|def|up\s*to|at\s+most|at\s+least)";

    /// <summary>The bound words of Chinese and Japanese notes: 最多/最长/上限 (at most), 至少/最少 (at least), 默认 (default).</summary>
    private const string CjkBoundWord = "最多|最长|最長|最大|最高|上限|不超过|最少|最小|至少|最短|最低|默认约|默认|默認|預設|既定";

    /// <summary>Words that bound the value after them: a maximum, a minimum or a default.</summary>
    /// <remarks>
    /// What a value grows to is its maximum (<c>scales to 100 Gbps</c>, <c>you can extend that to 365 days</c>), what it
    /// starts at its minimum.
    /// </remarks>
    private const string BoundWord = @"(?:[Aa] |[Tt]he )?(?:[Mm]ax|[Mm]in)imum of|[Aa]s (?:high|much|long|large|many|low|little|short|few) as|[Nn]o (?:more|less|fewer) than|[Nn]ot more than|[Mm]ore than|[Ll]ess than|[Ff]ewer than|[Cc]apped at|[Cc]aps at|[Mm]axe[sd] (?:out )?at|[Tt]ops out at|[Pp]eaks at|[Ll]imited to|[Aa]ll the way (?:up )?to|[Uu]p ?to|(?:[Ii]n )?[Uu]nder|[Mm]ax(?:imum)?|[Mm]in(?:imum)?|[Aa]t least|[Aa]t most|[Dd]efaults to|[Dd]efaults|[Dd]efault|[Dd]ef\b|(?:[Ss]cales|[Gg]rows|[Bb]ursts)(?: automatically)?(?: up)? to|(?:[Ee]xtend(?:ed)?|[Ii]ncreased?|[Rr]aised?)(?: (?:that|it|this|them))? to|[Ss]tarts at|[Cc]an (?:only )?(?:have|hold|contain|support|store|host|attach)|<=|>=|≤|≥|<|>";

    /// <summary>Not inside a word, a number or a path: <c>EC2</c>, <c>1.5</c>, <c>io1/io2</c> hold no value.</summary>
    private const string NotInWord = @"(?<![A-Za-z0-9_.,/\-])";

    /// <summary>
    /// The main form: an optional bound word, an amount, then a range (<c>1 min – 14 days</c>, <c>1–20s</c>,
    /// <c>180 days to 700+ days</c>, <c>from 128 MB up to 10,240 MB</c>) or a slash set (<c>1s/5s/10s/30s</c>), and a trailing default mark.
    /// </summary>
    private static readonly Regex PhrasePattern = PhraseForm(cjk: false);

    /// <summary>The main form for a text with Chinese or Japanese characters: their units and bound words too.</summary>
    private static readonly Regex CjkPhrasePattern = PhraseForm(cjk: true);

    private static Regex PhraseForm(bool cjk) => new(
        NotInWord
        + $@"(?:(?<bound>{BoundWord}{(cjk ? "|" + CjkBoundWord : string.Empty)})\.?\s*(?:[:=]\s*)?)?"
        + @"(?<approx>~)?"
        + Amount("low", UnitPattern(cjk))
        + "(?:"
        + $@"\s*(?<to>–|—|→|->|…|\.\.\.|-|\bup\s+to\b|\bto\b)\s*{Amount("high", UnitPattern(cjk))}"
        + $@"|(?<set>(?:/(?:{Number})(?:{UnitPattern(cjk)})?)+)"
        + ")?"
        + @"(?<defaultMark>\s+(?:by )?def(?:ault)?\b|\s*\(def(?:ault)?\))?"
        + @"(?<boundMark>\s+(?:max(?:imum)?|at most|min(?:imum)?|at least)(?=\s*(?:$|[,;.)])))?",
        RegexOptions.CultureInvariant);

    /// <summary>A range in words: <c>between 0.5 GB and 237 GB</c>, <c>between 3 and 63 characters</c>.</summary>
    private static readonly Regex BetweenPattern = new(
        $@"\b(?<bound>[Bb]etween)\s+(?<approx>~)?{Amount("low")}\s*,?\s+and\s+{Amount("high")}",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Alternatives in words, the unit after the last: <c>1 and 3 years</c>, <c>1, 3 or 5 years</c>. A set, never
    /// a lone last value.
    /// </summary>
    private static readonly Regex ChoicePattern = new(
        NotInWord + $@"(?<choices>(?:{Number})(?:\s*,\s*(?:{Number}))*,?\s+(?:and|or)\s+)(?<lowNumber>{Number})\s?(?<lowUnit>{Unit})",
        RegexOptions.CultureInvariant);

    /// <summary>The forms, in order: a phrase an earlier form found hides any later one it overlaps.</summary>
    private static readonly Regex[] Forms = { BetweenPattern, ChoicePattern, PhrasePattern };

    /// <summary>The forms for a text with Chinese or Japanese characters.</summary>
    private static readonly Regex[] CjkForms = { BetweenPattern, ChoicePattern, CjkPhrasePattern };

    /// <summary><c>100s of</c>, <c>10s of thousands</c>: a vague quantity, not a duration.</summary>
    private static readonly Regex Word = new(@"\G\s(?<w>[A-Za-z][A-Za-z0-9\-]*)(?=$|[\s,.;:()])", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "across", "for", "after", "if", "of", "to", "and", "or", "the", "a", "an", "with", "on", "at", "by",
        "from", "is", "are", "as", "than", "per", "into", "via", "each", "when", "before",
    };

    /// <summary>
    /// The phrases of <paramref name="text"/>. Code spans must already be masked (see <see cref="Mask"/>) so
    /// numbers inside them (<c>`m5`</c>) are not read as values.
    /// </summary>
    public static List<Phrase> Scan(string text, List<string>? overflows = null)
    {
        text = WithRangeWordsAsDigits(text);
        var phrases = new List<Phrase>();
        var taken = new List<(int Start, int End)>();
        foreach (var form in HasCjk(text) ? CjkForms : Forms)
        {
            if (!MayMatch(form, text))
            {
                continue;
            }

            var found = taken.Count;
            foreach (var match in NearDigits(form, text))
            {
                if (Overlaps(taken, match.Index, match.Index + match.Length, found))
                {
                    continue;
                }

                try
                {
                    if (ToPhrase(text, match) is { } phrase)
                    {
                        phrases.Add(phrase);
                        taken.Add((phrase.Start, phrase.End));
                    }
                }
                catch (OverflowException)
                {
                    // More digits than any AWS figure: reported, never wrapped around or rounded silently.
                    overflows?.Add(match.Value.Trim());
                }
            }
        }

        phrases.Sort((a, b) => a.Start.CompareTo(b.Start));
        AddRangesOfEarlierUnit(text, phrases, taken);
        for (var i = 1; i < phrases.Count; i++)
        {
            phrases[i] = phrases[i] with { Before = WordsBetween(text, phrases[i - 1].End, phrases[i].Start, phrases[i].Before) };
        }

        return phrases;
    }

    /// <summary>
    /// "between one and 35 days", "from one to 7 years": a range's low end written as a word, as a digit padded to the
    /// word's length, so every position in the text stays where it was.
    /// </summary>
    private static string WithRangeWordsAsDigits(string text)
    {
        if (text.IndexOf("etween ", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("rom ", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text;
        }

        return RangeWord.Replace(text, m => m.Groups["lead"].Value + (Array.IndexOf(SmallNumbers, m.Groups["word"].Value.ToLowerInvariant()) + 1).ToString(CultureInfo.InvariantCulture).PadRight(m.Groups["word"].Length));
    }

    private static readonly string[] SmallNumbers = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };

    private static readonly Regex RangeWord = new(
        @"(?<lead>\b(?:[Bb]etween|[Ff]rom)\s+)(?<word>one|two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:and|to)\s+[0-9])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The form's matches, as <c>Matches</c> finds them, but each searched for only from just before the next digit:
    /// every form holds a number, and what may stand before its first digit is short (a bound word, white space, <c>~</c>).
    /// On the interpreter, trying each position of a long sentence was most of the grammar's cost.
    /// </summary>
    private static IEnumerable<Match> NearDigits(Regex form, string text)
    {
        var prefix = form == PhrasePattern || form == CjkPhrasePattern ? LongestBoundWord : form == BetweenPattern ? "between".Length : 0;
        for (var from = 0; from < text.Length;)
        {
            var digit = Numbers.FirstDigit(text, from);
            if (digit < 0)
            {
                yield break;
            }

            var match = form.Match(text, Math.Max(from, EarliestStart(text, digit, prefix)));
            if (!match.Success)
            {
                yield break;
            }

            yield return match;
            from = match.Index + match.Length;
        }
    }

    /// <summary>Longer than any <see cref="BoundWord"/> ("Scales automatically up to" is 26 characters).</summary>
    private const int LongestBoundWord = 32;

    /// <summary>Where a match that reaches the digit at <paramref name="digit"/> may start: before a <c>~</c>, white space, then the prefix.</summary>
    private static int EarliestStart(string text, int digit, int prefix)
    {
        var start = digit;
        if (start > 0 && text[start - 1] == '~')
        {
            start--;
        }

        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return Math.Max(0, start - prefix);
    }

    /// <summary>Whether the words a form needs are there: "between", or "and" / "or" between spaces. Most sentences have neither.</summary>
    private static bool MayMatch(Regex form, string text)
        => form == BetweenPattern ? text.IndexOf("etween", StringComparison.Ordinal) > 0
            : form != ChoicePattern || HasSpacedWord(text, "and") || HasSpacedWord(text, "or");

    private static bool HasSpacedWord(string text, string word)
    {
        for (var i = text.Length > 1 ? text.IndexOf(word, 1, StringComparison.Ordinal) : -1; i > 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if (char.IsWhiteSpace(text[i - 1]) && end < text.Length && char.IsWhiteSpace(text[end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A range without a unit after a size or duration of the same sentence takes its unit: "defaults to 300 seconds and
    /// accepts 0 to 900" is 0–900 seconds. Never across a sentence's end, nor far from the value it leans on.
    /// </summary>
    private static void AddRangesOfEarlierUnit(string text, List<Phrase> phrases, List<(int Start, int End)> taken)
    {
        if (phrases.Count == 0 || text.IndexOf(" to ", StringComparison.Ordinal) < 0 && text.IndexOf('–') < 0)
        {
            return;
        }

        foreach (Match match in UnitlessRange.Matches(text))
        {
            var end = match.Index + match.Length;
            var earlier = phrases.LastOrDefault(p => p.End <= match.Index);
            if (Overlaps(taken, match.Index, end, 0) || earlier is null || earlier.Low.Unit.Kind is not (UnitKind.Duration or UnitKind.Size)
                || match.Index - earlier.End > 40 || text.Substring(earlier.End, match.Index - earlier.End).IndexOfAny(new[] { '.', ';', ':' }) >= 0)
            {
                continue;
            }

            var unit = earlier.High?.Unit ?? earlier.Low.Unit;
            var low = Quantity(match.Groups["low"].Value, string.Empty, unit, false);
            var high = Quantity(match.Groups["high"].Value, string.Empty, unit, false);
            var phrase = new Phrase(Bound.None, false, low, high, new List<Quantity> { low }, string.Empty, string.Join(" ", TrimStopWords(WordsBefore(text, match.Index))),
                QualifierAfter(text, end), match.Index, end, match.Value.Trim() + " " + unit.Written) { Following = WordsAfter(text, end) };
            phrases.Add(phrase);
            taken.Add((match.Index, end));
        }

        phrases.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static readonly char[] CurrencySigns = { '$', '€', '£' };

    private static readonly Regex PriceFor = new(
        @"[$€£]\s?\d[\d.,]*\s*(?:USD|EUR)?\s*(?:per|for|/|a|an|each)\s*(?:the\s+)?(?:first\s+)?\d[\d.,]*\s?(?:[kKM]\b|million|thousand|billion)?",
        RegexOptions.CultureInvariant);

    private static readonly Regex OptionalPlural = new(@"(?<=[A-Za-z])\(s\)", RegexOptions.CultureInvariant);

    private static readonly Regex UnitlessRange = new(
        @"(?<![\w.,$€£-])(?<low>\d{1,3}(?:,\d{3})*|\d+)\s*(?:to|–)\s*(?<high>\d{1,3}(?:,\d{3})*|\d+)(?![\w%.,]*\d)(?!\s*(?:[A-Za-z%]|\())",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Replaces the content of code spans (between backticks) and the amount a price is for with neutral characters,
    /// and writes a unit's optional plural as a plural ("second(s)" → "seconds  "), keeping positions.
    /// </summary>
    public static string Mask(string text)
    {
        text = text.IndexOf("(s)", StringComparison.Ordinal) > 0 ? OptionalPlural.Replace(text, "s  ") : text;
        // "$0.20 per 1 million requests", "$1 for 600K GB-seconds": the amount a price is for is no value either.
        text = text.IndexOfAny(CurrencySigns) >= 0 ? PriceFor.Replace(text, m => new string('\u2022', m.Length)) : text;
        if (text.IndexOf('`') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var inCode = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '`')
            {
                inCode = !inCode;
            }
            else if (inCode)
            {
                chars[i] = '\u2022';
            }
        }

        return new string(chars);
    }

    /// <summary>Whether [start, end) overlaps a span an earlier form took (the first <paramref name="count"/> of them).</summary>
    private static bool Overlaps(List<(int Start, int End)> taken, int start, int end, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (start < taken[i].End && taken[i].Start < end)
            {
                return true;
            }
        }

        return false;
    }

    private static Phrase? ToPhrase(string text, Match match)
    {
        var boundWord = match.Groups["bound"].Value;
        var lowUnitText = match.Groups["lowUnit"].Value;
        var highUnitText = match.Groups["highUnit"].Value;
        var end = match.Index + match.Length;
        var before = WordsBefore(text, match.Index);

        if (IsExample(text, match.Index) || IsVague(text, match, lowUnitText) || IsReadingTime(text, end, lowUnitText) || IsExamWeight(text, end, lowUnitText) || IsAdjective(text, match, end)
            || IsMillions(text, end, lowUnitText, highUnitText)
            || IsStatusCodes(match.Groups["lowNumber"].Value, lowUnitText, match, before))
        {
            return null;
        }

        // "2 MB per second": a size per time is a rate, as "2 MB/s" is.
        if (lowUnitText.Length > 0 && PerTime.Match(text, end) is { Success: true } perTime && perTime.Index == end
            && KindOf(lowUnitText) == UnitKind.Size && UnitTable.Find(lowUnitText + "/" + perTime.Groups["time"].Value) is { } rate)
        {
            (lowUnitText, highUnitText) = (rate.Written, highUnitText.Length > 0 ? highUnitText + "/" + perTime.Groups["time"].Value : highUnitText);
            end = perTime.Index + perTime.Length;
        }

        var lowUnitInfo = UnitTable.Find(lowUnitText);
        var highUnitInfo = UnitTable.Find(highUnitText);
        if (lowUnitInfo is null || highUnitInfo is null || IsConversion(text, match.Index, end, lowUnitText.Length > 0 ? lowUnitInfo.Kind : null)
            || (lowUnitInfo.Kind == UnitKind.Percent && ComparesPrice(text, match.Index, end)))
        {
            return null;
        }

        var noun = string.Empty;
        var hasUnit = lowUnitText.Length > 0 || highUnitText.Length > 0;
        if (!hasUnit)
        {
            if (boundWord.Length == 0 && before.Length > 0 && (IsNameWord(before[before.Length - 1]) || References.Contains(before[before.Length - 1]))
                && match.Groups["lowNumber"].Value.IndexOf(',') < 0)
            {
                // "Route 53", "Layer 4": a capitalised word right before a bare number makes it part of a name
                // (never "Baseline 3,000 IOPS": no name has a number grouped in thousands).
                return null;
            }

            if (Noun(text, end, one: match.Groups["lowNumber"].Value == "1" && !match.Groups["highNumber"].Success) is { } found)
            {
                if (PageCounts.Contains(found.Noun))
                {
                    // "187 upvotes · 64 comments": what a forum or wiki page counts about itself.
                    return null;
                }

                noun = found.Noun;
                end = found.End;
            }
            else if (boundWord.Length == 0 && CountInParentheses(text, match.Index, end) is { } counted)
            {
                noun = counted;
            }
            else if (boundWord.Length == 0 && !match.Groups["highNumber"].Success && SubjectBound(text, match.Index, end) is { } implied)
            {
                boundWord = implied; // "the minimum you can ask for is 21", "The default is 10."
            }
            else if ((boundWord.Length == 0 && !Marked(match)) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                // A bare number: a list marker, an id, a version — not a measured value.
                return null;
            }
        }

        if (!hasUnit && boundWord.Length == 0 && noun.Length == 0 && !Marked(match))
        {
            return null;
        }

        var low = Quantity(match.Groups["lowNumber"].Value, match.Groups["lowScale"].Value, lowUnitInfo!, match.Groups["approx"].Success || match.Groups["lowOpen"].Success);
        Quantity? high = null;
        var set = new List<Quantity> { low };
        if (match.Groups["highNumber"].Success)
        {
            // "1–20s": an end without a unit takes the other end's.
            var highUnit = highUnitText.Length > 0 ? highUnitInfo! : lowUnitInfo!;
            low = lowUnitText.Length > 0 ? low : low with { Unit = highUnit };
            high = Quantity(match.Groups["highNumber"].Value, match.Groups["highScale"].Value, highUnit, match.Groups["highOpen"].Success);
            set = new List<Quantity> { low };
        }
        else if (match.Groups["choices"].Success)
        {
            // "1 and 3 years": every number takes the unit after the last.
            set = Numbers.In(match.Groups["choices"].Value)
                .Select(n => Quantity(n, string.Empty, lowUnitInfo!, false))
                .Concat(new[] { low })
                .ToList();
            low = set[0];
        }
        else if (match.Groups["set"].Success)
        {
            set = ParseSet(match.Groups["lowNumber"].Value + lowUnitText + match.Groups["set"].Value, lowUnitInfo!);
            if (set.Count == 0)
            {
                return null;
            }

            low = set[0];
        }

        if (noun.Length > 0 && noun == "Length")
        {
            low = low with { Unit = UnitTable.CountOf("characters") };
            high = high is { } h ? h with { Unit = low.Unit } : null;
            set = new List<Quantity> { low };
            noun = string.Empty;
        }

        // "2024年推出", "Gateway Load Balancer - 2020 - GWLB", "launched in 2019": a year of the calendar, not a figure.
        if (low.Number is >= 1990m and <= 2099m && low.Number == decimal.Truncate(low.Number) && high is null
            && (low.Unit.Written is "年" || (low.Unit.Kind == UnitKind.None && noun.Length == 0 && boundWord.Length == 0 && IsYear(text, match.Index, end))))
        {
            return null;
        }

        var bound = boundWord.ToLowerInvariant() switch
        {
            "up to" or "upto" or "at most" or "max" or "maximum" or "under" or "in under" or "<" or "<=" or "≤" => Bound.Max,
            "min" or "minimum" or "at least" or "starts at" or ">" or ">=" or "≥" => Bound.Min,
            "default" or "def" or "defaults to" or "defaults" => Bound.Default,
            "最多" or "最长" or "最長" or "最大" or "最高" or "上限" or "不超过" => Bound.Max,
            "最少" or "最小" or "至少" or "最短" or "最低" => Bound.Min,
            "默认约" or "默认" or "默認" or "預設" or "既定" => Bound.Default,
            var most when most.EndsWith("maximum of", StringComparison.Ordinal) || most is "as high as" or "as much as" or "as long as"
                or "as large as" or "as many as" or "no more than" or "not more than" or "capped at"
                or "caps at" or "maxes at" or "maxed at" or "maxes out at" or "maxed out at" or "tops out at" or "peaks at" => Bound.Max,
            var least when least.EndsWith("minimum of", StringComparison.Ordinal) || least is "as low as" or "as little as" or "as short as"
                or "as few as" or "no less than" or "no fewer than" => Bound.Min,
            // "Aurora can have 15 replicas": what something can have, at most.
            var can when can.StartsWith("can ", StringComparison.Ordinal) => Bound.Max,
            "more than" => Negated(before) ? Bound.Max : Bound.Min, // "can't be more than 4 KB" is at most 4 KB
            "less than" or "fewer than" => Negated(before) ? Bound.Min : Bound.Max,
            var growth when growth.EndsWith(" to", StringComparison.Ordinal) => Bound.Max, // scales to, extend that to, limited to
            "between" => Bound.None,
            _ when match.Groups["defaultMark"].Success => Bound.Default,
            _ when match.Groups["boundMark"].Success => match.Groups["boundMark"].Value.Trim() is "max" or "maximum" or "at most" ? Bound.Max : Bound.Min,
            _ => Bound.None,
        };
        // "more than 5 GB" leaves 5 GB out; "no more than", "can't be more than" keep it in.
        var exclusive = boundWord is "<" or ">"
                        || boundWord.EndsWith(" than", StringComparison.OrdinalIgnoreCase) && !boundWord.StartsWith("no", StringComparison.OrdinalIgnoreCase) && !Negated(before);
        var after = QualifierAfter(text, end);
        var written = text.Substring(match.Index, end - match.Index).Trim();
        written = written.IndexOf("  ", StringComparison.Ordinal) < 0 ? written : MaskedGap.Replace(written, m => m.Groups["punct"].Success ? string.Empty : " "); // a restatement blanked out
        return new Phrase(bound, exclusive, low, high, set, noun, string.Join(" ", TrimStopWords(before)), after, match.Index, end, written)
        {
            Following = WordsAfter(text, end),
            UpperUnitMissing = match.Groups["highNumber"].Success && lowUnitText.Length > 0 && highUnitText.Length == 0 && noun.Length == 0,
        };
    }

    private static Quantity Quantity(string number, string scale, UnitInfo unit, bool approximate)
        => Numbers.Quantity(number, unit, approximate, scale);

    private static List<Quantity> ParseSet(string text, UnitInfo fallback)
    {
        var items = new List<Quantity>();
        foreach (var part in text.Split('/'))
        {
            // Each item a number and an optional unit in letters: "1s", "5", "10s".
            var length = Numbers.LengthAt(part, 0);
            var unitText = part.Substring(length);
            if (length == 0 || !unitText.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '%') || UnitTable.Find(unitText) is not { } unit)
            {
                return new List<Quantity>();
            }

            items.Add(Quantity(part.Substring(0, length), string.Empty, unit.Kind == UnitKind.None ? fallback : unit, false));
        }

        return items;
    }

    /// <summary>
    /// The count noun after a unitless number, PascalCased: up to three words before a stop word, the last
    /// one plural (<c>15 read replicas</c>), and a following <c>per X</c> (<c>10 containers per task</c>).
    /// Null when the words are not a plural noun (<c>1 message</c>).
    /// </summary>
    private static (string Noun, int End)? Noun(string text, int start, bool one = false)
    {
        var words = new List<(string Word, int End)>();
        var position = start;
        Match match;
        while (words.Count < 7 && (match = Word.Match(text, position)).Success)
        {
            words.Add((match.Groups["w"].Value, match.Index + match.Length));
            position = match.Index + match.Length;
        }

        if (words.Count >= 2 && words[0].Word == "per" && !StopWords.Contains(words[1].Word))
        {
            // "1,000 per account", "2 per log group": counted per something, the thing itself unnamed.
            var per = PerWords(words, 1);
            return ("Per" + string.Concat(per.Select(w => Name.IdentifierNamer.PascalWord(w.Word))), per[per.Count - 1].End);
        }

        // The longest run of up to three words that ends in a plural or a counted acronym: "300 TPS without batching" → TPS.
        var noun = words.TakeWhile(w => !StopWords.Contains(w.Word)).Take(3).ToList();
        if (noun.Count == 1 && words.Count >= 4 && words[1].Word is "or" or "and" && !IsPlural(noun[0].Word) && IsPlural(words[3].Word))
        {
            // "25 put or delete requests": what is counted is the noun both words qualify.
            noun = new List<(string Word, int End)> { words[3] };
            words.RemoveRange(0, 3);
        }

        while (noun.Count > 0 && !IsPlural(noun[noun.Count - 1].Word) && !IsCountedAcronym(noun[noun.Count - 1].Word))
        {
            noun.RemoveAt(noun.Count - 1);
        }

        if (noun.Count == 0)
        {
            // "1 request per second": one of a thing, counted per something, counts that thing.
            // "1 internet gateway per VPC": up to three words of one thing, counted per something.
            var perAt = one ? words.FindIndex(w => w.Word == "per") : -1;
            if (perAt is < 1 or > 3 || perAt + 1 >= words.Count || StopWords.Contains(words[perAt + 1].Word)
                || words.Take(perAt).Any(w => !w.Word.All(c => char.IsLower(c) || c == '-') || StopWords.Contains(w.Word)))
            {
                return null;
            }

            var thing = string.Concat(words.Take(perAt).Select(w => Name.IdentifierNamer.PascalWords(w.Word)));
            var per = PerWords(words, perAt + 1);
            return (thing + "sPer" + string.Concat(per.Select(w => Name.IdentifierNamer.PascalWords(w.Word))), per[per.Count - 1].End);
        }

        var last = noun[noun.Count - 1].Word;

        if (noun.Count == 1 && last is "characters" or "chars")
        {
            return ("Length", noun[0].End);
        }

        // "user-defined tags" → UserDefinedTags: a hyphen joins words, it never stays in a name.
        var name = string.Concat(noun.Select(w => Name.IdentifierNamer.PascalWords(w.Word)));
        var end = noun[noun.Count - 1].End;
        if (words.Count > noun.Count + 1 && words[noun.Count].Word == "per" && !StopWords.Contains(words[noun.Count + 1].Word))
        {
            var per = PerWords(words, noun.Count + 1);
            name += "Per" + string.Concat(per.Select(w => Name.IdentifierNamer.PascalWords(w.Word)));
            end = per[per.Count - 1].End;
        }
        else if (InOne(words, noun.Count) is { } container)
        {
            // "up to 10 messages in a batch", "5 GSIs in a single table": counted per that one thing.
            var per = PerWords(words, container);
            name += "Per" + string.Concat(per.Select(w => Name.IdentifierNamer.PascalWords(w.Word)));
            end = per[per.Count - 1].End;
        }

        return (name, end);
    }

    /// <summary>
    /// What a count is per, from <paramref name="first"/> on: the first word, and up to two lower-case words after it that
    /// continue its noun ("per security group", "per Standard execution", "per log group"), or capitalised ones after a
    /// capitalised first ("per Availability Zone"), not a verb or a stop word.
    /// </summary>
    private static List<(string Word, int End)> PerWords(List<(string Word, int End)> words, int first)
    {
        var per = new List<(string Word, int End)> { words[first] };
        for (var i = first + 1; i < words.Count && per.Count < 3; i++)
        {
            var word = words[i].Word;
            // "per Availability Zone": a capitalised name goes on in capitals.
            var continues = word.All(char.IsLower) || (char.IsUpper(per[0].Word[0]) && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && word.Length > 1);
            if (StopWords.Contains(word) || NotPerNoun.Contains(word) || !continues)
            {
                break;
            }

            per.Add(words[i]);
        }

        return per;
    }

    /// <summary>Where X starts in "in a X", "in one X", "in a single X", "in each X" at <paramref name="at"/>, or null.</summary>
    private static int? InOne(List<(string Word, int End)> words, int at)
    {
        if (words.Count < at + 3 || words[at].Word != "in" || words[at + 1].Word is not ("a" or "an" or "one" or "each"))
        {
            return null;
        }

        var first = words[at + 2].Word == "single" ? at + 3 : at + 2;
        // "2 copies in a minimum of 3 AZs": a bound, not a container.
        return first < words.Count && !StopWords.Contains(words[first].Word) && !NotPerNoun.Contains(words[first].Word)
               && words[first].Word.All(char.IsLower) && (first + 1 >= words.Count || words[first + 1].Word != "of")
            ? first
            : null;
    }

    // Words after "per X" that do not continue its noun: "per account can be raised", "per region by default".
    private static readonly HashSet<string> NotPerNoun = new(StringComparer.OrdinalIgnoreCase)
    {
        "can", "will", "may", "must", "be", "is", "are", "was", "were", "has", "have", "had", "does", "do", "only", "max",
        "min", "maximum", "minimum", "default", "total", "soft", "hard", "adjustable", "shared", "combined", "then", "but",
        "so", "which", "that", "while", "unless", "except", "including", "excluding", "up", "down", "out", "instead",
    };

    /// <summary>
    /// The bound a bare number's subject names when the number completes it: "the minimum you can ask for is 21" → min,
    /// "The default is 10" → default, "the hard limit is 50" → max. Null when the subject says no bound, or words follow.
    /// </summary>
    private static string? SubjectBound(string text, int start, int end)
    {
        var after = text.Substring(end).TrimStart();
        if (after.Length > 0 && char.IsLetter(after[0]))
        {
            return null;
        }

        var match = BoundSubject.Match(text.Substring(Math.Max(0, start - 60), Math.Min(60, start)));
        return !match.Success ? null : match.Groups["b"].Value.ToLowerInvariant() switch
        {
            "minimum" or "min" or "floor" => "min",
            "default" => "default",
            _ => "max",
        };
    }

    private static readonly Regex BoundSubject = new(
        @"\b(?<b>minimum|min|maximum|max|default|limit|cap|ceiling|floor)\b[^.;:!?\d]{0,40}\b(?:is|are)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A bound or default written after the number: <c>5 default</c>, <c>240 KB max</c>, <c>5 min at most</c>.</summary>
    private static bool Marked(Match match) => match.Groups["defaultMark"].Success || match.Groups["boundMark"].Success;

    /// <summary>
    /// What a number alone in parentheses counts, when a plural noun phrase comes right before it:
    /// <c>Hosted zones per account (500)</c> → "HostedZonesPerAccount". Null otherwise (<c>Step (2)</c>).
    /// </summary>
    private static string? CountInParentheses(string text, int start, int end)
    {
        var open = start - 1;
        while (open >= 0 && text[open] == ' ')
        {
            open--;
        }

        if (open < 1 || text[open] != '(' || end >= text.Length || text[end] != ')')
        {
            return null;
        }

        var clauseStart = text.LastIndexOfAny(ClauseEnds, open - 1) + 1;
        var words = text.Substring(clauseStart, open - clauseStart).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).ToList();
        var and = words.FindLastIndex(w => w is "and" or "or" or "with" or "has" or "have");
        words = TrimStopWords(words.Skip(and + 1).ToArray()).ToList();
        if (words.Count is 0 or > 5 || !words.All(w => w.All(char.IsLetter)) || !words.Any(IsPlural))
        {
            return null;
        }

        return string.Concat(words.Select(Name.IdentifierNamer.PascalWords));
    }

    /// <summary>A plural as notes write them: three letters or more, ending in s but not ss (<c>replicas</c>, never <c>class</c>).</summary>
    internal static bool IsPlural(string word)
        => word.Length > 2 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>
    /// A unit AWS writes as an acronym and counts: <c>16,000 IOPS</c>, <c>10,000 TPS</c>, <c>40 RCU</c>. Capitals
    /// (and digits), two letters or more.
    /// </summary>
    /// <remarks>A misspelt unit (<c>256 KBB</c>) is no count: it is reported as an unknown unit.</remarks>
    private static bool IsCountedAcronym(string word)
        => IsVirtualUnit(word) || word.Length >= 2 && word.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9') && char.IsLetter(word[0])
           && !Enumerable.Range(2, word.Length - 1).Any(n => UnitTable.IsUnit(word.Substring(0, n)));

    /// <summary>Virtual CPUs and GPUs, which AWS counts in fractions too: <c>0.25 to 16 vCPU</c>, <c>2 vCPUs</c>.</summary>
    private static bool IsVirtualUnit(string word) => word is "vCPU" or "vCPUs" or "vGPU" or "vGPUs";

    /// <summary>
    /// "keeps 1-minute datapoints for 15 days": a number joined to its unit by a hyphen before a noun says what kind of
    /// thing the clause's value is about, when another value follows in the clause; alone ("the 29-second integration
    /// timeout") it is the value.
    /// </summary>
    private static bool IsAdjective(string text, Match match, int end)
    {
        var unit = match.Groups["lowUnit"];
        var number = match.Groups["lowNumber"];
        if (!unit.Success || match.Groups["highNumber"].Success || unit.Index != number.Index + number.Length + 1 || text[unit.Index - 1] != '-'
            || end >= text.Length - 1 || text[end] != ' ' || !char.IsLetter(text[end + 1]))
        {
            return false;
        }

        var clauseEnd = text.IndexOfAny(AdjectiveClauseEnds, end);
        var rest = text.Substring(end, (clauseEnd < 0 ? text.Length : clauseEnd) - end);
        return rest.Any(char.IsDigit);
    }

    private static readonly char[] AdjectiveClauseEnds = { ',', ';', '.', '(' };

    /// <summary>
    /// "10m objects", "5m requests": a lower-case m before a counted noun is millions, which the note does not say
    /// exactly; everywhere else (<c>delay ≤15m</c>, <c>ret 1m–14d</c>, <c>15m timeout</c>) it is minutes.
    /// </summary>
    private static bool IsMillions(string text, int end, string lowUnit, string highUnit)
        => (lowUnit == "m" || highUnit == "m") && CountedNounNext.Match(text.Substring(end)) is { Success: true } next
           && IsPlural(next.Groups["w"].Value);

    private static readonly Regex CountedNounNext = new(@"^\s+(?<w>[A-Za-z]+)", RegexOptions.CultureInvariant);

    /// <summary>"11 min read": how long the page takes to read, not a limit.</summary>
    private static bool IsReadingTime(string text, int end, string unit)
        => unit.Length > 0 && UnitTable.Find(unit) is { Kind: UnitKind.Duration } && ReadingWord.IsMatch(text.Substring(end));

    private static readonly Regex ReadingWord = new(@"^\s*(?:read|reading\s+time)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"26% of the exam", "65 questions, 130 minutes": what an exam weighs or lasts, not an AWS limit.</summary>
    private static bool IsExamWeight(string text, int end, string unit)
        => unit == "%" && ExamWord.IsMatch(text.Substring(end));

    private static readonly Regex ExamWord = new(@"^\s*of\s+(?:the\s+)?(?:exam|test|questions|score|marks)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// "started returning 429s", "a spike of 503s": HTTP status codes counted, not seconds. A code that is no round number
    /// (429, 503) is one anywhere; a round one (500s) only after a word that counts or returns them.
    /// </summary>
    private static bool IsStatusCodes(string number, string unit, Match match, string[] before)
    {
        if (unit != "s" || match.Groups["lowUnit"].Index != match.Groups["lowNumber"].Index + number.Length
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code is < 400 or > 599)
        {
            return false;
        }

        return code % 10 != 0 || (before.Length > 0 && StatusVerbs.Contains(before[before.Length - 1]));
    }

    private static readonly HashSet<string> StatusVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "returning", "return", "returns", "returned", "throwing", "throws", "threw", "getting", "got", "seeing", "saw", "of",
        "more", "fewer", "many", "some", "random", "intermittent", "occasional",
    };

    private static readonly HashSet<string> PageCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Upvotes", "Downvotes", "Votes", "Points", "Comments", "Replies", "Likes", "Views", "Stars", "Forks", "Karma", "Reactions",
        "Slides", "Cards", "Pages", "Questions", "Lectures",
    };

    /// <summary>Whether a bare four-digit number at [start, end) is written as a year: "in 2019", "since 2021", "- 2020 -", "(2020)".</summary>
    private static bool IsYear(string text, int start, int end)
    {
        var before = text.Substring(0, start).TrimEnd();
        var after = text.Substring(Math.Min(end, text.Length)).TrimStart();
        return YearBefore.IsMatch(before)
               || (before.EndsWith("(", StringComparison.Ordinal) && after.StartsWith(")", StringComparison.Ordinal))
               || (before.EndsWith("-", StringComparison.Ordinal) && (after.StartsWith("-", StringComparison.Ordinal) || after.Length == 0));
    }

    private static readonly Regex YearBefore = new(
        @"\b(?:in|since|as of|launched|released|introduced|announced|until|circa)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "question 4 in section 8", "lecture 12": a number after one of these points somewhere, it measures nothing.
    internal static readonly HashSet<string> References = new(StringComparer.OrdinalIgnoreCase)
    {
        "section", "chapter", "question", "lecture", "lesson", "module", "quiz", "page", "slide", "step", "part", "item",
        "version", "v", "episode", "exercise", "lab", "figure", "table", "ticket", "issue", "case",
        // "Layer 7 (HTTP)", "gen 3": a level of a model, not a figure.
        "layer", "gen", "generation",
    };

    private static bool IsNameWord(string word) => word.Length > 0 && char.IsUpper(word[0]) && word.All(char.IsLetter);

    /// <summary>
    /// The words before a value, but never the previous value's words: in <c>1M requests and 400,000 GB-seconds</c>
    /// nothing qualifies the second value.
    /// </summary>
    private static string WordsBetween(string text, int previousEnd, int start, string before)
    {
        if (start < previousEnd)
        {
            return before; // a bound word reaching back over the previous value ("… AZs, can have 15"): nothing between
        }

        var between = text.Substring(previousEnd, start - previousEnd);
        if (between.IndexOfAny(ClauseEnds) >= 0)
        {
            return before; // the words before stop at the clause boundary already
        }

        // "50 MB zipped / 250 MB unzipped": the words before a spaced slash are the earlier value's.
        var slash = between.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash >= 0)
        {
            between = between.Substring(slash + 3);
        }

        return string.Join(" ", TrimStopWords(between.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>Stop words at either end ("and", "from", "of") say nothing about the value.</summary>
    private static string[] TrimStopWords(string[] words) => SubjectPhrase.TrimEnds(words, StopWords, StopWords);

    /// <summary>Up to two words right after a value, before any stop word or clause boundary.</summary>
    private static string WordsAfter(string text, int end)
    {
        var words = new List<string>();
        var position = end;
        Match match;
        // "16 TiB for SQL Server", "5 s for viewer triggers": what a value is for tells it apart.
        if ((match = Word.Match(text, position)).Success && match.Groups["w"].Value.Equals("for", StringComparison.OrdinalIgnoreCase))
        {
            position = match.Index + match.Length;
        }

        while (words.Count < 2 && (match = Word.Match(text, position)).Success && !StopWords.Contains(match.Groups["w"].Value))
        {
            words.Add(match.Groups["w"].Value);
            position = match.Index + match.Length;
        }

        return string.Join(" ", words);
    }

    private static readonly char[] Hyphen = { '-' };

    private static readonly char[] ClauseEnds = { ',', ';', '(', ')', ':', '=', '→' };

    private static readonly char[] WordBounds = { ',', ';', '(', ':', '=', '→' };

    private static string[] WordsBefore(string text, int index)
    {
        var start = SubjectPhrase.ClauseStart(text, index, WordBounds);

        return text.Substring(start, index - start)
            .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// "1 EB = 1,000 PB = 1,000,000 TB", "1 GiB = 1,024 MiB": a size or duration equal to another of the same kind is a
    /// conversion between units, not a fact of any service ("1 ACU = 2 GiB" equates different kinds, and stays).
    /// <paramref name="unit"/> is the kind of the value's own unit; null when it has none, and the word after it ("TBs") may be one.
    /// </summary>
    private static bool IsConversion(string text, int start, int end, UnitKind? unit)
    {
        if (text.IndexOf('=') < 0)
        {
            return false; // most sentences: no conversion without its "="
        }

        var (word, wordEnd) = NextWord(text, end);
        var wordKind = KindOf(word);
        var kind = unit ?? wordKind;
        if (kind is not (UnitKind.Size or UnitKind.Duration))
        {
            return false;
        }

        end = wordKind == kind ? wordEnd : end;
        var after = EqualsQuantity.Match(text, end);
        if (after.Success && KindOf(after.Groups["unit"].Value) == kind)
        {
            return true;
        }

        var from = Math.Max(0, start - 40);
        var before = QuantityEquals.Match(text.Substring(from, start - from));
        return before.Success && KindOf(before.Groups["unit"].Value) == kind;
    }

    /// <summary>The letters after a value and one run of spaces ("TBs" in "1,000,000 TBs"), and where they end.</summary>
    private static (string Word, int End) NextWord(string text, int end)
    {
        var start = end;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var stop = start;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return (text.Substring(start, stop - start), stop);
    }

    /// <summary>Whether the last words before a bound deny it: "can't be", "cannot span", "must not exceed".</summary>
    private static bool Negated(string[] before)
        => before.Skip(Math.Max(0, before.Length - 3)).Any(w => w.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase) || Denials.Contains(w));

    private static readonly HashSet<string> Denials = new(StringComparer.OrdinalIgnoreCase) { "not", "cannot", "never", "cant" };

    /// <summary>The kind of a unit as written, plural or not ("TBs").</summary>
    private static UnitKind? KindOf(string unit) => (UnitTable.Find(unit) ?? UnitTable.Find(unit.TrimEnd('s')))?.Kind;

    private static readonly Regex EqualsQuantity = new(@"\G\s*=\s*[0-9][0-9,.]*\s?(?<unit>[A-Za-z]+)", RegexOptions.CultureInvariant);

    private static readonly Regex QuantityEquals = new(@"[0-9]\s?(?<unit>[A-Za-z]+)\s*=\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex MaskedGap = new(@"\s{2,}(?:(?<punct>(?=[,.;)]|$)))?", RegexOptions.CultureInvariant);

    /// <summary>
    /// "Costs 20% more than RDS", "costs more than 20%": a percentage by which one thing costs more than another is no
    /// limit (what a choice saves, "up to 90% cheaper", "up to 75% lower storage cost", is a figure AWS states, and stays).
    /// </summary>
    private static bool ComparesPrice(string text, int start, int end)
        => (PriceAfter.Match(text, end) is { Success: true } after && after.Index == end && PriceWords.IsMatch(text))
           || PriceBefore.IsMatch(text.Substring(Math.Max(0, start - 40), Math.Min(40, start)));

    private static readonly Regex PriceWords = new(@"\b(?:costs?|cheaper|expensive|pricier)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex PriceAfter = new(@"\G\s*(?:more|pricier|more expensive)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex PriceBefore = new(@"\bcosts?\s+(?:about\s+|roughly\s+)?(?:more|less)\s+than\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex PerTime = new(@"\G\s+per\s+(?:(?<time>s)ec(?:ond)?|(?<time>min)(?:ute)?|(?<time>h)our|(?<time>day))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary><c>100s of EC2 instances</c>: "hundreds of", not 100 seconds.</summary>
    private static bool IsVague(string text, Match match, string unit)
        => unit == "s" && !match.Groups["highNumber"].Success && (OfFollows(text, match.Index + match.Length) || CountsNines(text, match));

    /// <summary><c>99.999999999% (11 9s)</c>: "eleven nines", a count of digits, not 9 seconds.</summary>
    private static bool CountsNines(string text, Match match)
    {
        var before = match.Index - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        return match.Groups["lowNumber"].Value == "9" && before >= 0 && char.IsDigit(text[before]) && before < match.Index - 1;
    }

    /// <summary>Whether white space and the word "of" follow <paramref name="at"/>.</summary>
    private static bool OfFollows(string text, int at)
    {
        var start = at;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at > start && string.CompareOrdinal(text, at, "of", 0, 2) == 0
               && (at + 2 == text.Length || !(char.IsLetterOrDigit(text[at + 2]) || text[at + 2] == '_'));
    }

    /// <summary>"(e.g., 14 days)": a value right after <c>e.g.</c> is an example, not a fact.</summary>
    internal static bool IsExample(string text, int index)
    {
        // The marker governs the rest of its parenthesis or clause: "(canary, e.g. 10% of traffic for 5 minutes)".
        var start = Math.Max(0, index - 80);
        foreach (var marker in ExampleMarkers)
        {
            var at = text.LastIndexOf(marker, index, index - start, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(marker[0]) || !char.IsLetter(text[at - 1])) && text.IndexOfAny(ExampleEnds, at + marker.Length, index - at - marker.Length) < 0)
            {
                return true;
            }
        }

        return false;
    }

    // "64,000 IOPS per volume assuming 16 KiB I/O": what a figure assumes is its premise, not a fact.
    private static readonly string[] ExampleMarkers = { "e.g.", "for example", "for instance", ", say,", "assuming " };

    private static readonly char[] ExampleEnds = { ')', ';' };

    private static string QualifierAfter(string text, int end)
    {
        // "(batch)" right after the value, with no number or nested parenthesis inside.
        var at = end;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at == text.Length || text[at] != '(')
        {
            return string.Empty;
        }

        var close = at + 1;
        while (close < text.Length && text[close] is not ('(' or ')' or >= '0' and <= '9'))
        {
            close++;
        }

        // A masked (history) clause is no qualifier, nor is a remark of three words or more ("(last part exempt)").
        var inside = close < text.Length && text[close] == ')' ? text.Substring(at + 1, close - at - 1).Replace('\u2022', ' ').Trim() : string.Empty;
        // "(fast, extra cost)": the first part says which value it is, the rest is a remark.
        var comma = inside.IndexOf(',');
        inside = comma > 0 ? inside.Substring(0, comma).Trim() : inside;
        return inside.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length <= 2 ? inside : string.Empty;
    }
}
