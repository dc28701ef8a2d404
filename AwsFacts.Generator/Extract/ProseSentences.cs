using System;
using System.Linq;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// Splits a line of prose into sentences, so each names its own values: "Functions run for up to 15 minutes. Memory
/// goes from 128 MB to 10,240 MB." is two. A full stop ends a sentence only before a capital letter, and not after
/// an abbreviation ("e.g.", "i.e.", "approx.", "vs."). A sentence in the first person up to its first value ("In our tests the buffer filled
/// at 512 MB") tells a story, not a limit, and is left out.
/// </summary>
internal static class ProseSentences
{
    private static readonly Regex End = new(
        @"(?<=[.!?])(?<!\b(?:[Ee]\.g|[Ii]\.e|[Aa]pprox|[Vv]s|[Ee]tc|[Ii]ncl|[Mm]in|[Mm]ax|[Nn]o|[Cc]f|[Ff]ig|[Ss]ec|[Cc]h|[Pp]p?|[Vv]ol|[Vv]er|[Vv]|[Oo]p|[Aa]rt|[Ee]q|[Nn]r)\.)\s+(?=[A-Z(""“]|[0-9][0-9,.]*\s+(?:is|are)\s)",
        RegexOptions.CultureInvariant);

    // "…spread over several AZs; clusters per region: 100." — a labelled clause after a semicolon stands alone.
    private static readonly Regex LabelledClause = new(@";\s+(?=[A-Za-z][A-Za-z -]{0,40}:\s*[~≈]?\d)", RegexOptions.CultureInvariant);

    // Never the "us" of a Region code (us-east-1) nor the "I" of I/O.
    private static readonly Regex FirstPerson = new(@"\b(?:I(?![/-])|[Ww]e|[Oo]ur|[Mm]y|[Uu]s(?!-)|I'(?:ve|m|d))\b", RegexOptions.CultureInvariant);

