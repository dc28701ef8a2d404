using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// Prose sentences that hold a number but state no AWS fact: the writer's own story ("In our tests the buffer filled at
/// 512 MB"), a narration in the past tense, a question, a restatement in other units; and the clause after a story
/// that does state one ("…, and FIFO queues are limited to 300 TPS").
/// </summary>
internal static class Stories
{
    /// <summary>
    /// First person up to the end of the clause that holds the first number: "In our tests the buffer filled at 512 MB",
    /// "It filled at 512 MB in our tests". An aside after the values ("…at most 900 seconds, which is how our first deploy
    /// died") leaves the limit a limit.
    /// </summary>
    public static bool Tells(string sentence)
    {
        var digit = Grammar.Numbers.FirstDigit(sentence);
        var clauseEnd = digit < 0 ? sentence.Length : sentence.IndexOfAny(ClauseEnds, digit);
        var head = clauseEnd < 0 ? sentence : sentence.Substring(0, clauseEnd);
        var said = WeCan.Replace(head, string.Empty);
        return ProseSentences.IsFirstPerson(said); // "(Ours: 64 MiB / 600 s on the clickstream stream.)"
    }

    private static readonly char[] ClauseEnds = { ',', ';', '(' };

    // "We can go as high as 12 hours": what anyone can do, as "you can" says it, is no story of the team's.
    private static readonly Regex WeCan = new(@"\b[Ww]e\s+(?:can(?:not)?|can't|could|may|are\s+allowed\s+to)\b", RegexOptions.CultureInvariant);

    /// <summary>Whether a sentence states no fact though it may hold a number: a restatement, a narration or a question.</summary>
    public static bool StatesNothing(string sentence) => Restates(sentence) || Narrates(sentence) || Asks(sentence);

    /// <summary>
    /// A sentence that tells what happened, in the past tense and with no verb in the present: "Two days later a 380 KB
    /// invoice preview bounced", "It worked beautifully until a file took 13 hours". Limits are stated in the present,
    /// or as the change that set them ("That got raised to 100 items per transaction in 2022").
    /// </summary>
    private static bool Narrates(string sentence)
    {
        var said = Aside.Replace(sentence, string.Empty); // "100 (it was 25 before Sep 2022)": an aside tells history, not the sentence
        // Without a number it states nothing, but may say what the next sentence's "it" is: "The timeout was the trap."
        return Grammar.Numbers.HasDigit(said) && PastVerb.IsMatch(said) && !PresentVerb.IsMatch(said);
    }

    private static readonly Regex Aside = new(@"\([^()]*\)", RegexOptions.CultureInvariant);

    private static readonly Regex PastVerb = new(
        @"\b(?:was|were|took|had|got|went|ran|became|began|came|kept|grew|bounced|crashed|failed|happened|worked|started|noticed|realized|realised|decided|tried|spent|paid|wrote|shipped|deployed|broke|lost|received|onboarded|celebrated|assumed)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex PresentVerb = new(
        @"\b(?:is|are|isn't|aren't|can|cannot|can't|default|defaults|support|supports|allow|allows|accept|accepts|take|takes|get|gets|has|have|hold|holds|keep|keeps|limit|limits|cap|caps|must|may|will|won't|stay|stays|go|goes|run|runs|let|lets|max|min|maximum|minimum|up to|at most|at least|now|raised|increased|lifted|bumped)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "Isn't the max delay 5 minutes?": a question asks, and a guess in it is no fact.
    private static bool Asks(string sentence) => sentence.EndsWith("?", StringComparison.Ordinal);

    // "That upper bound works out to 12 hours": the sentence before said it in other units.
    private static bool Restates(string sentence)
    {
        var digit = Grammar.Numbers.FirstDigit(sentence);
        return digit > 0 && Restatement.IsMatch(sentence.Substring(0, digit));
    }

    private static readonly Regex Restatement = new(@"^(?:that|this|which)\b.*\b(?:works|comes)\s+out\s+to\s+(?:about\s+|roughly\s+|exactly\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The clause of a story sentence that states a value on its own after the story: "Our order pipeline runs on an
    /// SQS FIFO queue, and FIFO queues are limited to 300 transactions per second" → "FIFO queues are limited to …".
    /// Null when the value is in the story's own clause.
    /// </summary>
    public static string? LaterClause(string sentence)
    {
        // The join before the last number: a number in the story's own clause (a code name's "V2") comes before it.
        var digit = sentence.Length - 1;
        while (digit >= 0 && !char.IsDigit(sentence[digit]))
        {
            digit--;
        }

        var joins = digit < 0 ? null : ClauseJoin.Matches(sentence.Substring(0, digit)).Cast<Match>().LastOrDefault();
        var clause = joins is null ? null : sentence.Substring(joins.Index + joins.Length);
        return clause is not null && !Tells(clause) && !Pronoun.IsMatch(clause) ? clause : null;
    }

    private static readonly Regex ClauseJoin = new(@"[,;]\s+(?:and|but|while|whereas)\s+|;\s+", RegexOptions.CultureInvariant);

    // "…, and it filled at 512 MB": a clause that opens with a pronoun goes on with the story.
    private static readonly Regex Pronoun = new(@"^(?:it|they|that|this|these|those|he|she|you)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
}
