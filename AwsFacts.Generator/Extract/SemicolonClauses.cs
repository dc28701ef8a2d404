using System;
using System.Collections.Generic;
using System.Linq;
using AwsFacts.Generator.Extract.Grammar;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// A list item that states several limits, each with its own label, separated by semicolons:
/// <c>Users per acct: 5,000; groups per acct: 300</c> is two facts, as if written on two lines. A clause after a
/// semicolon stands alone only when it has its own label (words before its number that are not just "max",
/// "default" or "up to"), so <c>Timeout: 30 s default; max 12 h</c> stays one fact.
/// </summary>
internal static class SemicolonClauses
{
    private static readonly HashSet<string> BoundWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "max", "maximum", "min", "minimum", "default", "def", "up", "to", "at", "most", "least", "and", "or", "but", "then",
        // "Delivery delay: Default is 0; can be set up to 15 minutes": a verb without a subject continues the label's.
        "can", "may", "be", "is", "set", "configured", "configurable", "adjustable", "increased", "raised", "extended",
    };

    /// <summary>The item's clauses, or null when it is one statement (or its pinned names are for the whole line).</summary>
    public static IReadOnlyList<string>? Split(string text, bool pinned)
    {
        if (pinned)
        {
            return null;
        }

        if (text.IndexOf('|') >= 0 && Bars(text) is { } bars)
        {
            return bars;
        }

        // "visibility → def 30 s · max 43,200 s (12 h)": a spaced middle dot separates like a bar.
        if (text.IndexOf(" · ", StringComparison.Ordinal) >= 0 && Bars(text.Replace(" · ", " | ")) is { } dots)
        {
            return dots;
        }

        if (text.IndexOf(';') < 0)
        {
            return null;
        }

        var clauses = TopLevel(text, ';').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (clauses.Count < 2 || !clauses.All(Numbers.HasDigit) || !clauses.Skip(1).All(HasOwnLabel))
        {
            return null;
        }

        return clauses;
    }

    /// <summary>
    /// A cheat sheet's line of facts between bars — <c>SQS: msg 256KB | retention 1m–14d (def 4d) | vis timeout 0s–12h</c>
    /// — is as many statements. A part without words of its own (<c>| max 60 days</c>) or without a number stays with the
    /// part before it.
    /// </summary>
    private static IReadOnlyList<string>? Bars(string text)
    {
        var clauses = new List<string>();
        foreach (var part in TopLevel(text, '|').Select(c => c.Trim()).Where(c => c.Length > 0))
        {
            if (clauses.Count > 0 && (!Numbers.HasDigit(part) || !HasWords(part)))
            {
                clauses[clauses.Count - 1] += " | " + part;
                continue;
            }

            clauses.Add(part);
        }

        if (clauses.Count < 2)
        {
            return null;
        }

        // "KDS shard: in 1 MB/s | out 2 MB/s": a topic label over the first part's words is every part's.
        var topic = TopicLabel.Match(clauses[0]);
        return topic.Success
            ? clauses.Select((c, i) => i == 0 || c.IndexOf(':') >= 0 ? c : topic.Groups["label"].Value + ": " + c).ToList()
            : clauses;
    }

    // A short label whose value opens with words, not a number or a bound: "ALB: idle timeout def 60s".
    private static readonly System.Text.RegularExpressions.Regex TopicLabel = new(
        @"^(?<label>[A-Za-z][^:|]{0,40}?):\s+(?!(?:" + Grammar.QuantityScanner.ShortBoundWord + @"|up|at|about|around|approx)\b)[A-Za-z]",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Words before the clause's first number that are not only bounds: <c>retention 1m–14d</c>, not <c>max 60 days</c>.</summary>
    private static bool HasWords(string clause)
    {
        var before = clause.Substring(0, Numbers.FirstDigit(clause));
        return before.Split(new[] { ' ', '\t', ':', ',' }, StringSplitOptions.RemoveEmptyEntries).Any(w => w.Any(char.IsLetter) && !BoundWords.Contains(w));
    }

    /// <summary>Words before the clause's first number that name something: <c>groups per acct 300</c>, not <c>max 12 h</c>.</summary>
    private static bool HasOwnLabel(string clause)
    {
        var digit = Numbers.FirstDigit(clause);
        var before = clause.Substring(0, digit);
        var words = before.Split(new[] { ' ', '\t', ':', ',' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w.Any(char.IsLetter) && !BoundWords.Contains(w)) && !Numbers.StartsWithDigit(clause)
               && (before.IndexOf(':') >= 0 || EndsSoonAfter(clause.Substring(digit)));
    }

    /// <summary>
    /// A label without a colon then a value that ends the clause (a unit or a word after it at most):
    /// <c>groups per acct 300</c>, not <c>periods under 60s only for high-resolution metrics</c>, which is prose.
    /// </summary>
    private static bool EndsSoonAfter(string value)
    {
        var paren = value.IndexOf('(');
        var words = (paren >= 0 ? value.Substring(0, paren) : value).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3;
    }

    /// <summary>The text split at a separator outside parentheses.</summary>
    private static IEnumerable<string> TopLevel(string text, char separator)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' && depth > 0 ? -1 : 0;
            if (text[i] == separator && depth == 0)
            {
                yield return text.Substring(start, i - start);
                start = i + 1;
            }
        }

        yield return text.Substring(start);
    }
}