    // "Warning: The GetRecords limit is shared…", as wiki pages mark a remark: the word says how to read it, not what it is.
    private static readonly Regex CalloutWord = new(
        @"^(?:warning|note|info|tip|important|caution|nb|fyi|heads up|reminder|gotcha|remember|pro tip|exam tip|exam note|key point|takeaway|explanation|why|(?:the\s+)?reason|(?:the\s+)?fix|(?:the\s+)?catch|lesson(?:s)?\s+learned|bottom\s+line|tl;?dr)\s*[:!]\s+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The sentences of a prose line that may state values.</summary>
    public static IEnumerable<string> Split(string text)
    {
        foreach (var sentence in End.Split(CalloutWord.Replace(text, string.Empty)).SelectMany(s => LabelledClause.Split(s)))
        {
            var trimmed = Discourse.Replace(CalloutWord.Replace(sentence.Trim(), string.Empty), string.Empty); // "… bounced. The reason: `MaximumMessageSize` is …"
            trimmed = Interjection.Replace(trimmed, string.Empty); // "No, `DelaySeconds` goes up to 900"
            if (Stories.StatesNothing(trimmed))
            {
                continue; // a restatement, a narration or a question
            }

            if (trimmed.Length > 0 && !Stories.Tells(trimmed))
            {
                yield return NumberFirst.AsLabelled(trimmed);
            }
            else if (trimmed.Length > 0 && Stories.LaterClause(trimmed) is { } clause)
            {
                yield return clause; // "Our pipeline runs on SQS FIFO, and FIFO queues are limited to 300 TPS"
            }
        }
    }

    private static readonly Regex Interjection = new(@"^(?:no|nope|yes|yep|yeah|right|well|ok|okay|correct)\s*[,;:.!—–-]\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "As we can see, a new queue gets a 30-second visibility timeout": the reader's "we" tells no story.
    private static readonly Regex Discourse = new(
        @"^(?:as\s+(?:we|you)\s+(?:can\s+)?(?:see|saw)|as\s+shown(?:\s+above)?|(?:we|you)\s+can\s+see\s+that|note\s+that)[,:]?\s+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The first sentence of a text.</summary>
    public static string First(string text)
    {
        if (!MayHoldTwoSentences(text))
        {
            return text;
        }

        var end = End.Match(text);
        return end.Success ? text.Substring(0, end.Index) : text;
    }

    /// <summary>Whether a word is one that opens a callout ("Note", "Tip", "Warning"), not a name.</summary>
    public static bool IsCalloutWord(string word) => CalloutWord.IsMatch(word + ": x");

    /// <summary>
    /// Whether a sentence works a sum (<c>10 items × 2 = 20 RCUs</c>, <c>Each item is 8 KB = 2 RCUs</c>): its figures are
    /// the example's, no limit.
    /// </summary>
    public static bool IsCalculation(string sentence)
        => (HasCalculationMark(sentence) && (Multiplication.IsMatch(sentence) || Equation.IsMatch(sentence))) || IsWorkedExample(sentence);

    /// <summary>"RCU partitions: 15,000 / 3,000 = 5", "(2KB / 4KB) * 100 = 50": a sum written out, in a list or not.</summary>
    public static bool IsSum(string sentence)
        => HasCalculationMark(sentence) && Multiplication.IsMatch(sentence);

    /// <summary>Whether a sentence holds a sign a sum is written with (×, *, =, " x "): most do not, and are spared the patterns.</summary>
    private static bool HasCalculationMark(string sentence)
        => sentence.IndexOfAny(CalculationMarks) >= 0 || sentence.IndexOf(" x ", StringComparison.Ordinal) >= 0;

    /// <summary>"write 10 objs per second of 2kb each", "round up 6kb to 8kb", "(total rcu / 3000)": a worked example, in a list or not.</summary>
    public static bool IsWorkedExample(string sentence)
        => (sentence.IndexOf(" ea", StringComparison.OrdinalIgnoreCase) >= 0 || sentence.IndexOf("round", StringComparison.OrdinalIgnoreCase) >= 0
            || sentence.IndexOf(" / ", StringComparison.Ordinal) >= 0 || sentence.IndexOf("apiece", StringComparison.OrdinalIgnoreCase) >= 0)
           && WorkedExample.IsMatch(sentence); // most lines have none of its words: spared the pattern, tried at every letter

    // "write 10 objs per second of 2kb each", "need to round up 6kb to 8kb", "(total rcu / 3000)": a worked example.
    private static readonly Regex WorkedExample = new(
        @"\d\s?[A-Za-z]+\s+(?:each|ea\.?|apiece)\b(?!\s+(?:way|direction))|\bround(?:s|ed)?\s+(?:it\s+)?up\b|[A-Za-z)]\s+/\s+\d+\s*(?:\)|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly char[] CalculationMarks = { '×', '*', '✕', '=' };

    // "10 × 2", "(2KB / 4KB) * (100)", "15,000 / 3,000 = 5": operands may stand in brackets; a division is a sum only
    // where it comes to a result ("1 MB/s" divides nothing); "1 x 1KB write" is one of a thing, no sum.
    private static readonly Regex Multiplication = new(
        @"[\d)]\s*[×*✕]\s*[(\d]|(?<![\d.,])(?:[2-9]|[1-9]\d+)\s+x\s+\d|\d\s?[A-Za-z]{0,5}\s*\)?\s*/\s*\(?\s*\d[^=]{0,40}=\s*\(?\d",
        RegexOptions.CultureInvariant);

    // "8 KB = 2 RCUs", "3 KB = 3 WCUs": an amount equal to an amount of another thing, as a sum writes it ("1 ACU = 2 GiB"
    // defines a unit: a fact).
    private static readonly Regex Equation = new(@"(?<![\d.,])(?:[2-9]|[1-9]\d+)\s?[A-Za-z]+\s*=\s*\d+(?:\.\d+)?\s?[A-Za-z]+", RegexOptions.CultureInvariant);

    /// <summary>
    /// The text without a quoted question that opens it, the scenario an exam pointer answers: "“You need to deploy a
    /// 200 MB ML package?” → ✅ Use Lambda Container Image (up to 10 GB via ECR)" states only the answer's figure.
    /// </summary>
    public static string WithoutQuotedQuestion(string text)
        => text.Length > 0 && text.IndexOf('?') > 0 && QuotedQuestion.Match(text) is { Success: true } question && question.Length < text.Length
            ? text.Substring(question.Length)
            : text;

    private static readonly Regex QuotedQuestion = new(
        @"^\W*[“""][^”""]{3,}\?\s*[”""]\s*(?:→|->|=>|⇒|:|—|–|-)?[\s✅❌✔✖️]*", RegexOptions.CultureInvariant);

    /// <summary>The text without a callout word that opens it ("Exam tip: 504 = …" → "504 = …").</summary>
    public static string WithoutCallout(string text) => CalloutWord.Replace(text, string.Empty);

    /// <summary>
    /// A line that opens with a code span and its verb (<c>`BatchWriteItem` takes up to 25 requests per call</c>): the
    /// code names what the value limits, as a label would. Null for any other line.
    /// </summary>
    public static (string Label, string Value)? CodeSubject(string text)
    {
        var match = CodeFirst.Match(text);
        return match.Success ? (match.Groups["code"].Value, match.Groups["rest"].Value) : null;
    }

    private static readonly Regex CodeFirst = new(
        @"^`(?<code>[A-Za-z][\w.:-]*)`\s+(?<rest>(?:takes|returns|accepts|allows|supports|has|is|are|can|caps|holds|gets|goes|tops|must|lets|limits|writes|reads|handles|sends|deletes|puts|retrieves)\b.*\d.*)$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// A list item without the sentences after its first that tell the writer's own story: "Deregistration delay
    /// defaults to 300 seconds. We run 30 s so scale-in doesn't stall." states one limit.
    /// </summary>
    public static string WithoutLaterStories(string text)
    {
        if (!MayHoldTwoSentences(text))
        {
            return text;
        }

        var sentences = End.Split(text);
        return sentences.Length < 2 || !sentences.Skip(1).Any(OpensInFirstPerson)
            ? text
            : string.Join(" ", sentences.Where((s, i) => i == 0 || !OpensInFirstPerson(s)));
    }

    /// <summary>Whether a full stop, ! or ? is followed by white space: without one, <see cref="End"/> cannot split the text.</summary>
    private static bool MayHoldTwoSentences(string text)
    {
        for (var i = text.IndexOfAny(SentenceMarks); i >= 0 && i < text.Length - 1; i = text.IndexOfAny(SentenceMarks, i + 1))
        {
            if (char.IsWhiteSpace(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] SentenceMarks = { '.', '!', '?' };

    /// <summary>First person before the first number: "We run 30 s", not "up to 16 vCPU if we ever need it".</summary>
    private static bool OpensInFirstPerson(string sentence)
    {
        var digit = Grammar.Numbers.FirstDigit(sentence);
        return FirstPerson.IsMatch(digit < 0 ? sentence : sentence.Substring(0, digit));
    }

    /// <summary>Whether a list item tells the writer's own story ("I set up a table with 5 RCU"): no limit.</summary>
    public static bool IsStory(string text) => Stories.Tells(First(text));

    /// <summary>
    /// A prose sentence's label: up to <see cref="ProseLabelWords"/> words, then a colon and a number
    /// (<c>Health checks: 200 per account</c>). Any other colon in prose is prose.
    /// </summary>
    public static (string? Label, string Value) Label(string sentence)
    {
        var colon = sentence.IndexOf(':');
        if (colon <= 0 || colon == sentence.Length - 1)
        {
            return (null, sentence);
        }

        var label = WithoutLeadingFiller(sentence.Substring(0, colon).Trim());
        var value = sentence.Substring(colon + 1).Trim();
        return label.Length > 0 && char.IsLetter(label[0]) && label.Split(' ').Length <= ProseLabelWords && label.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '+' or '&' or '/')
               && Grammar.Numbers.StartsWithValue(BoundWord.Replace(value, string.Empty))
            ? (label, value)
            : (null, sentence);
    }

    /// <summary>
    /// Whether a sentence is about what the sentence before it was about: it opens with "it" or "they" and a verb
    /// ("It defaults to 30 seconds"), changes "it" or "that" ("You can raise that to a maximum of 14 days"), or names
    /// only a bound ("The default is 30 seconds").
    /// </summary>
    public static bool RefersBack(string sentence) => BackReference.IsMatch(sentence);

    private static readonly Regex BackReference = new(
        @"^\W*(?:(?:it|they)\s+(?!(?:is|was|'s|’s|are|were)\b)[a-z]+|you\s+can\s+(?:also\s+)?[a-z]+\s+(?:it|that|this|them)\b|the\s+(?:default|maximum|minimum|max|min|limit)\s+(?:is|was)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// What a sentence without a value is about, for a sentence after it that says "it": the few words before its verb
    /// ("The visibility timeout was the other trap" → "visibility timeout"), or null.
    /// </summary>
    public static string? SubjectOf(string sentence)
    {
        if (Grammar.Numbers.HasDigit(sentence) || FirstPerson.IsMatch(sentence))
        {
            return null;
        }

        var subject = SubjectPhrase.BeforeVerb(sentence.TrimEnd('.', '!', '?'));
        var words = subject.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words is > 0 and <= 3 && subject.Length < sentence.TrimEnd('.').Length)
        {
            return subject;
        }

        // "…it becomes invisible for the duration of the visibility timeout.": what the sentence ends on.
        var last = EndsOn.Match(sentence);
        return words == 0 && last.Success ? last.Groups["phrase"].Value : null;
    }

    private static readonly Regex EndsOn = new(@"\bthe\s+(?<phrase>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*[.!?]?$", RegexOptions.CultureInvariant);

    /// <summary>Whether a text speaks in the first person ("We use 3 stages", "our p99"): the team's own figures.</summary>
    public static bool IsFirstPerson(string text) => FirstPerson.IsMatch(text) || Ours.IsMatch(text);

    /// <summary>
    /// "ours: api fns 1024MB / 30s", "our cache hit ratio: 94%": a label in the first person heads the team's own
    /// figures; so does "ours" or "mine" opening a cheat sheet's clause ("ours 180 s", "ours (prod) = 168 h").
    /// </summary>
    public static bool OwnLabel(string text)
    {
        var colon = text.IndexOf(':');
        return (colon > 0 && colon < 40 && IsFirstPerson(text.Substring(0, colon))) || OpensWithOurs.IsMatch(text);
    }

    private static readonly Regex OpensWithOurs = new(@"^\W*(?:ours|mine)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Ours = new(@"\b[Oo]urs\b|\b[Mm]ine\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// A line labelled or titled by what something costs ("Pricing: …", "- Pay per duration:" over its items): its
    /// figures are a price list's, no limits. A price inside any other line is masked where values are scanned.
    /// </summary>
    public static bool IsPricing(string text, string groupTitle)
    {
        var colon = text.IndexOf(':');
        return (colon > 0 && colon < 50 && PricingWords.IsMatch(text.Substring(0, colon))) || (groupTitle.Length > 0 && PricingWords.IsMatch(groupTitle));
    }

    private static readonly Regex PricingWords = new(
        @"^\W*(?:easy\s+|simple\s+)?(?:pay\s+(?:per|for)\b|pricing\b|prices?\b|costs?\b|billing\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"Limitation", "Lambda Limits", "Hard limits", "Quotas": a section whose title says its figures are limits.</summary>
    public static bool IsLimitsTitle(string title) => LimitsTitle.IsMatch(title);

    private static readonly Regex LimitsTitle = new(
        @"^\W*(?:[A-Za-z0-9][\w-]*\s+){0,3}(?:limits?|limitations?|quotas?)(?:\s+(?:&|and)\s+quotas?)?\W*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// "Example Calculation", "Worked examples", "Partitioning Example": a section whose title says its figures are an
    /// example's holds no limit.
    /// </summary>
    public static bool IsExampleTitle(string title) => ExampleTitle.IsMatch(title);

    private static readonly Regex ExampleTitle = new(
        @"^\W*(?:(?:worked|sample|simple|quick|an?|the)\s+)?(?:examples?|calculations?|sample\s+calculations?|practice\s+questions?)\b(?!\s+(?:limits?|quotas?|defaults?))|\b(?:examples?|calculations?)\W*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// "e.g. 3 tasks behind 1 ALB", "For example: 10 items": a line that opens with an example holds no fact, nor one that
    /// counts the items of a list under it ("2 types of consumers:").
    /// </summary>
    public static bool OpensWithExample(string sentence)
        => ExampleOpening.IsMatch(sentence) || (sentence.TrimEnd().EndsWith(":", StringComparison.Ordinal) && ListIntro.IsMatch(sentence));

    // "2 types of consumers:", "There are 3 ways to encrypt:", "… using one of 4 methods:": a count of the items below, no limit.
    private static readonly Regex ListIntro = new(
        @"(?:^\s*(?:there\s+are\s+)?(?:the\s+)?|\b(?:one|any|each)\s+of\s+(?:the\s+)?|\b(?:using|with|has|have|are|offers?)\s+)\d+\s+(?:main\s+|different\s+|key\s+)?(?:types?|kinds?|ways?|options?|modes?|categories|flavou?rs?|methods?|components?|pillars?|parts?|models?|patterns?|strategies)\b[^.:]*:\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // In other languages too: "VD: 1 bucket S3" (Vietnamese "ví dụ"), "z.B.", "par exemple", "por ejemplo", "例えば".
    private static readonly Regex ExampleOpening = new(
        @"^\W*(?:e\.?g\.?|for\s+(?:example|instance)|example|ex\.|vd\.?|ví\s+dụ|z\.\s?b\.|zum\s+beispiel|par\s+exemple|p\.\s?ex\.|por\s+ejemplo|ad\s+esempio|例えば|例如|比如)[\s:,]",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"And the deployment package: 50 MB" is labelled "deployment package": a conjunction or article names nothing.</summary>
    private static string WithoutLeadingFiller(string label)
    {
        var words = label.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LeadingFiller.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(" ", words);
    }

    private static readonly HashSet<string> LeadingFiller = new(StringComparer.OrdinalIgnoreCase) { "and", "but", "or", "so", "then", "also", "plus", "the", "a", "an" };

    // "Timeout: max 29 s", "Payload: up to 10 MB": a bound may open a label's value.
    private static readonly Regex BoundWord = new(@"^(?:" + Grammar.QuantityScanner.ShortBoundWord + @"|≤|<=|≥|>=)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A label that opens a prose sentence has at most this many words.</summary>
    private const int ProseLabelWords = 4;
}
