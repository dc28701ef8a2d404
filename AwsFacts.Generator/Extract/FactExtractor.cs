using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Extract.Grammar;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Parse;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// Walks a parsed note and collects its facts, by the rules of docs/notes-format.md. Classes come from the
/// note's level-1 headings (the first is its root class) and from headings, bold pseudo-headings and list labels
/// that pin a name; every other heading only groups text, and its facts go to the innermost class around it.
/// This file walks blocks, headings and sentences; lists, tables and the filing of facts under the service a
/// topic-titled note names are in FactExtractor.Lists.cs, .Tables.cs and .Services.cs.
/// </summary>
internal sealed partial class FactExtractor : INoteSink
{
    private readonly string _path;
    private readonly SourceText _text;
    private readonly CancellationToken _cancellationToken;
    private readonly List<RawClass> _classes = new();
    private readonly List<RawFact> _facts = new();
    private readonly List<RawEnum> _enums = new();
    private readonly List<RawTable> _tables = new();
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, Citation> _citations = new(StringComparer.Ordinal);
    private readonly List<(int Level, NamePart[]? Class, string Title, LocationInfo Location)> _headings = new();
    private (NamePart[]? Class, string Title, LocationInfo Location, Annotation Annotation)? _pseudo;
    private Annotation _pendingBlockAnnotation = Annotation.None;
    private string? _question;
    private bool _afterBreak;
    private ParagraphBlock? _leadIn;
    private FactContext? _exam;
    private HashSet<string> _speakers = new();
    private NamePart _root = null!;

    // The note's headings in order: where each section ends.
    private List<HeadingBlock> _allHeadings = new();

