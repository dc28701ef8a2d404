using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Extract.Grammar;

/// <summary>
/// The words around a value that say what it is when nothing else on its line does: what it is of (<c>20 GiB of
/// ephemeral storage</c>), the noun a value used as an adjective qualifies (<c>a 30-second visibility timeout</c>), what
/// "a maximum … of" bounds, the words that close the line (<c>2 MB/s data read rate</c>), the step a setting moves by
/// (<c>in 1 MB steps</c>), which way a value goes (<c>for reads</c>), and the one word after each of several values
/// (<c>50 MB compressed / 250 MB uncompressed</c>).
/// </summary>
internal static class ValueWords
{
    /// <summary>
    /// What the words right around a lone value say it measures, best first: what it is of, the noun it qualifies, what
    /// "a maximum … of" bounds, then (when <paramref name="closingToo"/>) the words that close its line; null when none do.
    /// </summary>
    public static string? Measured(string masked, Phrase phrase, bool closingToo)
        => OfNoun(masked, phrase.End) ?? InDimension(masked, phrase.End) ?? AdjectiveNoun(masked, phrase) ?? BoundNoun(masked, phrase)
           ?? (closingToo ? ClosingNoun(masked, phrase) : null);

    /// <summary>"Messages up to 256KB in size", "names 3-63 characters in length": the dimension the value measures, or null.</summary>
    private static string? InDimension(string masked, int end)
        => InDimensionWords.Match(masked, end) is { Success: true } match && match.Index == end ? match.Groups["w"].Value : null;

    private static readonly Regex InDimensionWords = new(@"\G\s+in\s+(?<w>size|length|duration)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Words that, first in a parenthesis, say it qualifies nothing: <c>(no batch)</c>, <c>(default)</c>.</summary>
    internal static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "without", "not", "default", "preferred",
        // Remarks on how firm or exact a figure is tell no two figures apart: "10,000 per second (adjustable)".
        "adjustable", "soft", "hard", "approx", "approximately", "about", "roughly", "typically", "usually",
    };

    /// <summary>
    /// The noun a size or duration is of, written right after it (<c>20 GiB of ephemeral storage by default</c> →
    /// "ephemeral storage"), or null. Vague nouns (<c>of data</c>, <c>of the time</c>) name nothing.
    /// </summary>
    private static string? OfNoun(string masked, int end)
    {
        var match = OfWords.Match(masked, end);
        return match.Success && match.Index == end ? match.Groups["words"].Value : null;
    }

    /// <summary>
    /// The noun a hyphenated value qualifies (<c>a 30-second visibility timeout</c> → "visibility timeout", <c>a
    /// 5-minute deduplication window</c>), or null.
    /// </summary>
    private static string? AdjectiveNoun(string masked, Phrase phrase)
    {
        // "a 1 day retention period", as "a 1-day retention period": after an article, a value in a singular unit qualifies a noun.
        // "7-30 day waiting period": a range in a singular unit qualifies a noun too.
        if (!HyphenatedValue.IsMatch(phrase.Written.Trim()) && !(SingularValue.IsMatch(phrase.Written.Trim()) && AfterArticle(masked, phrase.Start))
            && !RangeAdjective.IsMatch(phrase.Written.Trim()))
        {
            return null;
        }

        // "a 30-day window": a word that only says it is a span of time or size names nothing.
        var match = NounAfter.Match(masked, phrase.End);
        return match.Success && match.Index == phrase.End && !GenericNouns.Contains(match.Groups["words"].Value) ? match.Groups["words"].Value : null;
    }

    /// <summary>"128 MB → 10,240 MB in 1 MB steps", "auto-expanding in 10 GB increments": whether the value is the step a setting moves by.</summary>
    public static bool IsIncrement(string masked, Phrase phrase) => IncrementAfter.Match(masked, phrase.End) is { Success: true } step && step.Index == phrase.End;

