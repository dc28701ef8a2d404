using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// Flashcards: <c>Q: How many access keys per user? A: 2</c>, on one line or two, with <c>Q.</c>/<c>A.</c>, in bold or
/// after a dash. The answer is the value, and the question, as the noun phrase it asks about, its label:
/// <c>How many IAM users can an account have?</c> → "IAM users per account", <c>Max number of groups a user can be
/// in?</c> → "Max groups per user", <c>Waiting period before a key is deleted?</c> → "Waiting period".
/// </summary>
internal static class QuestionAnswers
{
    private static readonly Regex Card = new(
        @"^Q\s*[:.]\s*(?<q>.+?)\s*[—–-]*\s*\bA\s*[:.]\s+(?<a>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    // "How many IAM users can an account have" → "IAM users" counted per "account".
    private static readonly Regex HowMany = new(
        @"^how many (?<x>.+?)(?: (?:can|could|does|do|may|will|is|are|in|on|for) (?:be \w+ (?:to|in|on|with) )?(?:a|an|one|each|the|your|per) (?<y>[\w-]+(?: [\w-]+)??)(?: \w+)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "Max number of groups a user can be in" → "Max groups per user"; "… of parts in a multipart upload" → "… per multipart upload".
    private static readonly Regex NumberOf = new(
        @"^(?<max>max(?:imum)?|min(?:imum)?) number of (?<x>.+?) (?:(?:in|on|for|of) )?(?:a|an|each|one|per) (?:single )?(?<y>[\w-]+(?: upload| call| request| function| table| queue| topic| bucket| stream)?)\b.*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "Max deployment package size (direct upload)?": a remark in parentheses; never "(default)", "(max)", which say what the answer is.
    private static readonly Regex Remark = new(
        @"\s*\((?!\s*(?:default|max|maximum|min|minimum|soft|hard)\s*\))[^()]*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "How much data does one Query call return" → "data" per "Query call".
    private static readonly Regex HowMuch = new(
        @"^how much (?<x>\w+(?: \w+)?) (?:does|do|can|will|may) (?:a|an|one|each|the|a single) (?<y>[\w/@-]+(?: [\w/@-]+)?) \w+$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "Max timeout for a Lambda function", "Max throughput of a single partition": what the limit applies to, last.
    private static readonly Regex AppliesTo = new(
        @"\s+(?<prep>for|of|in|on) (?:a|an|one|each|every|the|your) (?:new |single |given )?(?<x>[\w@/-]+(?: [\w@/-]+){0,2})$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "Managed policies attached to one role" → "Managed policies per role".
    private static readonly Regex AttachedTo = new(
        @"\b(?:attached|assigned|added|allowed) (?:to|in|on) (?:a|an|one|each|the|a single) ", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // What opens a question and names nothing: "What is the", "How often does", "How long can".
    private static readonly Regex Opening = new(
        @"^(?:what(?:'s| is| are)?|which|how (?:often|long|deep|large|big|much|far|fast)(?: (?:does|do|is|are|can|will|should))?)\s+(?:the\s+)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "… — standard vs high-resolution", "… interval options": the answer's values say which is which.
    private static readonly Regex Choices = new(
        @"(?:\s*[—–:-]?\s+[\w-]+\s+(?:vs\.?|versus)\s+[\w-]+|\s*[—–:-]?\s+(?:default|min(?:imum)?)\s*(?:and|&|/|,)\s*max(?:imum)?|\s+options)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // A question that puts its own verb last: "How often does automatic rotation happen", "What can a function use".
    private static readonly Regex AskedWithVerb = new(@"^\w+(?:\s+\w+)?\s+(?:does|do|did|can|will|should|must)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // The question's own helping verb and what follows it, after its noun phrase: "memory can I give a function",
    // "task sizes does Fargate support", "items can go in a transaction" ask about memory, task sizes, items.
    private static readonly Regex AskedPart = new(
        @"(?<=\S)\s+(?:can|could|does|do|did|will|would|should|may|might|must)(?:\s+\S.*)?$", RegexOptions.CultureInvariant);

    // Where a question's noun phrase ends: "Waiting period before a key is deleted", "Max plaintext you can pass".
    private static readonly Regex Tail = new(
        @"\s+(?:before|after|when|if|that|which|who|you|we|I|it|for which|to be)\b.*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The question a bold line asks, when its answer is the paragraph after it (<c>**Q: How long can a function run?**</c>,
    /// <c>**What is the max item size?**</c>); null for any other line.
    /// </summary>
    public static string? Question(string text)
    {
        var question = QuestionMark.Match(text.Trim());
        return question.Success && question.Groups["q"].Value.Any(char.IsLetter) ? question.Groups["q"].Value.Trim() : null;
    }

    private static readonly Regex QuestionMark = new(@"^(?:Q\s*\d*\s*[:.]\s*)?(?<q>[^?]+\?)$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The scenario of a numbered practice-exam question (<c>Q17. A company needs a REST API … What is the cause?</c>,
    /// its options after it): the words before its question mark; null for any other paragraph.
    /// </summary>
    public static string? ExamQuestion(string text)
    {
        var match = Numbered.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var mark = text.IndexOf('?');
        return mark > 0 ? text.Substring(match.Length, mark - match.Length) : text.Substring(match.Length);
    }

    private static readonly Regex Numbered = new(@"^(?:Q(?:uestion)?\s*)\d+\s*[.:)]\s+", RegexOptions.CultureInvariant);

    /// <summary>The answer a paragraph gives after a question line: its text without an opening <c>A:</c>.</summary>
    public static string? Answer(string text)
    {
        var answer = AnswerMark.Replace(text.Trim(), string.Empty);
        return answer.Length > 0 ? answer : null;
    }

    private static readonly Regex AnswerMark = new(@"^(?:A\s*\d*\s*[:.]|Answer\s*:)\s*", RegexOptions.CultureInvariant);

    /// <summary>Whether an answer's sentence opens with its amount (<c>Up to 35 days</c>, <c>5 TB</c>, <c>Anywhere from 128 MB</c>): then it is the value of what the question asks.</summary>
    public static bool OpensWithAmount(string sentence) => AmountFirst.IsMatch(sentence);

    private static readonly Regex AmountFirst = new(
        @"^(?:(?:up\s+to|anywhere\s+from|from|between|at\s+most|at\s+least|about|around|roughly|approximately|approx\.?|usually|typically|only|just|max(?:imum)?|min(?:imum)?|default|by\s+default|yes|no)\b[\s,–—-]*)*[~≈<>≤≥]?\s*\d",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Whether a line is written as a flashcard (a question then its answer), whether or not it asks for a value.</summary>
    public static bool IsCard(string text) => text.Length >= 6 && text[0] == 'Q' && Card.IsMatch(text);

    /// <summary>The card's label (the question as a noun phrase) and value (the answer), or null when the text is no card.</summary>
    /// <param name="text">The card's text.</param>
    /// <param name="service">The title of the class the card is in (<c>Lambda</c>): a question about "a Lambda function" asks about the class itself.</param>
    public static (string Label, string Value)? Split(string text, string service = "")
    {
        if (text.Length < 6 || text[0] != 'Q')
        {
            return null;
        }

        var card = Card.Match(text);
        if (!card.Success)
        {
            return null;
        }

        var question = Choices.Replace(Remark.Replace(card.Groups["q"].Value, string.Empty).Trim().TrimEnd('?', ' ', '—', '–', '-'), string.Empty);
        var label = LabelOf(WithoutAppliesTo(question, service));
        return label.Length > 0 && label.Any(char.IsLetter) ? (label, card.Groups["a"].Value.Trim()) : null;
    }

    /// <summary>
    /// The question without what its limit applies to when that is the class itself ("Max timeout for a Lambda
    /// function" under Lambda → "Max timeout"), or with it as "per" when the limit is counted per one of them ("Max
    /// throughput of a single partition" → "Max throughput per partition").
    /// </summary>
    private static string WithoutAppliesTo(string question, string service)
    {
        var match = AppliesTo.Match(question);
        if (!match.Success || question.StartsWith("How many", StringComparison.OrdinalIgnoreCase) || NumberOf.IsMatch(question))
        {
            return question;
        }

        var head = question.Substring(0, match.Index);
        var serviceWords = service.Split(new[] { ' ', '.', ')', ':' }, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        if (serviceWords.Count > 0 && match.Groups["x"].Value.Split(' ').Any(w => serviceWords.Any(s => string.Equals(s, w, StringComparison.OrdinalIgnoreCase))))
        {
            return head;
        }

        return match.Groups["prep"].Value.ToLowerInvariant() is "of" or "in" ? head + " per " + match.Groups["x"].Value : question;
    }

    /// <summary>
    /// A heading that asks a question (<c>#### How do I configure the maximum message size for Amazon SQS?</c>) as the noun
    /// phrase it asks about ("maximum message size"), for the values under it; null for a heading that asks nothing.
    /// </summary>
    public static string? HeadingLabel(string title, string service)
    {
        var question = title.Trim();
        if (!question.EndsWith("?", StringComparison.Ordinal) && !AskingWord.IsMatch(question))
        {
            return null;
        }

        question = HowTo.Replace(Remark.Replace(question, string.Empty).Trim().TrimEnd('?', ' '), string.Empty);
        // "… for Amazon SQS" under SQS: the class itself.
        var about = ForService.Match(question);
        question = about.Success && service.Length > 0 && about.Groups["service"].Value.IndexOf(service, StringComparison.OrdinalIgnoreCase) >= 0
            ? question.Substring(0, about.Index)
            : question;
        var label = LabelOf(WithoutAppliesTo(question, service));
        return label.Length > 0 && label.Any(char.IsLetter) && label.Split(' ').Length <= 6 ? label : null;
    }

    private static readonly Regex ForService = new(@"\s+(?:for|in|on|with|of)\s+(?:amazon\s+|aws\s+)?(?<service>[\w ]+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex AskingWord = new(@"^(?:how|what|which|when|why|can|does|is|are)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "How do I configure …", "How can you increase …", "… Amazon SQS to support longer message retention": the asking, not the asked.
    private static readonly Regex HowTo = new(
        @"^(?:how\s+(?:do|can|should|would)\s+(?:i|you|we)\s+(?:configure|set|change|increase|extend|decrease|raise|get|use|enable|make|handle)?\s*(?:(?:amazon|aws)\s+)?(?:\w+\s+to\s+(?:support|allow|use|have|get)\s+)?)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static string LabelOf(string question)
    {
        if (HowMany.Match(question) is { Success: true } howMany)
        {
            var counted = AskedPart.Replace(howMany.Groups["x"].Value, string.Empty);
            return howMany.Groups["y"].Success ? $"{counted} per {howMany.Groups["y"].Value}" : counted;
        }

        if (HowMuch.Match(question) is { Success: true } howMuch)
        {
            return $"{howMuch.Groups["x"].Value} per {howMuch.Groups["y"].Value}";
        }

        if (NumberOf.Match(question) is { Success: true } numberOf)
        {
            return $"{numberOf.Groups["max"].Value} {numberOf.Groups["x"].Value} per {numberOf.Groups["y"].Value}";
        }

        var phrase = AttachedTo.Replace(Opening.Replace(question, string.Empty), " per ");
        phrase = AskedPart.Replace(Tail.Replace(phrase, string.Empty), string.Empty);
        // "of a customer managed policy", "my deployment package": articles and owners say nothing a name needs.
        var words = phrase.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("a" or "an" or "the" or "my" or "your" or "our" or "their")).ToList();
        if (words.Count > 1 && words[words.Count - 1] == "be")
        {
            words.RemoveAt(words.Count - 1); // "How big can my deployment package be"
            return string.Join(" ", words);
        }

        // "How often does automatic rotation happen": the question's own verb ends the phrase.
        if (words.Count > 1 && AskedWithVerb.IsMatch(question) && words[words.Count - 1].All(char.IsLower) && !words[words.Count - 1].EndsWith("s", StringComparison.Ordinal))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(" ", words);
    }

    /// <summary>
    /// Whether lines are a multiple-choice question's options: each opens with the next letter from A ("A. 100 KB",
    /// "B) 256 KB", "(C) 400 KB"), three or more of them. None of them is a fact, the right one included.
    /// </summary>
    public static bool AreOptions(IReadOnlyList<string> lines)
    {
        if (lines.Count < 3)
        {
            return false;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var match = Option.Match(lines[i]);
            if (!match.Success || char.ToUpperInvariant(match.Groups["letter"].Value[0]) != (char)('A' + i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a paragraph opens with "A." or "A)" (most do not, and are spared splitting into lines).</summary>
    public static bool OpensLikeOption(Markdig.Syntax.Inlines.ContainerInline? inline)
        => inline?.FirstChild is Markdig.Syntax.Inlines.LiteralInline { Content: var content } && content.Length >= 3
           && content[content.Start] is 'A' or 'a' or '(' && content.ToString() is var text && Option.IsMatch(text);

    private static readonly Regex Option = new(@"^\s*\(?(?<letter>[A-Ha-h])[.)]\s+\S", RegexOptions.CultureInvariant);
}