    /// <summary>
    /// The service a note is about when its title does not say: the one that most of its lines naming a service name,
    /// at least <see cref="DominantLines"/> of them and twice as many as any other. Null when no one service dominates.
    /// </summary>
    private static string? DominantService(string text, int atLeast = DominantLines)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Split('\n'))
        {
            // "ALB", "NLB", "GWLB", "ELB" and "load balancer" lines are all about load balancing: one service.
            var name = ServiceHeadings.ServiceIn(line)?.Name is { } found ? (LoadBalancers.Contains(found) ? "ELB" : found)
                : line.IndexOf("load balanc", StringComparison.OrdinalIgnoreCase) >= 0 ? "ELB"
                : null;
            if (name is not null)
            {
                counts[name] = counts.TryGetValue(name, out var n) ? n + 1 : 1;
            }
        }

        var ranked = counts.OrderByDescending(c => c.Value).ToList();
        var total = ranked.Sum(c => c.Value);
        return ranked.Count > 0 && ranked[0].Value >= atLeast && ranked[0].Value * 2 >= total
               && (ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value)
            ? ranked[0].Key
            : null;
    }

    private const int DominantLines = 8;

    private static readonly HashSet<string> LoadBalancers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ELB", "ALB", "NLB", "CLB", "GWLB", "Elastic Load Balancing", "Application Load Balancer", "Network Load Balancer",
        "Gateway Load Balancer", "Classic Load Balancer",
    };

    /// <summary>The service a level-1 heading's section is about, by <see cref="DominantService"/> over its lines, or null.</summary>
    private string? SectionService(HeadingBlock heading)
    {
        var start = Math.Min(heading.Span.End + 1, _text.Length);
        var next = _allHeadings.FirstOrDefault(h => h.Level <= heading.Level && h.Span.Start > heading.Span.Start);
        var end = next is null ? _text.Length : Math.Min(next.Span.Start, _text.Length);
        return end > start ? DominantService(_text.ToString(new TextSpan(start, end - start)), SectionLines) : null;
    }

    private const int SectionLines = 4;

    // The service the whole note is about, by DominantService over its lines: found once, when a heading first asks.
    private string? _noteService;
    private bool _noteServiceKnown;

    /// <summary>The service the whole note's lines name (<see cref="DominantService"/>), or null.</summary>
    private string? NoteService()
    {
        if (!_noteServiceKnown)
        {
            (_noteService, _noteServiceKnown) = (DominantService(_text.ToString()), true);
        }

        return _noteService;
    }

    // In a note without a level-1 heading, the level of its highest headings ("## Day 12 - March 19" over "### S3 Performance"):
    // they title the note as a level-1 heading would, so a heading below them is directly below the title. 1 otherwise.
    private int _titleLevel = 1;

    // The service the last heading that opened a service's class named, and its level: "#### Redshift Backups" after
    // "#### Redshift" goes on about Redshift.
    private (int Level, string Service)? _lastServiceHeading;
    private string _rootTitle = string.Empty;

    // The service the title is ("EC2" for "## ELASTIC COMPUTE CLOUD (EC2) BASICS"), or null. A note titled by a service
    // ("# S3") keeps its sections that are parts of it ("## Glacier") as sections of that class.
    private string? _titleService;
    private HeadingBlock? _rootHeading;
    private readonly HashSet<NamePart> _levelOne = new();
    // The level of the heading of a section about the page itself, while in it; 0 outside one.
    private int _aboutThePage;

    private FactExtractor(string path, SourceText text, CancellationToken cancellationToken)
    {
        _path = path;
        _text = text;
        _cancellationToken = cancellationToken;
    }

    public static RawNote Extract(string path, string relativePath, string ns, SourceText text, MarkdownDocument document, CancellationToken cancellationToken)
    {
        var extractor = new FactExtractor(path, text, cancellationToken);
        extractor.Run(document);
        return new RawNote(
            relativePath,
            ns,
            extractor._classes.ToEquatableArray(),
            extractor._facts.ToEquatableArray(),
            extractor._enums.ToEquatableArray(),
            extractor._tables.ToEquatableArray(),
            extractor._diagnostics.ToEquatableArray());
    }

    private void Run(MarkdownDocument document)
    {
        foreach (var footnote in document.Descendants<Footnote>())
        {
            _citations[footnote.Label ?? string.Empty] = CitationOf(footnote);
        }

        _speakers = Speakers.In(document);
        foreach (var (comment, key, start, length) in AnnotationTypos.In(document))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotAnAnnotation, LocationOf(new TextSpan(Math.Min(start, _text.Length), Math.Min(length, Math.Max(0, _text.Length - start)))), comment, key));
        }

        _allHeadings = document.Descendants<HeadingBlock>().ToList();

        // The root class: the first level-1 heading that has text (an empty "#" names nothing).
        _rootHeading = _allHeadings
            .FirstOrDefault(h => h.Level == 1 && (InlineText.Of(h.Inline).Length > 0 || Annotations.HeadingName(h) is not null));
        if (_rootHeading is null)
        {
            _titleLevel = _allHeadings.Select(h => h.Level).DefaultIfEmpty(1).Min();
            // No title: the file name names the class (ec2-storage.md → Ec2Storage).
            var name = Path.GetFileNameWithoutExtension(_path);
            _root = new NamePart(name, null, IsHeading: false, LocationOf(document.Count > 0 ? document[0] : document));
            _rootTitle = name;
            // "dynamodb-questions.md", "sqs_notes.md": a file named for one service is that service's class ("ec2-storage.md"
            // is about a topic, and keeps its name).
            var nameWords = FileNameWords.Replace(name, " ");
            if (ServiceHeadings.ServiceIn(nameWords) is var (written, service) && OnlyNoteKinds(nameWords, written))
            {
                (_root, _rootTitle) = (_root with { Text = service, IsHeading = true }, service);
            }
        }
        else
        {
            _root = HeadingPart(_rootHeading);
            _rootTitle = InlineText.Of(_rootHeading.Inline);
        }

        // Only a title that is a service's name ("# Amazon S3 – Notes"), not one about a topic ("# Service Quotas We Keep Hitting").
        _titleService = ServiceHeadings.ServiceOf(_rootTitle, topicsToo: false);
        if (_titleService is not null && _rootHeading is not null && Annotations.HeadingName(_rootHeading) is null)
        {
            _root = _root with { Text = _titleService }; // "# DX - Direct Connect" is Direct Connect's class, as "## DX - Direct Connect" would be
        }

        // "# Part 3: Capacity, Pricing & Auto Scaling", all about DynamoDB: the service the note is about is its class.
        if (_titleService is null && (_rootHeading is null || Annotations.HeadingName(_rootHeading) is null)
            && NoteService() is { } dominant && _rootTitle.IndexOf(dominant, StringComparison.OrdinalIgnoreCase) < 0)
        {
            _root = _root with { Text = dominant, IsHeading = true };
        }
        else if (_titleService is null && _rootHeading is not null && Annotations.HeadingName(_rootHeading) is null
                 && ServiceHeadings.ServiceOf(_rootTitle) is { } topical)
        {
            _root = _root with { Text = topical }; // "# Comparison: EBS Volume Types": the one service the title is about
        }

        AddClass(new[] { _root }, _rootTitle, _root.Location);

        foreach (var block in document)
        {
            Visit(block, null);
        }
    }

    /// <summary>The context of a block: from headings and pseudo-headings, unless a list label overrides it.</summary>
    private FactContext Context()
    {
        if (_pseudo is { } pseudo)
        {
            return new FactContext(pseudo.Class ?? HeadingClass(), pseudo.Title, pseudo.Location, pseudo.Class is not null && pseudo.Annotation.Name is not null);
        }

        if (_headings.Count > 0)
        {
            var innermost = _headings[_headings.Count - 1];
            return new FactContext(HeadingClass(), innermost.Title, innermost.Location, innermost.Class is not null || _headings.Count == 1)
            {
                SectionTitle = innermost.Class is null && _headings.Count > 1 ? innermost.Title : string.Empty,
                InLimits = InLimitsSection(),
            };
        }

        return new FactContext(new[] { _root }, _rootTitle, _root.Location, GroupIsClass: true);
    }

    /// <summary>Whether a heading around titles its section as limits ("## Limitation"): its labelled values are maximums.</summary>
    private bool InLimitsSection() => SectionKinds().Limits;

    /// <summary>Whether a heading around says its section is an example ("### Example Calculation"): no facts.</summary>
    private bool InExampleSection() => SectionKinds().Example;

    /// <summary>What the headings around say of their section, read once per section, not per sentence.</summary>
    private (bool Limits, bool Example) SectionKinds()
    {
        var innermost = _headings.Count > 0 ? _headings[_headings.Count - 1].Location : null;
        if (_sectionKinds is var (count, last, kinds) && count == _headings.Count && ReferenceEquals(last, innermost))
        {
            return kinds;
        }

        var limits = _headings.Any(h => h.Level > 1 && ProseSentences.IsLimitsTitle(h.Title));
        var example = _headings.Any(h => h.Class is null && h.Level > 1 && ProseSentences.IsExampleTitle(h.Title));
        _sectionKinds = (_headings.Count, innermost, (limits, example));
        return (limits, example);
    }

    private (int Count, LocationInfo? Innermost, (bool Limits, bool Example) Kinds)? _sectionKinds;

    private NamePart[] HeadingClass()
    {
        for (var i = _headings.Count - 1; i >= 0; i--)
        {
            if (_headings[i].Class is { } named)
            {
                return named;
            }
        }

        return new[] { _root };
    }

    private void Visit(Block block, FactContext? context)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var annotation = _pendingBlockAnnotation;
        _pendingBlockAnnotation = Annotation.None;
        var asked = _question;
        _question = null;
        var slide = _afterBreak;
        _afterBreak = block is ThematicBreakBlock;
        var leadIn = _leadIn;
        _leadIn = null;
        if (_aboutThePage > 0 && block is not HeadingBlock)
        {
            return; // a section about the page itself ("## Contributing", "## Timeline") states no facts
        }

        switch (block)
        {
            case HeadingBlock heading:
                if (heading.Parent is ListItemBlock)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HeadingInList, LocationOf(heading), InlineText.Of(heading.Inline)));
                }

                EnterHeading(heading, slide);
                break;
            case FootnoteGroup:
                break; // citations, read up front
            case HtmlBlock html:
                // A comment on its own line annotates the block after it (a table or a list).
                _pendingBlockAnnotation = Annotations.Of(html);
                VisitHtmlTable(html, context ?? Context());
                VisitToggle(html, context);
                break;
            case ParagraphBlock paragraph when context is null && IsPseudoHeading(paragraph) && QuestionAnswers.Question(InlineText.Of(paragraph.Inline)) is { } question:
                _question = question; // "**Q: How long can a Lambda function run?**", its answer in the next paragraph
                return;
            case ParagraphBlock paragraph when context is null && InlineText.OpensWith(paragraph.Inline, 'Q') && QuestionAnswers.ExamQuestion(InlineText.Of(paragraph.Inline)) is { } scenario:
                // "**Q4.** A company runs a nightly Lambda job … A. Increase the timeout to 30 minutes": a practice question's
                // scenario and options state no facts; the explanation after it is about the service it asks about.
                _exam = ServiceHeadings.ServiceIn(scenario) is var (examined, _) ? SentenceServiceContext(examined + ":", Context(), LocationOf(paragraph))?.Context : null;
                break;
            case ParagraphBlock paragraph when context is null && IsPseudoHeading(paragraph):
                EnterPseudoHeading(paragraph);
                break;
            case ParagraphBlock paragraph when context is null && asked is not null && QuestionAnswers.Answer(InlineText.Of(paragraph.Inline)) is { } answer:
                VisitSentence($"Q: {asked} A: {answer}", Annotations.Of(paragraph.Inline), boldLabel: false, LocationOf(paragraph), Context(), inList: false);
                break;
            case ParagraphBlock paragraph:
                VisitParagraph(paragraph, context ?? _exam ?? Context(), inList: false);
                _leadIn = paragraph; // read as a list's lead only if a list follows
                break;
            case ListBlock list:
                VisitList(list, (leadIn is null ? null : ListLead(leadIn, context ?? _exam ?? Context())) ?? context ?? _exam ?? Context(), annotation.IsEnum ? annotation : _pseudo?.Annotation ?? Annotation.None, label: null);
                break;
            case Table table:
                ReadTable(table, context ?? Context(), annotation);
                break;
            case CodeBlock code when IndentedLists.Items(code) is { } items:
                foreach (var (text, span) in items)
                {
                    VisitIndentedItem(text, LocationOf(span), context ?? _exam ?? Context());
                }

                break;
            case FencedCodeBlock fence:
                if (fence.ClosingFencedCharCount == 0)
                {
                    var marker = new string(fence.FencedChar, fence.OpeningFencedCharCount);
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnclosedCodeFence, LocationOf(fence), marker));
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Visit(child, context);
                }

                break;
        }
    }

    private void EnterHeading(HeadingBlock heading, bool slide = false)
    {
        _pseudo = null;
        _exam = null;
        _sectionService = heading.Level > _sectionServiceLevel ? _sectionService : null;
        if (_aboutThePage > 0 && heading.Level <= _aboutThePage)
        {
            _aboutThePage = 0;
        }

        if (_aboutThePage == 0 && heading.Level > 1 && PageSections.IsAboutThePage(InlineText.Of(heading.Inline)))
        {
            _aboutThePage = heading.Level;
        }

        // A rule before a heading deeper than a section around it ("## SQS – Simple Queue Service" … "---" … "### Queue
        // Types") only separates that section's parts: no slide.
        slide = slide && !_headings.Any(h => h.Level > 1 && h.Level < heading.Level);
        while (_headings.Count > 0 && _headings[_headings.Count - 1].Level >= heading.Level)
        {
            _headings.RemoveAt(_headings.Count - 1);
        }

        // A slide deck ("---" then "## Slide 5 — Aurora"): each slide's heading is directly below the level-1 heading
        // around it (the title, or "# Simple Queue Service (SQS)" in a note of several), whatever slide came before.
        while (slide && _headings.Count > 0 && _headings[_headings.Count - 1].Level != 1)
        {
            _headings.RemoveAt(_headings.Count - 1);
        }

        var title = InlineText.Of(heading.Inline);
        var location = LocationOf(heading);
        var pinned = Annotations.HeadingName(heading) is not null;
        if (!pinned && IndexLetter.IsMatch(title.Trim()))
        {
            // "### C" in a glossary: a letter of the index, which names nothing; the section around it still titles.
            _headings.Add((heading.Level, null, _headings.Count > 0 ? _headings[_headings.Count - 1].Title : _rootTitle, location));
            return;
        }

        var service = pinned || ReferenceEquals(heading, _rootHeading) ? null : ServiceBelowTitle(heading, title);
        if (ReferenceEquals(heading, _rootHeading) || !(pinned || StartsService(heading, title) || service is not null))
        {
            // "#### How do I configure the maximum message size for Amazon SQS?": what the question asks about titles the answer.
            var asked = ReferenceEquals(heading, _rootHeading) ? null : QuestionAnswers.HeadingLabel(title, HeadingClass() is { Length: > 0 } around ? around[around.Length - 1].Text : _rootTitle);
            _headings.Add((heading.Level, null, asked ?? title, location));
            return;
        }

        if (!pinned)
        {
            // Every level-1 heading starts a class: a note may hold several services. So does a heading below the title
            // that names one ("## SQS"). Like the root, an unpinned one leaves the pinned pseudo-headings under it top-level.
            // "# Slide 3 — DynamoDB limits" names DynamoDB's class, as "## DynamoDB limits" would.
            service ??= MayNameByService(heading) ? ServiceHeadings.ServiceOf(title) : null;
            // "# 3. Why use a load balancer?" over a section about ELB: the service its lines name.
            service ??= heading.Level == 1 && !ServiceHeadings.MentionsService(title) ? SectionService(heading) ?? NoteService() : null;
            _lastServiceHeading = service is null ? null : (heading.Level, service);
            var part = service is null ? HeadingPart(heading) : new NamePart(service, null, IsHeading: true, location);
            _levelOne.Add(part);
            _headings.Add((heading.Level, new[] { part }, title, location));
            AddClass(new[] { part }, title, location);
            return;
        }

        // A pinned heading starts a top-level class; a dotted pin (Sqs.Fifo) gives its full path.
        var path = PathOf(HeadingPart(heading), Array.Empty<NamePart>());
        _headings.Add((heading.Level, path, title, location));
        AddClass(path, title, location);
    }

    /// <summary>A level-1 heading with text after the root's starts a class of its own (an empty "#" names nothing).</summary>
    private static bool StartsService(HeadingBlock heading, string title) => heading.Level == 1 && title.Trim().Length > 0;

    /// <summary>A paragraph that is only bold text (<c>**SQS FIFO Queues**</c>) groups what follows, like a heading.</summary>
    private static bool IsPseudoHeading(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null)
        {
            return false;
        }

        // "💻 **EC2**": an emoji or symbol before the bold text is decoration.
        var meaningful = paragraph.Inline
            .Where(i => i is not HtmlInline && i is not LineBreakInline && !(i is LiteralInline l && !l.Content.ToString().Any(char.IsLetterOrDigit)))
            .ToList();
        // "🐳 **ECS** / 🚀 **Fargate**": a few bold names with only symbols between them title a group too.
        return meaningful.Count is >= 1 and <= 3 && meaningful.All(i => i is EmphasisInline { DelimiterCount: 2 });
    }

    private void EnterPseudoHeading(ParagraphBlock paragraph)
        => EnterPseudoHeading(InlineText.Of(paragraph.Inline).TrimEnd(':').Trim(), Annotations.Of(paragraph.Inline), LocationOf(paragraph));

    private void EnterPseudoHeading(string title, Annotation annotation, LocationInfo location)
    {
        title = SubjectPhrase.WithoutProseRemark(title); // "**Snowcone (smaller)**" titles Snowcone
        _sectionService = null; // a titled group of its own
        NamePart[]? path = null;
        if (annotation.Name is { } pinned)
        {
            // Nested in the innermost pinned heading's class; outside one (in the root's catch-all), top-level.
            var heading = HeadingClass();
            var parent = heading.Length == 1 && (heading[0] == _root || _levelOne.Contains(heading[0])) ? Array.Empty<NamePart>() : heading;
            path = PathOf(new NamePart(title, pinned, IsHeading: true, location), parent);
            AddClass(path, title, location);
        }

        else if (ServiceHeadings.ServiceOf(title, topicsToo: true) is { } service)
        {
            // "**API Gateway**" over its limits, in a note titled by a topic: that service's class, as its heading would be.
            _pseudo = null;
            path = SentenceServiceContext(service + ":", Context(), location)?.Context.ClassPath;
        }

        // An unpinned pseudo-heading ("**Key Configurations:**") only retitles the text inside the class a pinned
        // one ("**Firehose** <!-- name: Firehose -->") or a service's ("**API Gateway**") opened; a heading closes both,
        // and so does one that names other services ("**ECS** / **Fargate**" after "**EC2**").
        var closes = path is null && _pseudo is { Class: not null, Annotation.Name: null } && ServiceHeadings.MentionsService(title);
        _pseudo = (path ?? (closes ? null : _pseudo?.Class), title, location, annotation);
    }

    /// <summary>
    /// A toggle, as Notion and GitHub export one (<c>&lt;details&gt;&lt;summary&gt;SQS — FIFO&lt;/summary&gt;</c> over its
    /// items, then <c>&lt;/details&gt;</c>): its summary titles what is inside, like a bold line, and the end closes it.
    /// </summary>
    private void VisitToggle(HtmlBlock html, FactContext? context)
    {
        var text = html.Lines.ToString();
        var ends = text.IndexOf("</details", StringComparison.OrdinalIgnoreCase) >= 0;
        if (context is not null || text.IndexOf("<summary", StringComparison.OrdinalIgnoreCase) < 0 && !ends)
        {
            return;
        }

        var summary = ToggleSummary.Match(text);
        if (summary.Success && HtmlTags.Replace(summary.Groups["title"].Value, string.Empty).Trim() is { Length: > 0 } title)
        {
            EnterPseudoHeading(System.Net.WebUtility.HtmlDecode(title).TrimEnd(':').Trim(), Annotation.None, LocationOf(html));
        }
        else if (ends && !summary.Success)
        {
            _pseudo = null;
            _sectionService = null;
        }
    }

    private static readonly Regex ToggleSummary = new(@"<summary[^>]*>(?<title>.*?)</summary>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline);

    private static readonly Regex HtmlTags = new(@"<[^>]+>", RegexOptions.CultureInvariant);

    /// <summary>
    /// The facts of a paragraph, line by line (hard line breaks separate sentences). A paragraph of a term and its
    /// definitions (<c>DB instances per account</c> then <c>: 40</c>, as definition lists write them) reads each
    /// definition as the term's value.
    /// </summary>
    private void VisitParagraph(ParagraphBlock paragraph, FactContext context, bool inList)
    {
        var lines = InlineText.Lines(paragraph.Inline, out var sheetLines);
        if (QuestionAnswers.OpensLikeOption(paragraph.Inline) && QuestionAnswers.AreOptions(_text.ToString(SpanOf(paragraph)).Split('\n')))
        {
            return; // "A. 100 KB" / "B. 256 KB" / "C. 400 KB": a quiz's options, right and wrong alike
        }

        var term = IsDefinitionList(lines) ? InlineText.Of(lines[0]) : null;
        // "**Cluster volume** — It starts at 10 GiB …": a glossary entry's term titles what its definition measures.
        // So does "- **Durable Functions** — … can suspend for up to 1 year" in a list, unless its value follows the dash
        // ("- **Timeout** — 15 min": a label and its value).
        var entry = term is null && GlossaryTerm(paragraph) is { } found && (!inList || DefinesValue(paragraph, found.Length)) ? found : default((string Term, int Length)?);
        if (entry is { } glossed)
        {
            _sectionService = null; // each entry is about its own term
            var termService = ServiceHeadings.ServiceIn(glossed.Term)?.Written;
            context = (termService is null ? null : SentenceServiceContext(termService + ":", context, LocationOf(paragraph))?.Context) ?? context;
            var title = ServiceLabels.WithoutService(glossed.Term, termService) ?? glossed.Term;
            context = context with { GroupTitle = title, GroupLocation = LocationOf(paragraph), GroupIsClass = false, GroupIsItem = true };
        }

        // A cheat sheet's lines (no bullets, no blank lines) are read as list items, each on the service it or a line
        // above names: "SQS msg → max 1 MiB" then "retention → 1 min–14 days".
        var sheet = !inList && lines.Count >= 3 && sheetLines;
        FactContext? carried = null;
        foreach (var line in term is null ? lines : lines.Skip(1))
        {
            var answer = InlineText.AnswerLineStart(line);
            var location = answer > 0 ? LocationOf(TextSpan.FromBounds(line[answer].Span.Start, line[line.Count - 1].Span.End + 1))
                : lines.Count == 1 ? LocationOf(paragraph) : LocationOf(TextSpan.FromBounds(line[0].Span.Start, line[line.Count - 1].Span.End + 1));
            var boldLabel = entry is null && (term is not null || line.FirstOrDefault() is EmphasisInline { DelimiterCount: 2 });
            var citation = Cite(line);
            var before = Mark();
            var annotation = Annotations.Of(line);
            var text = WithoutCloze(WithoutTaskBox(InlineText.Of(line)));
            text = entry is { } defined && ReferenceEquals(line, lines[0]) ? text.Substring(Math.Min(text.Length, defined.Length)).TrimStart() : text;
            var sentence = term is null ? (inList ? PseudoBullets.WithoutOutlineNumber(text) : text) : term + ": " + InlineText.Of(line).Substring(1).Trim();
            carried = sheet ? SheetLineContext(sentence, context, location) ?? carried : null;
            VisitSentence(sentence, annotation, boldLabel, location, carried ?? context, inList || sheet);
            ReportIfUnmatched(before, sentence, location);

            var was = annotation.Was.Count == 0 ? EquatableArray<string>.Empty : annotation.Was.ToEquatableArray();
            var traits = TraitReader.Read(annotation, location, _diagnostics);
            for (var i = before.Facts; i < _facts.Count; i++)
            {
                _facts[i] = _facts[i] with
                {
                    Citation = citation,
                    Was = i == before.Facts ? was : EquatableArray<string>.Empty,
                    Traits = TraitReader.For(traits, _facts[i].Shape, _facts[i].Base.Text),
                };
            }

            for (var i = before.Enums; i < _enums.Count; i++)
            {
                _enums[i] = _enums[i] with { Citation = citation, Traits = TraitReader.For(traits, FactShape.Text) };
            }
        }
    }

    /// <summary>
    /// A glossary entry's term: a paragraph that opens with a bold term and a dash (<c>**Aurora Replica** — A read-only
    /// copy …</c>). The term, and the length of the text up to its definition; null for any other paragraph.
    /// </summary>
    private static (string Term, int Length)? GlossaryTerm(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not EmphasisInline { DelimiterCount: 2 } bold || bold.NextSibling is not LiteralInline after)
        {
            return null;
        }

        var rest = after.Content.ToString();
        var dash = EntryDash.Match(rest);
        var written = InlineText.Of(bold);
        var term = written.Trim();
        return dash.Success && term.Length is > 0 and <= 60 && !Grammar.Numbers.HasDigit(term)
            ? (term, written.Length + dash.Length)
            : null;
    }

    /// <summary>Whether a list item's text after its term holds a value, not first ("— 15 min" is a label's value).</summary>
    private static bool DefinesValue(ParagraphBlock paragraph, int termLength)
    {
        var text = InlineText.Of(paragraph.Inline);
        var rest = text.Substring(Math.Min(termLength, text.Length)).TrimStart();
        return Grammar.Numbers.HasDigit(rest) && !Grammar.Numbers.StartsWithValue(rest);
    }

    private static readonly Regex FileNameWords = new(@"[-_.]+", RegexOptions.CultureInvariant);

    /// <summary>Whether a file name says nothing but the service and what kind of note it is ("dynamodb questions").</summary>
    private static bool OnlyNoteKinds(string words, string service)
        => words.Split(' ').Where(w => w.Length > 0).All(w => service.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0 || NoteKinds.Contains(w));

    private static readonly HashSet<string> NoteKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "questions", "question", "quiz", "notes", "note", "cheatsheet", "cheat", "sheet", "faq", "flashcards", "cards", "summary",
        "exam", "review", "practice", "study", "limits", "quotas", "facts", "readme", "aws", "amazon", "tips",
    };

    private static readonly Regex IndexLetter = new(@"^[A-Z](?:\s*[–—-]\s*[A-Z])?$", RegexOptions.CultureInvariant);

    private static readonly Regex EntryDash = new(@"^\s*[—–-]\s+", RegexOptions.CultureInvariant);

    /// <summary>An Anki cloze deletion as its answer: <c>{{c1::128 MB}}</c> → <c>128 MB</c> (a hint after <c>::</c> dropped).</summary>
    private static string WithoutCloze(string text)
        => text.IndexOf("{{", StringComparison.Ordinal) < 0 ? text : Cloze.Replace(text, "${answer}");

    private static readonly Regex Cloze = new(@"\{\{c\d+::(?<answer>.*?)(?:::[^}]*)?\}\}", RegexOptions.CultureInvariant);

    /// <summary>
    /// Where a prose sentence starts in its paragraph (<paramref name="paragraphText"/>, the text of
    /// <paramref name="paragraph"/>): the line its first words are on, found after the previous sentence's
    /// (<paramref name="searchFrom"/>, an offset in the paragraph's text); the paragraph's own place when they are not found.
    /// </summary>
    private LocationInfo SentenceLocation(string sentence, LocationInfo paragraph, string paragraphText, ref int searchFrom)
    {
        var words = sentence.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Take(2).ToArray();
        var key = string.Join(" ", words);
        var found = key.Length < 3 ? -1 : paragraphText.IndexOf(key, searchFrom, StringComparison.Ordinal);
        if (found < 0)
        {
            return paragraph;
        }

        searchFrom = found + key.Length;
        var start = paragraph.Span.Start + found;
        var line = _text.Lines.GetLineFromPosition(start);
        return LocationOf(TextSpan.FromBounds(start, Math.Min(paragraph.Span.End, line.End)));
    }

    /// <summary>A task list's box (<c>- [x] task definition size ≤ 64 KiB</c>) is no part of what the item says.</summary>
    private static string WithoutTaskBox(string text)
        => text.Length > 3 && text[0] == '[' && text[2] == ']' && text[1] is ' ' or 'x' or 'X' ? text.Substring(3).TrimStart() : text;

    private static bool IsDefinitionList(List<List<Inline>> lines)
        => lines.Count > 1 && lines.Skip(1).All(l => InlineText.IsDefinitionStart(l[0]));

    /// <summary>
    /// The facts of one sentence: <c>Label: values</c>, pairs, a literal, a list of names, or values in prose, by the
    /// sentence forms of <see cref="ValueGrammar"/>. A prose paragraph outside a list, with no label, gives only its
    /// values, sentence by sentence: the names and code spans prose mentions in passing are not facts.
    /// </summary>
    private void VisitSentence(string text, Annotation annotation, bool boldLabel, LocationInfo location, FactContext context, bool inList)
    {
        text = ProseSentences.WithoutCallout(text); // "Exam tip: 504 = integration timed out": the word says how to read it
        text = ProseSentences.WithoutQuotedQuestion(text); // "“Need a 200 MB package?” → ✅ Container image (up to 10 GB)"
        text = NumberFirst.AsLabelled(text); // "64,000 is the max IOPS per volume" → "max IOPS per volume: 64,000"
        if (_speakers.Count > 0 && Speakers.Said(text, _speakers) is { } spoken)
        {
            (text, inList, boldLabel) = (spoken, false, false); // "**Priya:** the max message size is now 1 MiB": what she says is prose
        }

        if (InExampleSection() || ProseSentences.IsPricing(text, context.GroupIsItem ? context.GroupTitle : string.Empty))
        {
            return; // "### Example Calculation", "- Pay per call:": an example's figures, a price list's
        }

        var isCard = QuestionAnswers.IsCard(text);
        text = inList && !isCard ? ProseSentences.WithoutLaterStories(text) : text; // "…defaults to 300 seconds. We run 30 s."
        if (ProseSentences.OpensWithExample(text) || ProseSentences.OwnLabel(text) || (inList && !isCard && (ProseSentences.IsStory(text) || ProseSentences.IsWorkedExample(text) || ProseSentences.IsSum(text))))
        {
            return; // "• e.g. 3 tasks behind 1 ALB", "- ours: api fns 1024MB / 30s", "- I set up a table with 5 RCU"
        }

        var topic = context;
        var opened = SentenceServiceContext(text, context, location) ?? (inList && _sectionService is null ? ItemServiceContext(text, context, location) : null);
        context = opened?.Context ?? context;
        if (isCard)
        {
            // A flashcard: the answer is the value of what the question asks about, wherever the card is written; a
            // card that asks about one service ("… for a Lambda function?") is filed under it.
            var asked = opened is null ? CardServiceContext(text, context, location) : null;
            context = asked?.Context ?? context;
            if (QuestionAnswers.Split(text, asked?.Written ?? (context.ClassPath.Length > 0 ? context.ClassPath[context.ClassPath.Length - 1].Text : string.Empty)) is { } card)
            {
                ReadAnswer(text, ServiceLabels.WithoutServiceWords(card.Label, asked?.Written), card.Value, annotation, context, location);
                return;
            }
        }

        if (inList && SemicolonClauses.Split(text, annotation.Names.Count > 0) is { } clauses)
        {
            // "Users per acct: 5,000; groups per acct: 300": each labelled clause is a statement of its own.
            // "timeout is 15 minutes max; default is 3 seconds": a clause whose subject is only a bound is the one before's.
            string? previous = null;
            foreach (var clause in clauses)
            {
                var before = _facts.Count;
                var said = previous is not null && BoundOnlySubject.IsMatch(clause) ? previous + " " + clause : clause;
                VisitSentence(said, annotation, boldLabel, location, context, inList);
                previous = _facts.Count > before ? _facts[before].Base.Text : previous;
            }

            return;
        }

        if (inList && ShorthandLabels.Runs(text) is { } runs)
        {
            // "params 200 outputs 200 mappings 200": one fact per label and number.
            foreach (var (runLabel, runValue) in runs)
            {
                ValueGrammar.Read(new Sentence(text, ServiceLabels.WithoutService(runLabel, opened?.Written), runValue, annotation, InList: true, context, location), this);
            }

            return;
        }

        var (label, value) = LineLabels.Split(text, inList || boldLabel);
        (label, value) = label is null && ProseSentences.CodeSubject(text) is { } code ? code : (label, value);
        if (!inList && label is null)
        {
            // Over several lines, each sentence is cited at the line it starts on: the paragraph's text, read once.
            var paragraph = location.LineSpan.Start.Line != location.LineSpan.End.Line && location.Span.End <= _text.Length
                ? _text.ToString(location.Span)
                : null;
            var searchFrom = 0;
            string? subject = null;
            // A paragraph that names one service, in its first sentence, is about it, even where only a sentence left
            // out as a story names it ("Our pipeline runs on SQS FIFO…"); named later, it is mentioned in passing.
            var whole = MayFileUnderService(topic) && ServiceHeadings.ServiceIn(ProseSentences.First(text)) is not null
                ? SentenceServiceContext(text, topic, location, anywhere: true)?.Context
                : null;
            context = Carry(whole) ?? context;
            foreach (var prose in ProseSentences.Split(text))
            {
                if (ProseSentences.IsCalculation(prose))
                {
                    continue; // "10 items × 2 = 20 RCUs": a worked example
                }

                // "Health checks: 200 per account, …": a sentence may open with a short label of its values, or with the
                // code its value limits ("`RetentionInDays` takes a value from 1 to 3,653 days").
                var (proseLabel, proseValue) = ProseSentences.Label(prose);
                (proseLabel, proseValue) = proseLabel is null && ProseSentences.CodeSubject(prose) is { } coded ? coded : (proseLabel, proseValue);
                // "The visibility timeout was the trap. It defaults to 30 seconds": "it" is what the sentence before was about.
                proseLabel ??= ProseSentences.RefersBack(prose) ? subject : null;
                var at = paragraph is null ? location : SentenceLocation(prose, location, paragraph, ref searchFrom);
                // The paragraph stays on its service; a sentence that opens with one is what the section goes on about.
                var own = SentenceServiceContext(prose, topic, at, anywhere: true)?.Context;
                context = (ServiceHeadings.SentenceService(prose) is null ? own : Carry(own)) ?? context;
                var before = _facts.Count;
                ValueGrammar.ReadProse(new Sentence(prose, proseLabel, proseValue, annotation, InList: false, context, at), this);
                subject = _facts.Count > before ? _facts[_facts.Count - 1].Base.Text : ProseSentences.SubjectOf(prose) ?? subject;
            }

            return;
        }

        var measured = ServiceLabels.WithoutService(label, opened?.Written);
        // "Fargate: 0.25–16 vCPU" filed under Fargate: what follows the service's name is all there is to read, and
        // words after its value say what it measures ("lambda: 15m timeout").
        var read = label is not null && measured is null ? value : text;
        measured ??= label is not null && TrailingMeasure.Match(value) is { Success: true } trailing ? trailing.Groups["words"].Value : null;
        ValueGrammar.Read(new Sentence(read, measured, value, annotation, inList, context, location), this);
    }

    /// <summary>
    /// A flashcard's answer: its first sentence is the value of what the question asks about; a later sentence names
    /// its own values by its subject ("A: 5 TB. A single PUT can upload at most 5 GB"), or by the question when it has
    /// none ("… Up to 35 days. It defaults to 7"). Sentences that tell the writer's own story are left out.
    /// </summary>
    private void ReadAnswer(string card, string label, string answer, Annotation annotation, FactContext context, LocationInfo location)
    {
        var sentences = ProseSentences.Split(answer).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (!Grammar.Numbers.HasDigit(sentence))
            {
                continue;
            }

            // "Standard workflows: up to 1 year": a variant of what the question asks about; "A single PUT can upload at
            // most 5 GB": a subject and its verb name the value; else it is the value of what the question asks.
            var (own, value) = ProseSentences.Label(sentence);
            var digit = Grammar.Numbers.FirstDigit(sentence);
            if (QuestionAnswers.OpensWithAmount(sentence) || ProseSentences.RefersBack(sentence) || (own is null && !SubjectPhrase.HasVerb(sentence.Substring(0, digit))))
            {
                ValueGrammar.Read(new Sentence(i == 0 ? card : sentence, label, sentence, annotation, InList: true, context, location), this);
                continue;
            }

            ValueGrammar.ReadProse(new Sentence(sentence, own is null ? null : label + " " + own, value, annotation, InList: false, context, location), this);
        }
    }

    private static readonly Regex BoundOnlySubject = new(
        @"^(?:the\s+)?(?:default|max(?:imum)?|min(?:imum)?)\s+(?:is|was|of)\s+[~≈]?\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex TrailingMeasure = new(
        @"^[~≈≤≥<>=\s]*\d[\d.,]*\s?[A-Za-z%]{0,7}\s+(?<words>[a-z]+(?:\s[a-z]+){0,2})\.?$", RegexOptions.CultureInvariant);

    /// <summary>The citation a sentence's footnote references give, joined when there are several.</summary>
    private Citation Cite(IEnumerable<Inline> line)
    {
        List<Citation>? cited = null;
        CollectCitations(line, ref cited);
        return cited is null
            ? Citation.None
            : new Citation(string.Join("; ", cited.Select(c => c.Reference)), cited.Select(c => c.AsOf).Where(a => a.Length > 0).DefaultIfEmpty(string.Empty).Max()!);
    }

    private void CollectCitations(IEnumerable<Inline> inlines, ref List<Citation>? cited)
    {
        // Most sentences cite nothing: no allocation until a footnote reference turns up.
        foreach (var inline in inlines)
        {
            if (inline is FootnoteLink { IsBackLink: false, Footnote.Label: { } label } && _citations.TryGetValue(label, out var citation))
            {
                cited ??= new List<Citation>();
                if (!cited.Contains(citation))
                {
                    cited.Add(citation);
                }
            }
            else if (inline is ContainerInline container)
            {
                CollectCitations(container, ref cited);
            }
        }
    }

    private static readonly Regex AsOf = new(@"\s*[Aa]s of (?<date>\d{4}-\d{2}(?:-\d{2})?)\.?", RegexOptions.CultureInvariant);

    private static Citation CitationOf(Footnote footnote)
    {
        var text = string.Join(" ", footnote.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline)));
        var match = AsOf.Match(text);
        return match.Success
            ? new Citation(InlineText.Collapse(text.Remove(match.Index, match.Length)).TrimEnd(' ', ';', ','), match.Groups["date"].Value)
            : new Citation(text, string.Empty);
    }

    /// <summary>The path of a class: a dotted pin is absolute (<c>Sqs.Fifo</c>), anything else nests in <paramref name="parent"/>.</summary>
    internal static NamePart[] PathOf(NamePart part, NamePart[] parent)
    {
        if (part.ExplicitName is { } pinned && pinned.IndexOf('.') > 0)
        {
            return pinned.Split('.').Select(segment => part with { ExplicitName = segment }).ToArray();
        }

        return parent.Concat(new[] { part }).ToArray();
    }

    private void AddClass(NamePart[] path, string title, LocationInfo location)
        => _classes.Add(new RawClass(path.ToEquatableArray(), InlineText.Collapse(Emoji.Remove(title)), location));

    private NamePart HeadingPart(HeadingBlock heading)
        => new(InlineText.Of(heading.Inline), Annotations.HeadingName(heading), IsHeading: true, LocationOf(heading));

    private TextSpan SpanOf(Block block)
    {
        // Markdig's spans include their last character; clamp in case a block ends at the end of the file.
        var start = Math.Max(0, Math.Min(block.Span.Start, _text.Length));
        var end = Math.Min(_text.Length, Math.Max(start, block.Span.End + 1));
        return TextSpan.FromBounds(start, end);
    }

    private LocationInfo LocationOf(Block block) => LocationOf(SpanOf(block));

    public LocationInfo LocationOf(TextSpan span) => new(_path, span, _text.Lines.GetLinePositionSpan(span));

    void INoteSink.AddFact(RawFact fact) => _facts.Add(InSectionService(fact));

    void INoteSink.AddEnum(RawEnum item) => _enums.Add(item);

    void INoteSink.AddClass(NamePart[] path, string title, LocationInfo location) => AddClass(path, title, location);

    void INoteSink.Report(DiagnosticInfo diagnostic) => _diagnostics.Add(diagnostic);

    string INoteSink.SourceOf(TextSpan span) => _text.ToString(span);
}
