using System;
using System.Collections.Generic;
using System.Linq;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// The value phrases the scanner finds (<see cref="QuantityScanner"/>: a number with a unit, a counted noun or a
/// bound word), grouped into facts — a range with its default, a minimum and a maximum, or one fact per phrase —
/// each group made by the first of <see cref="ValueGrammar.PhraseForms"/> that takes it, and named by the label,
/// the words around it, or the section.
/// </summary>
/// <example><c>Throughput: 300 msg/s (no batch), 3000 msg/s (batch)</c> → <c>ThroughputPerSecond = 300</c>,
/// <c>BatchThroughputPerSecond = 3000</c> (two groups, the second qualified by its parenthesis).</example>
internal sealed class PhrasesForm : ValueForm
{
    public override bool TryRead(ValueSentence sentence)
    {
        if (sentence.Phrases.Count == 0)
        {
            return false;
        }

        var phrases = NounRanges(sentence.Masked, SharedBound(sentence.Masked, sentence.Phrases));

        var label = sentence.Label;
        // A labelled value right after its label ("- Per table: 40,000 RCUs") under a title that bounds it.
        var textBefore = sentence.Masked.Substring(0, phrases[0].Start);
        var titled = sentence.Label is not null && textBefore.Trim().Length == 0 ? TitleBound(sentence.Context) ?? LimitsBound(sentence) : null;
        var groups = Group(titled is { } bound ? WithBound(phrases, bound) : phrases, masked: sentence.Masked);
        var baseText = label?.Text ?? SubjectPhrase.Before(textBefore);
        // "Each account gets 100,000 topics" counts topics per account: TopicsPerAccount, not AccountTopics.
        var each = label is null && groups.Count == 1 ? SubjectPhrase.EachOf(textBefore) : null;
        // "- Each partition provides:" over "- 3,000 RCUs", "- 1,000 WCUs": counted per partition, each of them.
        each ??= label is null && sentence.Context.GroupIsItem && textBefore.Trim().Length == 0 ? SubjectPhrase.EachOf(sentence.Context.GroupTitle) : null;
        var groupTitle = sentence.Context.GroupIsClass ? string.Empty : SubjectPhrase.Title(sentence.Context.GroupTitle);
        (string Base, int End) previous = (string.Empty, 0);
        var parallel = groups.Count > 1 ? ValueWords.Parallel(sentence.Masked, groups) : null;
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var first = group[0];
            if (ProseSentences.IsFirstPerson(group[group.Count - 1].After))
            {
                continue; // "Fargate 2 vCPU / 4 GB (our choice)": the team's own setting
            }
            var noun = group.Select(p => p.Noun).FirstOrDefault(n => n.Length > 0)
                       ?? (group.Count == 1 && !first.IsRange && ValueWords.IsIncrement(sentence.Masked, first) ? "Increment" : null)
                       ?? (label is null || groups.Any(g => IsMeasuredRate(g[0].Low.Unit)) ? UnitTable.CountedHead(first.Low.Unit) : string.Empty);
            if (PerEach(noun, each) is { } perEach)
            {
                noun = perEach;
                baseText = string.Empty;
            }

            // "…10,000 per second; target invocations are throttled at 18,750 per second", "…, and each service can run up
            // to 5,000 tasks": a clause of its own names its value.
            var clauseStart = i > 0 ? ClauseStart(sentence.Masked, previous.End, first.Start) : -1;
            var eachHere = clauseStart >= 0 && NotYetPer(noun) ? PerEach(noun, SubjectPhrase.EachOf(sentence.Masked.Substring(clauseStart, first.Start - clauseStart))) : null;
            noun = eachHere ?? noun;

            var unlabelled = label is not null || eachHere is not null
                ? string.Empty
                : WithoutOtherBound(InParenthesesAfter(sentence.Masked, previous, first, noun)
                  ?? UnlabelledBase(sentence.Masked, phrases[0], first, i, baseText, noun, groupTitle, sentence.Context.GroupIsItem, clauseStart >= 0, previous.Base), first.Bound);
            // "a Fargate task gets 20 GiB of ephemeral storage": what the value is of names it, after the subject.
            // "7 days retention (can be 0 to 35 days)": the words after the default, written first, name the range too.
            var earliest = group.OrderBy(p => p.Start).First();
            unlabelled = label is null && noun.Length == 0 && (group.Count == 1 || earliest.Bound == Bound.Default)
                         && ValueWords.Measured(sentence.Masked, earliest, closingToo: unlabelled.Length == 0 || unlabelled == groupTitle) is { } of
                         && unlabelled.IndexOf(of, StringComparison.OrdinalIgnoreCase) < 0
                ? (unlabelled + " " + of).Trim()
                : unlabelled;
            unlabelled = label is null ? WithSectionTitle(sentence.Context, unlabelled, noun, groupTitle, group[group.Count - 1]) : unlabelled;
            unlabelled = label is null ? WithItemCode(sentence.Context, unlabelled, groupTitle) : unlabelled;
            // "128MB to 10GB in 1mb increments": the step is the range's.
            unlabelled = label is null && noun == "Increment" && unlabelled.Length == 0 ? previous.Base : unlabelled;
            previous = (unlabelled, group[group.Count - 1].End);
            var basePart = label is { } lp
                ? FactBuilder.Pinned(WithItemTitle(sentence.Context, WithoutOtherBound(lp, first.Bound), groupTitle), sentence.Pins, i, groups.Count)
                : FactBuilder.Pinned(new NamePart(unlabelled, null, IsHeading: false, sentence.Location), sentence.Pins, i, groups.Count);
            var prefix = groups.Count > 1 ? parallel?[i] ?? Qualifier(first, label is not null) : string.Empty;
            // "5 transactions per second for reads … 1,000 records per second for writes": which way the value goes.
            prefix = prefix.Length == 0 ? ValueWords.Way(sentence.Masked, group[group.Count - 1].End) ?? prefix : prefix;
            // The value as the note writes it: the whole value part when it is one fact, else this fact's phrases.
            var written = label is not null && groups.Count == 1
                ? sentence.ValueText.Trim().TrimEnd('.')
                : string.Join(" ", group.Select(p => p.Written));
            if (ValueGrammar.ReadGroup(new PhraseGroup(sentence, group, basePart, prefix, noun, written, groupTitle)) is { } fact)
            {
                sentence.Facts.Add(fact);
            }
        }

