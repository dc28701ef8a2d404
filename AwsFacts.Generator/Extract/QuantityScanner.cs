using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract;

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

    /// <summary>"1 min – 14": the lower end has a unit, the upper end none — ambiguous, reported.</summary>
    public bool UpperUnitMissing { get; init; }
}

/// <summary>
/// Finds the value phrases of a sentence. A number counts as a value only when something says what it
/// measures — a unit (<c>30s</c>, <c>256 KB</c>), a plural noun (<c>15 read replicas</c>), a bound word
/// (<c>Max 1000 …</c>) — and is not part of a name (<c>EC2</c>, <c>Route 53</c>, <c>Layer 4</c>) or an example (<c>e.g., 14 days</c>).
/// </summary>
internal static class QuantityScanner
{
    private const string Number = @"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?";

    private static readonly string Unit =
        "(?:" + string.Join("|", UnitTable.Spellings.Select(Regex.Escape)) + @")(?:/[A-Za-z]+)?(?![A-Za-z0-9])"
        + @"|[A-Za-z]+/[A-Za-z]+(?![A-Za-z0-9])";

    private static readonly Regex PhrasePattern = new(
        @"(?<![A-Za-z0-9_.,/\-])"
        + @"(?:(?<bound>[Uu]p to|[Mm]ax(?:imum)?|[Mm]in(?:imum)?|[Aa]t least|[Aa]t most|[Dd]efault|<=|>=|≤|≥|<|>)\s*)?"
        + @"(?<approx>~)?"
        + $"(?<n1>{Number})(?<s1>[KM](?![A-Za-z]))?(?<plus>\\+)?(?:\\s?(?<u1>{Unit}))?"
        + "(?:"
        + $@"\s*(?<sep>–|—|→|-|\bto\b)\s*(?<n2>{Number})(?<s2>[KM](?![A-Za-z]))?(?:\s?(?<u2>{Unit}))?"
        + $@"|(?<set>(?:/(?:{Number})(?:{Unit})?)+)"
        + ")?"
        + @"(?<dflt>\s+default\b|\s*\(default\))?",
        RegexOptions.CultureInvariant);

    private static readonly Regex SetItem = new($"^(?<n>{Number})(?<u>[A-Za-z%]*)$", RegexOptions.CultureInvariant);

    private static readonly Regex Qualifier = new(@"\G\s*\((?<q>[^()0-9]*)\)", RegexOptions.CultureInvariant);

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
        var phrases = new List<Phrase>();
        foreach (Match match in PhrasePattern.Matches(text))
        {
            try
            {
                if (ToPhrase(text, match) is { } phrase)
                {
                    phrases.Add(phrase);
                }
            }
            catch (OverflowException)
            {
                // More digits than any AWS figure: reported, never wrapped around or rounded silently.
                overflows?.Add(match.Value.Trim());
            }
        }