    private static readonly Regex IncrementAfter = new(
        @"\G\s+(?:increments?|steps?|chunks?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The words that close a line after a value that nothing else names (<c>up to 2 MB/s data read rate</c> under
    /// "each shard can:" → "data read rate"), or null: up to three words, to the end of the clause, none of them a
    /// word that opens a phrase or a verb.
    /// </summary>
    private static string? ClosingNoun(string masked, Phrase phrase)
    {
        var match = ClosingWords.Match(masked, phrase.End);
        if (!match.Success || match.Index != phrase.End)
        {
            return null;
        }

        var words = match.Groups["words"].Value.Split(' ');
        // "…5120 characters respectively", "…60 days hibernated", "3-63 characters long": how, not what.
        return words.Any(w => NotNouns.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
               || GenericNouns.Contains(words[words.Length - 1])
            ? null
            : match.Groups["words"].Value;
    }

    private static readonly Regex ClosingWords = new(
        @"\G\s+(?<words>[A-Za-z][a-z-]*(?: [a-z][a-z-]*){0,2})\s*(?:\([^()]*\)\s*)?(?:[.,;]\s*)?$", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "per", "for", "in", "of", "to", "and", "or", "the", "a", "an", "by", "with", "each", "is", "are", "be", "was", "from", "at", "on",
        "max", "min", "maximum", "minimum", "default", "total", "only", "each", "every", "then", "more", "less", "approx", "roughly",
        "is", "can", "will", "it", "that", "this", "which", "you", "we", "if", "when", "after", "before", "later", "ago", "old", "free",
        "long", "wide", "high", "low", "big", "large", "small", "away", "apart", "ahead", "behind", "back", "up", "down", "off",
    };

    private static readonly HashSet<string> GenericNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "window", "period", "span", "time", "duration", "limit", "cap", "maximum", "minimum", "max", "min", "default", "value", "size",
    };

    /// <summary>
    /// What "a maximum … of" names right before a value, the bound word with it (<c>up to a maximum total data read rate of
    /// 2 MB/s</c> → "maximum total data read rate"), or null.
    /// </summary>
    private static string? BoundNoun(string masked, Phrase phrase)
    {
        var match = EndsWithOf(masked, phrase.Start) ? MaxOfWords.Match(masked.Substring(0, phrase.Start)) : Match.Empty;
        return match.Success ? match.Groups["words"].Value : null;
    }

    /// <summary>Whether the word "of" ends the text before <paramref name="start"/> (most values have no "… of" before them).</summary>
    private static bool EndsWithOf(string masked, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(masked[end - 1]))
        {
            end--;
        }

        return end >= 3 && masked[end - 1] is 'f' or 'F' && masked[end - 2] is 'o' or 'O' && char.IsWhiteSpace(masked[end - 3]);
    }

    private static readonly Regex MaxOfWords = new(
        @"\b(?:a|the)\s+(?<words>(?:maximum|minimum|max|min)\s+(?:[a-z-]+\s+){0,4}[a-z-]+)\s+of\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"5 transactions per second for reads … 1,000 records per second for writes": which way a value goes, or null.</summary>
    public static string? Way(string masked, int end)
        => Direction.Match(masked, end) is { Success: true } way && way.Index == end
            ? way.Groups["way"].Value.TrimEnd('s') switch { "reading" => "read", "writing" => "write", var w => w }
            : null;

    private static readonly Regex Direction = new(
        @"\G\s+for\s+(?<way>reads?|writes?|reading|writing|uploads?|downloads?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex RangeAdjective = new(
        @"^\d[\d.,]*\s?[-–]\s?\d[\d.,]*[\s-](?:second|minute|hour|day|week|month|year)$", RegexOptions.CultureInvariant);

    private static readonly Regex SingularValue = new(@"^\d[\d.,]*\s(?:second|minute|hour|day|week|month|year|GB|MB|KB|TB)$", RegexOptions.CultureInvariant);

    private static bool AfterArticle(string masked, int start)
    {
        var before = masked.Substring(0, start).TrimEnd();
        return before.EndsWith(" a", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" an", StringComparison.OrdinalIgnoreCase)
               || before.Equals("a", StringComparison.OrdinalIgnoreCase) || before.Equals("an", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly Regex HyphenatedValue = new(@"^\d[\d.,]*-[A-Za-z]+$", RegexOptions.CultureInvariant);

    private static readonly Regex NounAfter = new(
        @"\G\s+(?<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?=\s+(?:by|per|for|in|on|at|and|or|with|to|from|is|are|was|were|each|before|after|when|if|that|which|applies|apply|holds|lasts|keeps|runs|means|gets|can|will|has|have|you|we|but|so)\b|\s*[.,;:)]|\s*$)",
        RegexOptions.CultureInvariant);

    private static readonly Regex OfWords = new(
        @"\G\s+of\s+(?!(?:the|a|an|data|it|its|which|them|this|that|these|those|our|my|your|their|up|about|at|time|headroom)\b)(?<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?=\s+(?:by|per|for|in|on|at|and|or|with|to|from|is|are|was|each|before|after|when|if|that|which|you|we)\b|\s*[.,;:)]|\s*$)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// One word after each value, the same way on each ("50 MB compressed / 250 MB uncompressed", "6 MB synchronous, 256 KB
    /// async"): the words that tell the values apart, each its value's; null when any value has none.
    /// </summary>
    public static string[]? Parallel(string masked, List<List<Phrase>> groups)
    {
        var words = new string[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            var end = groups[i][groups[i].Count - 1].End;
            var match = WordBeforeNext.Match(masked, end);
            var word = match.Groups["word"].Value;
            if (!match.Success || match.Index != end || NotNouns.Contains(word) || GenericNouns.Contains(word) || Negations.Contains(word))
            {
                return null;
            }

            words[i] = word;
        }

        return words.Distinct(StringComparer.OrdinalIgnoreCase).Count() == words.Length ? words : null;
    }

    private static readonly Regex WordBeforeNext = new(
        @"\G\s+(?<word>[a-z][a-z-]+)\s*(?:[/,;]|$)", RegexOptions.CultureInvariant);
}