        return true;
    }

    /// <summary>
    /// A name of one word or none, in a list under a short section heading, with the section's title first ("## gp3" over
    /// "- Up to 16,000 IOPS" → "gp3" + Iops). Not in prose, not for a sentence filed away from its section, not under a
    /// list item's title, nor when words after the value tell it apart already ("300 messages/second without batching").
    /// </summary>
    private static string WithSectionTitle(FactContext context, string unlabelled, string noun, string groupTitle, Phrase last)
        => !context.Refiled && !context.InProse && (!context.GroupIsItem || ShortItemTitle(groupTitle)) && ShortTitle(groupTitle) && Weak(unlabelled, noun)
           && last.Following.Length == 0 && unlabelled.IndexOf(groupTitle, StringComparison.OrdinalIgnoreCase) < 0
            // "## Visibility Timeout" over "Visibility defaults 30 seconds": the title says the word already.
            ? (unlabelled.Trim().Length > 0 && SaysWord(groupTitle, unlabelled.Trim()) ? groupTitle : (groupTitle + " " + unlabelled).Trim())
            : unlabelled;

    /// <summary>
    /// Under a list item titled by a code ("- **Throughput Optimized HDD (st1)**" over "- Baseline throughput of 40 MB/s per
    /// TB"), the code first: it is what tells the volume types' figures apart (St1BaselineThroughput…).
    /// </summary>
    private static string WithItemCode(FactContext context, string unlabelled, string groupTitle)
        => context.GroupIsItem && SubjectPhrase.IsCode(groupTitle) && unlabelled.IndexOf(groupTitle, StringComparison.OrdinalIgnoreCase) < 0
            ? (groupTitle + " " + unlabelled).Trim()
            : WithHeadingCode(context, unlabelled, groupTitle);

    /// <summary>
    /// Under a section titled by a code ("#### gp3 (General Purpose SSD)" over "| IOPS | up to 16,000 |"), the code first,
    /// as under a list item's (Gp3IopsMax); not where the name says a code already.
    /// </summary>
    private static string WithHeadingCode(FactContext context, string name, string groupTitle)
        => !context.GroupIsItem && !context.GroupIsClass && !context.Refiled && !context.InProse && SubjectPhrase.CodeOf(groupTitle) is { } code
           && !name.Split(' ').Any(SubjectPhrase.IsCode)
            ? (code + " " + name).Trim()
            : name;

    /// <summary>A label as its item's title qualifies it (see <see cref="WithItemTitle(FactContext, NamePart, string)"/>), for the forms that read no phrases.</summary>
    internal static NamePart WithItemTitle(FactContext context, NamePart label)
        => WithItemTitle(context, label, context.GroupIsClass ? string.Empty : SubjectPhrase.Title(context.GroupTitle));

    /// <summary>
    /// A short label under a list item's title says which of the title's cases it is ("- Resolution:" over
    /// "- Standard: 60 seconds" → ResolutionStandardSeconds, not StandardSeconds; "- Express" over "- Max duration: up to
    /// 5 mins" → ExpressMaxDurationMinutes); elsewhere a heading's code or subject may (<see cref="WithHeadingCode"/>,
    /// <see cref="WithSectionSubject"/>).
    /// </summary>
    private static NamePart WithItemTitle(FactContext context, NamePart label, string groupTitle)
        => label.ExplicitName is null && context.GroupIsItem && ShortTitle(groupTitle) && CaseLabel(label.Text, groupTitle)
           && label.Text.IndexOf(groupTitle, StringComparison.OrdinalIgnoreCase) < 0 && groupTitle.IndexOf(label.Text.Trim(), StringComparison.OrdinalIgnoreCase) < 0
            ? label with { Text = groupTitle.StartsWith("per ", StringComparison.OrdinalIgnoreCase) ? label.Text.Trim() + " " + groupTitle : groupTitle + " " + label.Text.Trim() }
            : label.ExplicitName is null ? label with { Text = WithSectionSubject(context, WithHeadingCode(context, label.Text.Trim(), groupTitle), groupTitle) } : label;

    /// <summary>
    /// A one-word label under a section whose title leads with its subject ("### Health Checks – Monitor an Endpoint" over
    /// "- Interval – 30 sec") says which of the subject's settings it is: HealthChecksIntervalSeconds.
    /// </summary>
    private static string WithSectionSubject(FactContext context, string label, string groupTitle)
    {
        if (context.GroupIsItem || context.GroupIsClass || context.Refiled || context.InProse || label.IndexOf(' ') >= 0 || LineLabels.IsBoundWord(label)
            || LeadBeforeDash.Match(groupTitle) is not { Success: true } lead)
        {
            return label;
        }

        var subject = SubjectPhrase.Title(lead.Groups["lead"].Value);
        return ShortTitle(subject) && subject.IndexOf(label, StringComparison.OrdinalIgnoreCase) < 0 && !Numbers.HasDigit(subject)
            ? subject + " " + label
            : label;
    }

    private static readonly System.Text.RegularExpressions.Regex LeadBeforeDash = new(
        @"^(?<lead>[^–—:]+?)\s+[–—:-]\s+\S", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A label that names one of a titled item's cases: one word ("- Resolution:" over "- Standard: 60 seconds"), or two
    /// besides a bound under a one-word title ("- Express" over "- Max duration: up to 5 mins", "- Exec rate: …").
    /// </summary>
    private static bool CaseLabel(string label, string groupTitle)
    {
        var words = label.Trim().Split(' ').Where(w => w.Length > 0).ToList();
        return words.Count == 1 || (groupTitle.Trim().IndexOf(' ') < 0 && words.Count(w => !LineLabels.IsBoundWord(w)) <= 2 && words.Count <= 3);
    }

    /// <summary>Whether a title holds the word as a word of its own ("Visibility Timeout" says "visibility"; "EventBridge" not "event").</summary>
    private static bool SaysWord(string title, string word)
        => title.Split(' ', '-', '/').Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));

    /// <summary>A section title short enough to qualify a name: one to three words ("gp3", "Redshift Backups").</summary>
    private static bool ShortTitle(string title) => title.Length > 0 && title.Split(' ').Count(w => w.Length > 0) <= 3 && title.IndexOf('(') < 0;

    /// <summary>
    /// A list item's title that names a thing of the section ("- Objects" over "- Max size is 5 TB"): one or two words,
    /// no figure, no remark.
    /// </summary>
    private static bool ShortItemTitle(string title) => title.Split(' ').Count(w => w.Length > 0) <= 2 && !Numbers.HasDigit(title);

    /// <summary>
    /// Whether a base and counted noun name too little alone: one word at most besides a bound ("Max size"), counted per
    /// nothing.
    /// </summary>
    private static bool Weak(string baseText, string noun)
        => baseText.Trim().Split(' ').Count(w => w.Length > 0 && !LineLabels.IsBoundWord(w)) + (noun.Length > 0 ? 1 : 0) <= 1
           && noun.IndexOf("Per", StringComparison.Ordinal) < 0;

    /// <summary>
    /// A rate of a measure written with a slash (<c>1 MB/s</c>): beside it, a count per time says what it counts
    /// ("Write: 1 MB/s or 1,000 records/s" → WriteMbPerSecond, WriteRecordsPerSecond).
    /// </summary>
    private static bool IsMeasuredRate(UnitInfo unit)
        => unit.Kind == UnitKind.Rate && unit.Written.IndexOf('/') > 0 && UnitTable.CountedHead(unit).Length == 0;

    /// <summary>A noun that counts something and is not yet counted per anything.</summary>
    private static bool NotYetPer(string noun) => noun.Length > 0 && noun.IndexOf("Per", StringComparison.Ordinal) < 0;

    /// <summary>The noun counted per what "each" names (<c>Each account gets 100,000 topics</c> → TopicsPerAccount), or null.</summary>
    private static string? PerEach(string noun, string? each)
        => each is not null && NotYetPer(noun) && Name.IdentifierNamer.FromText(each, isHeading: false) is { Length: > 0 } per ? noun + "Per" + per : null;

    /// <summary>
    /// Where a clause of its own starts between two values (after <c>;</c> or <c>, and</c>, <c>, but</c>, <c>, while</c>),
    /// or -1 when the later value continues the earlier one's clause.
    /// </summary>
    private static int ClauseStart(string masked, int previousEnd, int start)
    {
        var between = masked.Substring(previousEnd, Math.Max(0, start - previousEnd));
        var semicolon = between.LastIndexOf(';');
        if (semicolon >= 0)
        {
            return previousEnd + semicolon + 1;
        }

        var joined = NewClause.Match(between);
        return joined.Success ? previousEnd + joined.Index + joined.Length : -1;
    }

    private static readonly System.Text.RegularExpressions.Regex NewClause = new(
        @",\s+(?:and|but|while|whereas)\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A label without a bound word that another value of its line contradicts: in <c>Max integration timeout is 29
    /// seconds (min 50 ms)</c> the minimum is the integration timeout's, not the maximum's.
    /// </summary>
    private static NamePart WithoutOtherBound(NamePart label, Bound bound)
        => label.ExplicitName is not null ? label : label with { Text = WithoutOtherBound(label.Text, bound) };

    private static string WithoutOtherBound(string text, Bound bound)
    {
        var space = text.IndexOf(' ');
        if (bound is not (Bound.Min or Bound.Max or Bound.Default) || space <= 0)
        {
            return text;
        }

        var opening = text.Substring(0, space).ToLowerInvariant() switch
        {
            "max" or "maximum" => Bound.Max,
            "min" or "minimum" => Bound.Min,
            "default" => Bound.Default,
            _ => Bound.None,
        };
        return opening != Bound.None && opening != bound ? text.Substring(space + 1).Trim() : text;
    }

    /// <summary>
    /// Two counts of one noun joined by "to" or a dash are a range: <c>from 0.25 vCPU to 16 vCPU</c>, as
    /// <c>from 0.5 GB to 120 GB</c> is.
    /// </summary>
    private static List<Phrase> NounRanges(string masked, List<Phrase> phrases)
    {
        if (phrases.Count < 2)
        {
            return phrases;
        }

        var merged = new List<Phrase>(phrases.Count);
        for (var i = 0; i < phrases.Count; i++)
        {
            var p = phrases[i];
            if (i + 1 < phrases.Count && phrases[i + 1] is var q && p.Noun.Length > 0 && p.Noun == q.Noun && p.Bound == Bound.None && q.Bound == Bound.None
                && !p.IsRange && !q.IsRange && !p.IsSet && !q.IsSet && p.Low.Unit.Kind == UnitKind.None && q.Low.Unit.Kind == UnitKind.None
                && masked.Substring(p.End, Math.Max(0, q.Start - p.End)).Trim() is "to" or "–" or "-" or "—")
            {
                merged.Add(p with { High = q.Low, End = q.End, Written = p.Written + " to " + q.Written, Following = q.Following, After = q.After });
                i++;
                continue;
            }

            merged.Add(p);
        }

        return merged;
    }

    /// <summary>
    /// A bound word that opens a list of values of different kinds bounds each of them: <c>max 16,000 iops, 1,000 mb/s</c>
    /// is two maximums, <c>def 3,000 iops, 125 mb/s</c> two defaults, <c>min 0.25 vCPU / 512 MB</c> two minimums. Values of one kind (<c>max 5 GB, 10 GB</c>) or with
    /// words between them keep their own reading.
    /// </summary>
    private static List<Phrase> SharedBound(string masked, List<Phrase> phrases)
    {
        var first = phrases[0];
        if (phrases.Count < 2 || first.Bound == Bound.None || first.IsRange)
        {
            return phrases;
        }

        // The values joined to the first, up to the first that is not ("… 3,000 RCU and 1,000 WCU, so … 30%").
        var run = 1;
        while (run < phrases.Count && phrases[run] is { Bound: Bound.None, IsRange: false, IsSet: false } next
               && masked.Substring(phrases[run - 1].End, Math.Max(0, next.Start - phrases[run - 1].End)).Trim() is "," or "and" or ", and" or "&" or "+" or "/")
        {
            run++;
        }

        if (run < 2 || phrases.Take(run).Select(p => (p.Low.Unit.Kind, p.Noun, p.Low.Unit.Written)).Distinct().Count() < run)
        {
            return phrases;
        }

        return phrases.Select((p, i) => i < run ? p with { Bound = first.Bound, Exclusive = first.Exclusive } : p).ToList();
    }

    /// <summary>
    /// Phrases that together make one range: an explicit range with its default, or a minimum and a
    /// maximum with an optional default (<c>300s default (min 60s, max 900s)</c>). Others stand alone.
    /// </summary>
    private static List<List<Phrase>> Group(List<Phrase> phrases, string masked)
    {
        phrases = DefaultBeforeItsBounds(phrases, masked);
        var ranges = phrases.Where(p => p.IsRange).ToList();
        var mins = phrases.Where(p => !p.IsRange && p.Bound == Bound.Min).ToList();
        var maxes = phrases.Where(p => !p.IsRange && p.Bound == Bound.Max).ToList();
        var defaults = phrases.Where(p => !p.IsRange && p.Bound == Bound.Default).ToList();
        var rest = phrases.Count - ranges.Count - mins.Count - maxes.Count - defaults.Count;

        if (rest == 0 && defaults.Count <= 1)
        {
            if (ranges.Count == 1 && mins.Count == 0 && maxes.Count == 0 && !DefaultBeforeAndOutside(defaults, ranges[0]))
            {
                return new List<List<Phrase>> { ranges.Concat(defaults).ToList() };
            }

            // "part min 5MB (last part exempt), max 10,000 parts": a minimum and a maximum of different things are two facts.
            // "keeps a snapshot for a minimum of 90 days, and restoring takes up to 72 hours": two clauses, two facts.
            if (ranges.Count == 0 && mins.Count == 1 && maxes.Count == 1 && SameKind(mins[0], maxes[0]) && !ApartByClause(masked, mins[0], maxes[0]))
            {
                return new List<List<Phrase>> { mins.Concat(maxes).Concat(defaults).ToList() };
            }
        }

        return phrases.Select(p => new List<Phrase> { p }).ToList();
    }

    /// <summary>
    /// A plain value with the range or maximum it may take in a parenthesis right after it is that setting's default:
    /// <c>7 days retention (can be 0 to 35 days)</c> → default 7 days, range 0–35 days; <c>7 days retention (up to 35
    /// days)</c> → default 7 days, maximum 35 days. Not when the value lies outside them or measures something else.
    /// </summary>
    private static List<Phrase> DefaultBeforeItsBounds(List<Phrase> phrases, string masked)
    {
        if (phrases.Count != 2 || phrases[0] is not { Bound: Bound.None, IsRange: false, IsSet: false } value
            || phrases[1] is not { Bound: Bound.None or Bound.Max } bounds || (!bounds.IsRange && bounds.Bound != Bound.Max)
            || value.Low.Unit.Kind != bounds.Low.Unit.Kind || value.Low.Unit.Kind == UnitKind.None
            || !SettingParenthesis.IsMatch(masked.Substring(value.End, Math.Max(0, bounds.Start - value.End)))
            || !ClosesParenthesis.IsMatch(masked.Substring(bounds.End)))
        {
            return phrases;
        }

        var high = bounds.High ?? bounds.Low;
        var inside = value.Low.InBase <= high.InBase && (!bounds.IsRange || value.Low.InBase >= bounds.Low.InBase);
        return inside ? new List<Phrase> { value with { Bound = Bound.Default }, bounds } : phrases;
    }

    // "(up to 50,000 req/s in the big regions)" bounds another case, not the setting: the bound must close the parenthesis.
    private static readonly System.Text.RegularExpressions.Regex ClosesParenthesis = new(
        @"^\s*\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex SettingParenthesis = new(
        @"^(?:\s+[A-Za-z][a-z-]*){0,3}\s*\(\s*(?:(?:can|may) be(?: set| configured)?(?: to| from| between)?|configurable(?: to| from)?|adjustable(?: to| from)?|from|between|range:?|ranges? from)?\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Under a section titled as limits ("## Limitation" over "- Disk capacity (in /tmp): 512MB"), a labelled value is a
    /// maximum, unless its label says what kind of figure it is ("Default timeout", "Concurrency limits", "Memory
    /// increments") or it pins a name.
    /// </summary>
    private static Bound? LimitsBound(ValueSentence sentence)
        => sentence.Context.InLimits && sentence.Pins.Count == 0
           && sentence.Label is { ExplicitName: null } label && !LabelKind.IsMatch(label.Text)
            ? Bound.Max
            : null;

    private static readonly System.Text.RegularExpressions.Regex LabelKind = new(
        @"\b(?:limits?|quotas?|max(?:imum)?|min(?:imum)?|defaults?|increments?|steps?|granularity|baseline|burst|free|price|cost|ratio|typical|average|recommended)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// The bound a section's title gives every value under it that states none: "### 📌 Max RCUs &amp; WCUs" over "- Per
    /// table: 40,000 RCUs" (a maximum), "API Gateway HTTP API – Default Limits" over "10,000 RPS per Region" (a default).
    /// </summary>
    private static Bound? TitleBound(FactContext context)
    {
        if (context.GroupIsClass || context.GroupTitle.Length == 0)
        {
            return null;
        }

        var match = BoundTitle.Match(context.GroupTitle);
        return !match.Success ? null
            : match.Groups["max"].Success ? Bound.Max
            : match.Groups["min"].Success ? Bound.Min
            : Bound.Default;
    }

    private static readonly System.Text.RegularExpressions.Regex BoundTitle = new(
        @"^\W*(?:(?<max>max(?:imum)?)|(?<min>min(?:imum)?)|(?<dflt>defaults?))\s+[A-Za-z]|\bdefault\s+(?:limits|quotas|values|settings)\W*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The phrases, each plain value (no bound, range or set) given the bound.</summary>
    private static List<Phrase> WithBound(List<Phrase> phrases, Bound bound)
        => phrases.All(p => p is { Bound: Bound.None, IsRange: false, IsSet: false })
            ? phrases.Select(p => p with { Bound = bound }).ToList()
            : phrases;

    /// <summary>Whether a clause of its own (after <c>;</c> or <c>, and</c>) starts between two values.</summary>
    private static bool ApartByClause(string masked, Phrase a, Phrase b)
    {
        var (first, second) = a.Start <= b.Start ? (a, b) : (b, a);
        return ClauseStart(masked, first.End, second.Start) >= 0;
    }

    /// <summary>
    /// Whether a minimum and a maximum can be one range: not when one counts things (<c>10,000 parts</c>) and the other
    /// measures (<c>5MB</c>). Two measures of different kinds stay together, and are reported (AWSF007) as a mistake.
    /// </summary>
    private static bool SameKind(Phrase a, Phrase b) => Counts(a) == Counts(b) || KindOf(a) == UnitKind.None || KindOf(b) == UnitKind.None;

    private static UnitKind KindOf(Phrase phrase) => phrase.Low.Unit.Kind == UnitKind.None && phrase.Noun.Length > 0 ? UnitKind.Count : phrase.Low.Unit.Kind;

    private static bool Counts(Phrase phrase) => KindOf(phrase) == UnitKind.Count;

    /// <summary>
    /// A default written before a range it lies outside (<c>def 20 GiB, configurable 21–200 GiB</c>) is a figure of its
    /// own: the range is what may be chosen instead. After the range (<c>1–10 (default 20)</c>) it is the range's, and
    /// out of it a mistake (AWSF008).
    /// </summary>
    private static bool DefaultBeforeAndOutside(List<Phrase> defaults, Phrase range)
        => defaults.Count == 1 && defaults[0].End <= range.Start && range.High is { } high && defaults[0].Low.Unit.Kind == range.Low.Unit.Kind
           && (defaults[0].Low.InBase < range.Low.InBase || defaults[0].Low.InBase > high.InBase);

    /// <summary>
    /// The base of a fact whose sentence has no label, best first: a later value's own few words before it when it
    /// counts no noun ("… 4 days by default, and retention from 60 seconds …" → "retention"), the few words before
    /// the sentence's first value, nothing when it counts a noun, the subject of the sentence, else the title of its section.
    /// </summary>
    private static string UnlabelledBase(string masked, Phrase firstPhrase, Phrase phrase, int index, string? sentenceBase, string noun, string groupTitle, bool itemTitle, bool ownClause, string previousBase)
    {
        if (index > 0 && (noun.Length == 0 || ownClause) && phrase.Before.Length > 0
            && (SubjectPhrase.Before(phrase.Before) ?? SubjectPhrase.Of(phrase.Before)) is { Length: > 0 } own)
        {
            // "timeout is 15 minutes max; default is 3 seconds": a bound alone is the earlier value's.
            return previousBase.Length > 0 && LineLabels.IsBoundWord(own) ? previousBase + " " + own : own;
        }

        if (sentenceBase is not null)
        {
            return sentenceBase;
        }

        var subject = SubjectPhrase.Of(masked.Substring(0, firstPhrase.Start));
        if (noun.Length > 0)
        {
            // "- gp3" over "max 16,000 iops": the item names what is counted, as it does the values that count nothing;
            // "Standard executions also have a history limit of 25,000 events": the sentence's subject has them.
            return itemTitle ? groupTitle : SubjectPhrase.HasVerb(masked.Substring(0, firstPhrase.Start)) ? subject : string.Empty;
        }

        return subject.Length > 0 ? subject : groupTitle;
    }

    // "(", or the words that close the earlier value's name and then "(": "7 days retention (up to 35 days)".
    private static readonly System.Text.RegularExpressions.Regex WordsThenParenthesis = new(
        @"^\s*(?:[A-Za-z][a-z-]*\s+){0,3}\(\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A value in parentheses right after another says more about the same thing: <c>the refresh token defaults to
    /// 30 days (60 minutes … 10 years)</c> → both "refresh token". Null for any other value.
    /// </summary>
    private static string? InParenthesesAfter(string masked, (string Base, int End) previous, Phrase phrase, string noun)
        => previous.Base.Length > 0 && noun.Length == 0 && phrase.Start > previous.End
           && WordsThenParenthesis.IsMatch(masked.Substring(previous.End, phrase.Start - previous.End))
            ? previous.Base
            : null;

    /// <summary>
    /// What tells a value apart when a line holds several: a parenthesis after it (<c>3000 msg/s (batch)</c>; never
    /// <c>(no batch)</c>), else, after a label, the words before it (<c>standard 60s, high-res 1s/5s</c>).
    /// </summary>
    private static string Qualifier(Phrase phrase, bool labelled)
    {
        var after = phrase.After;
        if (after.Length > 0 && !ValueWords.Negations.Contains(FirstWord(after)))
        {
            return after;
        }


        // "standard 60s, high-res 1s" names each; "…, and you can set it anywhere from 0 seconds" names nothing.
        return labelled && phrase.Before.Length > 0 && phrase.Bound == Bound.None ? SubjectPhrase.Before(phrase.Before) ?? string.Empty : string.Empty;
    }

    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return text.Substring(0, end);
    }
}