        return phrases;
    }

    /// <summary>Replaces the content of code spans (between backticks) with neutral characters, keeping positions.</summary>
    public static string Mask(string text)
    {
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

    private static Phrase? ToPhrase(string text, Match match)
    {
        var boundWord = match.Groups["bound"].Value;
        var u1 = match.Groups["u1"].Value;
        var u2 = match.Groups["u2"].Value;
        var end = match.Index + match.Length;
        var before = WordsBefore(text, match.Index);

        if (IsExample(text, match.Index))
        {
            return null;
        }

        var unit1 = UnitTable.Find(u1);
        var unit2 = UnitTable.Find(u2);
        if (unit1 is null || unit2 is null)
        {
            return null;
        }

        var noun = string.Empty;
        var hasUnit = u1.Length > 0 || u2.Length > 0;
        if (!hasUnit)
        {
            if (boundWord.Length == 0 && before.Length > 0 && IsNameWord(before[before.Length - 1]))
            {
                // "Route 53", "Layer 4": a capitalised word right before a bare number makes it part of a name.
                return null;
            }

            if (Noun(text, end) is { } found)
            {
                noun = found.Noun;
                end = found.End;
            }
            else if (boundWord.Length == 0 || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                // A bare number: a list marker, an id, a version — not a measured value.
                return null;
            }
        }

        if (!hasUnit && boundWord.Length == 0 && noun.Length == 0)
        {
            return null;
        }

        var low = Quantity(match.Groups["n1"].Value, match.Groups["s1"].Value, unit1.Value, match.Groups["approx"].Success || match.Groups["plus"].Success);
        Quantity? high = null;
        var set = new List<Quantity> { low };
        if (match.Groups["n2"].Success)
        {
            // "1–20s": an end without a unit takes the other end's.
            var highUnit = u2.Length > 0 ? unit2.Value : unit1.Value;
            low = u1.Length > 0 ? low : low with { Unit = highUnit };
            high = Quantity(match.Groups["n2"].Value, match.Groups["s2"].Value, highUnit, false);
            set = new List<Quantity> { low };
        }
        else if (match.Groups["set"].Success)
        {
            set = ParseSet(match.Groups["n1"].Value + u1 + match.Groups["set"].Value, unit1.Value);
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

        var bound = boundWord.ToLowerInvariant() switch
        {
            "up to" or "at most" or "max" or "maximum" or "<" or "<=" or "≤" => Bound.Max,
            "min" or "minimum" or "at least" or ">" or ">=" or "≥" => Bound.Min,
            "default" => Bound.Default,
            _ => match.Groups["dflt"].Success ? Bound.Default : Bound.None,
        };
        var exclusive = boundWord is "<" or ">";
        var after = QualifierAfter(text, end);
        var written = text.Substring(match.Index, end - match.Index).Trim();
        return new Phrase(bound, exclusive, low, high, set, noun, string.Join(" ", before), after, match.Index, end, written)
        {
            UpperUnitMissing = match.Groups["n2"].Success && u1.Length > 0 && u2.Length == 0 && noun.Length == 0,
        };
    }

    private static Quantity Quantity(string number, string scale, UnitInfo unit, bool approximate)
    {
        var value = decimal.Parse(number.Replace(",", string.Empty), NumberStyles.Number, CultureInfo.InvariantCulture);
        value *= scale switch { "K" => 1000m, "M" => 1000000m, _ => 1m };
        return new Quantity(value, number + scale, unit, approximate);
    }

    private static List<Quantity> ParseSet(string text, UnitInfo fallback)
    {
        var items = new List<Quantity>();
        foreach (var part in text.Split('/'))
        {
            var match = SetItem.Match(part);
            if (!match.Success || UnitTable.Find(match.Groups["u"].Value) is not { } unit)
            {
                return new List<Quantity>();
            }

            items.Add(Quantity(match.Groups["n"].Value, string.Empty, unit.Kind == UnitKind.None ? fallback : unit, false));
        }

        return items;
    }

    /// <summary>
    /// The count noun after a unitless number, PascalCased: up to three words before a stop word, the last
    /// one plural (<c>15 read replicas</c>), and a following <c>per X</c> (<c>10 containers per task</c>).
    /// Null when the words are not a plural noun (<c>1 message</c>).
    /// </summary>
    private static (string Noun, int End)? Noun(string text, int start)
    {
        var words = new List<(string Word, int End)>();
        var position = start;
        Match match;
        while (words.Count < 5 && (match = Word.Match(text, position)).Success)
        {
            words.Add((match.Groups["w"].Value, match.Index + match.Length));
            position = match.Index + match.Length;
        }

        var noun = words.TakeWhile(w => !StopWords.Contains(w.Word)).Take(3).ToList();
        if (noun.Count == 0)
        {
            return null;
        }

        var last = noun[noun.Count - 1].Word;
        if (last.Length <= 2 || !last.EndsWith("s", StringComparison.Ordinal) || last.EndsWith("ss", StringComparison.Ordinal))
        {
            return null;
        }

        if (noun.Count == 1 && last is "characters" or "chars")
        {
            return ("Length", noun[0].End);
        }

        var name = string.Concat(noun.Select(w => Name.IdentifierNamer.PascalWords(w.Word)));
        var end = noun[noun.Count - 1].End;
        if (words.Count > noun.Count + 1 && words[noun.Count].Word == "per")
        {
            name += "Per" + Name.IdentifierNamer.PascalWords(words[noun.Count + 1].Word);
            end = words[noun.Count + 1].End;
        }

        return (name, end);
    }

    private static bool IsNameWord(string word) => word.Length > 0 && char.IsUpper(word[0]) && word.All(char.IsLetter);

    private static string[] WordsBefore(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] is not (',' or ';' or '(' or ':' or '=' or '→'))
        {
            start--;
        }

        return text.Substring(start, index - start)
            .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool IsExample(string text, int index)
    {
        var start = Math.Max(0, index - 8);
        return text.IndexOf("e.g.", start, index - start, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static string QualifierAfter(string text, int end)
    {
        var match = Qualifier.Match(text, end);
        // A masked (history) clause is no qualifier.
        return match.Success ? match.Groups["q"].Value.Replace('\u2022', ' ').Trim() : string.Empty;
    }
}
