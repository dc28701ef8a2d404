using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// The words that name a value without a label: what the sentence says it measures (<c>Failover &lt; 30 sec</c>
/// → "Failover"; <c>The maximum number of concurrent executions is 1,000</c> → "maximum concurrent executions"),
/// and the title of the section around it with its filler ("Overview", "Limits", "1.") left out.
/// </summary>
internal static class SubjectPhrase
{
    private static readonly char[] Spaces = { ' ' };

    private static readonly char[] ClauseBounds = { ',', ';', ':', '(', ')', '=', '→', '.' };

    // Words that open a phrase without naming anything: "for", "the", "each".
    private static readonly HashSet<string> Leading = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "a", "an", "the", "with", "on", "in", "at", "each", "every", "per", "all", "any", "its", "their",
        "and", "or", "but", "then", "while", "whereas", "so", "if", "iff", "unless",
        // Forum and chat openers: "No, max timeout is 15 minutes", "FWIW BatchWriteItem is capped at 25 items".
        "no", "no,", "yes", "yes,", "also", "also,", "well", "well,", "actually", "actually,", "fwiw", "iirc", "afaik", "imo", "tbh",
        "til", "edit:", "update:", "btw", "nb", "nope", "nope,", "yeah", "yeah,", "yep", "yep,", "pretty", "sure", "think", "guess",
        "believe", "honestly", "basically",
        // "Ability to burst up to 250 MB/s": what it is able to do is the burst.
        "ability", "able", "to",
    };

    // Words that end a phrase without naming anything: "Retention from 180 days" → "Retention".
    private static readonly HashSet<string> Trailing = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "between", "of", "to", "is", "are", "and", "or", "by", "for", "after", "within", "than", "as", "be",
        "in", "on", "at", "with", "about", "around", "over", "under", "approximately", "roughly", "across", "into",
        "via", "per", "if", "when", "before", "the", "a", "an", "every", "usually", "typically", "only", "range",
        "approx", "approx.", "ca.", "~",
    };

    // Verbs that end a sentence's subject: "Lambda functions can run for up to 15 minutes" → "Lambda functions".
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "can", "could", "will", "must", "may", "be", "has", "have", "can't", "cant", "cannot", "won't", "isn't", "aren't",
        "mustn't", "shouldn't", "gets", "get", "supports", "support",
        "allows", "allow", "takes", "take", "lasts", "last", "costs", "cost", "runs", "run", "keeps", "keep", "holds",
        "hold", "stores", "store", "gives", "give", "provides", "provide", "offers", "offer", "retains", "retain",
        "scales", "scale", "handles", "handle", "accepts", "accept", "includes", "include", "up", "goes", "go", "down",
        "reaches", "reach", "starts", "start", "kicks", "completes", "complete", "extends", "extend", "lets", "let",
        "needs", "need", "requires", "require", "delivers", "deliver", "attempts", "attempt", "means", "mean", "adds", "add", "uses", "use", "grows", "grow", "expires", "expire", "claims", "claim", "do", "does", "waits", "wait", "lives", "live", "stays", "stay",
        "ranges", "varies", "vary", "maxes", "maxed", "tops", "peaks",
        // "your application can achieve at least 3,500 PUT requests": what one can reach names nothing.
        "achieve", "achieves", "sustain", "sustains", "hit", "hits", "see", "sees", "expect", "expects",
        // "✅ Increase ephemeral storage (up to 10 GB)": an answer's instruction; what it acts on names the value.
        "increase", "increases", "raise", "raises", "enable", "enables", "configure", "configures",
    };

    // Adverbs say how, not what: "scales automatically to 100 Gbps", "never within 6 hours" name nothing.
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "never", "always", "also", "automatically", "only", "just", "still", "even", "usually", "typically", "often",
        "sometimes", "generally", "normally", "currently", "already", "immediately", "instantly", "simply", "anywhere", "now",
    };

    // Pronouns point at a subject named elsewhere: "you can extend that to 365 days" names nothing.
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "you", "we", "it", "that", "this", "these", "those", "they", "them", "which", "who", "there", "here",
        "itself", "themselves", "it's", "that's", "there's", "it’s", "that’s", "there’s",
        // "API Gateway has its own throttle": whose it is names nothing.
        "its", "their", "own",
        // "your application can achieve …": whose it is names nothing, nor does an indefinite "anything".
        "your", "my", "our", "anything", "something", "everything", "anyone", "someone", "everyone",
    };

    // Helping verbs that open a sentence without a subject: "Can be scaled …", "Is limited to …".
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "can", "could", "will", "would", "must", "may", "might", "should", "is", "are", "was", "were", "has", "have", "cannot", "can't",
    };

    // Helping verbs say nothing a name needs: "Metrics are kept for 15 months" → "Metrics kept".
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "be", "can", "will", "may", "must", "was", "were", "being", "been", "gets", "get", "set", "configured",
        "go", "goes",
        // "Retention can be shortened to as little as 60 seconds": how a setting is changed names nothing.
        "shortened", "stretched", "lowered", "reduced", "decreased", "raised", "increased", "extended", "changed", "adjusted",
    };

    // Section titles that name no fact: a heading "Limits" or "Overview" says nothing about what a value measures.
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "value", "values", "example", "examples", "feature", "features", "overview", "note", "notes", "limit", "limits",
        "limitation", "limitations", "quota", "quotas", "key", "points", "point", "summary", "details", "detail",
        "general", "basics", "basic", "introduction", "intro", "misc", "miscellaneous", "other", "important", "facts",
        "fact", "numbers", "tips", "tip", "exam", "cheat", "sheet", "info", "information", "remember", "know", "things",
        "and", "the", "to", "of", "more", "extra", "additional", "common", "useful", "their", "its", "your", "our",
        "for", "with", "about", "&", "benefits", "benefit", "advantages", "scenario", "scenarios",
        "core", "concepts", "concept", "traps", "trap", "gotchas", "gotcha", "pitfalls", "caveats", "recap", "review", "deep",
        "dive", "essentials", "fundamentals", "highlights", "takeaways", "reference", "quick", "pointers", "pointer",
        "reminders", "reminder", "faq", "faqs", "takeaway", "callouts",
    };

    // Numbering before a title: "Chapter 15.2", "Section 4:", "1.".
    private static readonly HashSet<string> Numbering = new(StringComparer.OrdinalIgnoreCase)
    {
        "chapter", "section", "part", "step", "module", "lesson", "unit", "topic",
    };

    /// <summary>
    /// Up to three words right before the first value (<c>Failover &lt; 30 sec</c> → "Failover"), without the
    /// words that open or close a phrase and without helping verbs; null when there are none, or more than three.
    /// </summary>
    public static string? Before(string textBeforeValue)
    {
        var before = WithoutRemarks(textBeforeValue).Trim().TrimEnd('(', '=', ':').Trim();
        before = before.Substring(before.LastIndexOf(';') + 1).Trim(); // "short jobs; can run for up to 15 minutes": the clause's own words
        var all = WithoutSubordinateClause(before.Split(Spaces, StringSplitOptions.RemoveEmptyEntries));
        // "Can be scaled from 128MB to 3008MB" under "- RAM:": a sentence that opens with its helping verb has its subject elsewhere.
        if (all.Length > 1 && Modals.Contains(all[0]))
        {
            return null;
        }

        // Verbs name nothing either: "A user pool can have up to 10,000 groups" → "user pool", "Each shard takes 1 MB/s" → "shard".
        var words = Trim(all.Where(w => !Auxiliaries.Contains(w) && !Verbs.Contains(w) && !Pronouns.Contains(w) && !Adverbs.Contains(w)).ToArray());
        return words.Length is > 0 and <= 3 && words.All(w => w.Any(char.IsLetter)) && !SetsTo(words) ? string.Join(" ", words) : null;
    }

    /// <summary>
    /// Where the clause that ends at <paramref name="end"/> starts: after the last of <paramref name="bounds"/>, but never
    /// at the comma or point inside a number ("64,000 is the max", "0.5 GB"), which bounds nothing.
    /// </summary>
    public static int ClauseStart(string text, int end, char[] bounds)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (Array.IndexOf(bounds, text[i]) >= 0 && !InNumber(text, i))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool InNumber(string text, int i)
        => text[i] is ',' or '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    /// <summary>
    /// The subject of the clause before the first value, when <see cref="Before"/> found none: the words
    /// before its verb, up to four, "number of" dropped (<c>The maximum number of concurrent executions in a
    /// Region is 1,000</c> → "maximum concurrent executions"); "" when nothing names it.
    /// </summary>
    public static string Of(string textBeforeValue)
    {
        textBeforeValue = WithoutRemarks(textBeforeValue);
        var clauseStart = ClauseStart(textBeforeValue, textBeforeValue.Length, ClauseBounds);
        var words = textBeforeValue.Substring(clauseStart).Split(Spaces, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetter) && !Adverbs.Contains(w) && !Pronouns.Contains(w)) // a number names nothing
            .ToList();
        // A clause that opens with its verb has its subject elsewhere: "… and gives 2 MB/s out" names nothing.
        var verb = words.FindIndex(w => Verbs.Contains(w));
        if (verb >= 0)
        {
            words = words.Take(verb).ToList();
        }

        words = WithoutSubordinateClause(words.ToArray()).ToList();

        // "in a Region", "for each account": a prepositional phrase after the subject qualifies it, it does not name it.
        var preposition = words.Count > 1 ? words.FindIndex(1, w => w is "in" or "for" or "on" or "across" or "within" or "per") : -1;
        if (preposition > 0)
        {
            words = words.Take(preposition).ToList();
        }

        words = DropNumberOf(words);
        var trimmed = Trim(words.ToArray());
        var subject = Trim(trimmed.Skip(Math.Max(0, trimmed.Length - 4)).ToArray());
        return SetsTo(subject) ? string.Empty : string.Join(" ", subject);
    }

    /// <summary>
    /// The text without remarks in parentheses: "Async invokes (Event type) are capped at" is about async invokes. A bound
    /// in parentheses ("Retention (max)") says which value it is, and stays.
    /// </summary>
    private static string WithoutRemarks(string text)
        => text.IndexOf(')') < 0 ? text : Remark.Replace(text, string.Empty);

    private static readonly System.Text.RegularExpressions.Regex Remark = new(@"\s*\((?!\s*(?:default|def|max|maximum|min|minimum)\s*\))[^()]*\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"limit to a value between …", "set to": how a value is set, which names nothing.</summary>
    private static bool SetsTo(string[] words)
        => words.Length >= 2 && words[0].ToLowerInvariant() is "limit" or "set" or "restrict" or "configure" && words[1].Equals("to", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a text holds a verb: a sentence, not shorthand ("tg per alb 100 w/ max").</summary>
    public static bool HasVerb(string text)
        => text.Split(Spaces, StringSplitOptions.RemoveEmptyEntries).Any(w => Verbs.Contains(w) || Auxiliaries.Contains(w));

    /// <summary>
    /// The words before a sentence's first verb or helping verb, without the words that open or close a phrase:
    /// <c>The visibility timeout was the other trap</c> → "visibility timeout"; "" when it opens with its verb.
    /// </summary>
    public static string BeforeVerb(string sentence)
    {
        var words = sentence.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        var verb = Array.FindIndex(words, w => Verbs.Contains(w) || Auxiliaries.Contains(w) || w.Equals("had", StringComparison.OrdinalIgnoreCase));
        return verb <= 0 ? string.Empty : string.Join(" ", Trim(words.Take(verb).Where(w => !Pronouns.Contains(w)).ToArray()));
    }

    /// <summary>
    /// What a sentence that opens with "each" or "every" counts per: <c>Each account gets 100,000 topics</c> →
    /// "account"; null for any other sentence.
    /// </summary>
    public static string? EachOf(string textBeforeValue)
    {
        var words = textBeforeValue.Trim().Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !(words[0].Equals("each", StringComparison.OrdinalIgnoreCase) || words[0].Equals("every", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var verb = Array.FindIndex(words, w => Verbs.Contains(w) || Auxiliaries.Contains(w));
        return verb is > 1 and <= 3 && words.Skip(1).Take(verb - 1).All(w => w.All(char.IsLetter))
            ? string.Join(" ", words.Skip(1).Take(verb - 1))
            : null;
    }

    /// <summary>A section title without its numbering and filler words: "1. Lambda Limits" → "Lambda"; "Overview" → "".</summary>
    public static string Title(string title)
    {
        // "General Purpose SSD (gp2)", "Cold HDD (sc1)": the code in parentheses is what a reader calls it.
        if (title.EndsWith(")", StringComparison.Ordinal) && CodeInParentheses.Match(title) is { Success: true } code)
        {
            return code.Groups["code"].Value;
        }

        var words = title.Split(Spaces, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (Numbering.Contains(words[0].TrimEnd(':', '.')) || !words[0].Any(char.IsLetter)))
        {
            words.RemoveAt(0);
        }

        // Filler closes a title ("Lambda Limits" → "Lambda"); a title of filler alone names nothing, nor does the kind of
        // limit alone ("Hard Limits", "Soft limits": how a limit can change, not what it measures).
        var closed = words.Count;
        while (words.Count > 0 && (IsFiller(words[words.Count - 1]) || !words[words.Count - 1].Any(char.IsLetterOrDigit)))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.All(IsFiller) || (words.Count < closed && words.All(w => LimitKinds.Contains(w))) ? string.Empty : string.Join(" ", words);
    }

    // A short code: letters, then a digit (gp2, io1, t3, sc1).
    private const string Code = "[A-Za-z]{1,5}[0-9][A-Za-z0-9]{0,3}";

    private static readonly System.Text.RegularExpressions.Regex CodeInParentheses = new(
        @"\((?<code>" + Code + @")\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether a title is a short code such as <c>gp2</c>, <c>io1</c>, <c>t3</c>: letters, then a digit.</summary>
    public static bool IsCode(string title) => title.Length is > 1 and <= 9 && CodeAlone.IsMatch(title);

    /// <summary>
    /// The short code a section's title names its subject by: <c>gp3 (General Purpose SSD) - RECOMMENDED</c>,
    /// <c>Cold HDD (sc1)</c>, <c>gp3</c> → the code; null for any other title, and for a service's name (<c>S3</c>).
    /// </summary>
    public static string? CodeOf(string title)
    {
        var trimmed = title.Trim();
        var code = IsCode(trimmed) ? trimmed : CodeTitle.Match(trimmed) is { Success: true } match ? match.Groups["code"].Value : null;
        return code is not null && ServiceHeadings.ServiceOf(code, topicsToo: false) is null ? code : null;
    }

    // "gp3 (General Purpose SSD) - RECOMMENDED", "gp2 – legacy", "Cold HDD (sc1) - cheapest": the code opens the title
    // before a remark, or closes it in parentheses.
    private static readonly System.Text.RegularExpressions.Regex CodeTitle = new(
        @"^(?<code>" + Code + @")\s*(?:\(|[-–—:]\s)|\((?<code>" + Code + @")\)(?:\s*[-–—:].*)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex CodeAlone = new(
        "^" + Code + "$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly HashSet<string> LimitKinds = new(StringComparer.OrdinalIgnoreCase) { "hard", "soft", "adjustable", "non-adjustable", "fixed" };

    private static bool IsFiller(string word) => Filler.Contains(word.Trim(':', '.', ',', '-', '–', '—', '(', ')'));

    /// <summary>
    /// A bold title without a remark that says something about it, not what it is: a comparison ("**Snowcone (smaller)**"),
    /// a use or a former name ("(for data transfers)", "(formerly Amazon S3 Glacier)"). A remark that qualifies it stays
    /// ("redis (cluster mode on)", "(io1)", "(per account and Region)").
    /// </summary>
    public static string WithoutProseRemark(string title) => title.IndexOf('(') < 0 ? title : ProseRemark.Replace(title, string.Empty).Trim();

    private static readonly System.Text.RegularExpressions.Regex ProseRemark = new(
        @"\s*\((?:smaller|larger|bigger|cheaper|faster|slower|newer|older|higher|lower|longer|shorter|better|optional|recommended|legacy|deprecated|new|old|(?:formerly|for|see|e\.g\.|i\.e\.)\s[^()0-9]*)\)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The words before a clause inside the subject: "The default timeout when you create a function" → "The default
    /// timeout", "The maximum record size before base64 encoding" → "The maximum record size".
    /// </summary>
    private static string[] WithoutSubordinateClause(string[] words)
    {
        var at = words.Length < 2 ? -1 : Array.FindIndex(words, 1, w => Subordinators.Contains(w));
        return at > 0 && words.Take(at).Any(w => !Leading.Contains(w)) ? words.Take(at).ToArray() : words;
    }

    // Words that open a clause of their own inside a subject.
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "whenever", "where", "which", "who", "whom", "whose", "if", "unless", "because", "since", "while", "once",
        "before", "after", "until",
        // "Batch calls such as SendMessageBatch and DeleteMessageBatch take…": examples, not the subject.
        "such", "like", "e.g.", "including",
    };

    /// <summary>The words without "number of", which names nothing ("maximum number of concurrent executions").</summary>
    internal static List<string> DropNumberOf(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Equals("number", StringComparison.OrdinalIgnoreCase) && words[i + 1].Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                words.RemoveRange(i, 2);
            }
        }

        return words;
    }

    private static string[] Trim(string[] words) => TrimEnds(WithoutOpeningPlace(words), Leading, Trailing);

    /// <summary>
    /// The words without a place or condition that opens them: "In us-east-1 the PutEvents quota" → "PutEvents quota"
    /// (up to the article that starts the subject).
    /// </summary>
    private static string[] WithoutOpeningPlace(string[] words)
    {
        // "By default you can have 75 applications": the quota an account starts with, named by what it counts.
        if (words.Length >= 2 && words[0].Equals("by", StringComparison.OrdinalIgnoreCase) && words[1].Equals("default", StringComparison.OrdinalIgnoreCase))
        {
            words = words.Skip(2).ToArray();
        }

        // Not "with" or "each": "With enhanced fan-out every consumer gets" is about enhanced fan-out, per consumer.
        if (words.Length < 3 || words[0].ToLowerInvariant() is not ("in" or "for" or "on" or "within" or "across" or "at"))
        {
            return words;
        }

        var article = Array.FindIndex(words, 2, w => w.ToLowerInvariant() is "the" or "a" or "an");
        return article > 0 && article < words.Length - 1 ? words.Skip(article).ToArray() : words;
    }

    /// <summary>The words without those of <paramref name="leading"/> at the start and of <paramref name="trailing"/> at the end.</summary>
    internal static string[] TrimEnds(string[] words, HashSet<string> leading, HashSet<string> trailing)
    {
        var start = 0;
        var end = words.Length;
        while (start < end && leading.Contains(words[start]))
        {
            start++;
        }

        while (end > start && trailing.Contains(words[end - 1]))
        {
            end--;
        }

        return start == 0 && end == words.Length ? words : words.Skip(start).Take(end - start).ToArray();
    }
}
