using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Parse;
using Markdig.Syntax;

namespace AwsFacts.Generator.Extract;

// Which service's class a block is filed under, in a note titled by a topic: headings, list lead-ins, flashcards and sentences that name one service.
internal sealed partial class FactExtractor
{
    private readonly Dictionary<string, NamePart> _sentenceServices = new(StringComparer.Ordinal);

    // The service a sentence or cheat-sheet line of the current section was last filed under; null after a heading.
    private NamePart? _sectionService;

    // The level of the heading whose section _sectionService was named in: its subsections ("### FIFO queues") keep it.
    private int _sectionServiceLevel;

    /// <summary>
    /// The service a heading below the title names (<see cref="ServiceHeadings"/>), when it may start a class: under a
    /// title that is no service itself ("Exam tips", not "S3", whose "## Glacier" is a part of S3) and no heading that
    /// started a class, in a note whose classes no heading pins (a pinned note decides its classes itself).
    /// </summary>
    private string? ServiceBelowTitle(HeadingBlock heading, string title)
    {
        if (heading.Level == 1 || (_rootHeading is not null && Annotations.HeadingName(_rootHeading) is not null))
        {
            return null;
        }

        var enclosing = _headings.LastOrDefault(h => h.Class is not null).Class;
        // Directly below the title, "## S3 request rates" is a section about S3; deeper, a part of its section's subject.
        var service = enclosing is not null || _titleService is not null
            ? OtherServiceBelow(title, enclosing is null ? _titleService! : enclosing[enclosing.Length - 1].Text)
            : ServiceHeadings.ServiceOf(title, topicsToo: _headings.All(h => h.Level == 1 || h.Level == _titleLevel));

        // Unless the heading before it at its level was that service: "#### Redshift", then "#### Redshift Backups".
        return service ?? (_lastServiceHeading is var (level, last) && level == heading.Level
                           && ServiceHeadings.ServiceOf(title, topicsToo: true) is { } topic && string.Equals(topic, last, StringComparison.OrdinalIgnoreCase)
            ? topic
            : ContinuedService(heading, title));
    }

    /// <summary>
    /// In a note whose title names the services it covers ("# Other Serverless: Step Functions and AppSync"), a heading
    /// that names none, at the level of the last service's ("## Task States" after "## Step Functions"), goes on about
    /// it; null anywhere else.
    /// </summary>
    private string? ContinuedService(HeadingBlock heading, string title)
        => _lastServiceHeading is var (level, last) && level == heading.Level && _titleService is null
           && _rootTitle.IndexOf(last, StringComparison.OrdinalIgnoreCase) >= 0 && !ServiceHeadings.MentionsService(title)
            ? last
            : null;

    /// <summary>
    /// Under a title or section that is a service (or any class), a heading that is another service by name
    /// ("### Elastic Block Store (EBS)" in EC2's note, "### AWS Snowmobile" in S3's): that service, whose facts these are;
    /// else null. A part of the service around it ("## Glacier" in S3's note) and a heading that merely mentions one
    /// ("## Lambda triggers") stay in its class.
    /// </summary>
    private static string? OtherServiceBelow(string title, string around)
        => ServiceHeadings.NamedOrLed(title) is { } named && !ServiceHeadings.SameOrPart(named, around) ? named : null;

    /// <summary>Whether a later level-1 heading may be named by the service it names: not in a note that pins its classes.</summary>
    private bool MayNameByService(HeadingBlock heading)
        => heading.Level == 1 && (_rootHeading is null || Annotations.HeadingName(_rootHeading) is null);

    /// <summary>
    /// The context of the list after a paragraph that leads into it by naming a service ("Lambda, off the top of my
    /// head:", or only "SQS"): that service's class, in a note titled by a topic; else null.
    /// </summary>
    private FactContext? ListLead(ParagraphBlock paragraph, FactContext context)
    {
        var text = InlineText.Of(paragraph.Inline).Trim();
        // "SQS" alone on the line above a list of its figures leads it too, as a cram sheet without headings writes it.
        var leads = text.EndsWith(":", StringComparison.Ordinal) || (text.Length <= 40 && ServiceHeadings.ServiceOf(text, topicsToo: false) is not null);
        return leads && text.Length <= 120 && !Grammar.Numbers.HasDigit(text)
               && ServiceHeadings.ServiceIn(text) is var (written, _)
            ? SentenceServiceContext(written + ":", context, LocationOf(paragraph))?.Context
            : TitledLead(text, context, LocationOf(paragraph));
    }

    /// <summary>
    /// A short line over a list that says what its items are about ("Shard limits:", "each shard can:", "Stream") titles
    /// them as a list item over them would: a value an item does not name is named by it. Null for a sentence.
    /// </summary>
    private static FactContext? TitledLead(string text, FactContext context, LocationInfo location)
    {
        var words = text.TrimEnd(':').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || text.Length > 40 || Grammar.Numbers.HasDigit(text) || text.IndexOfAny(SentenceMarks) >= 0
            || (!text.EndsWith(":", StringComparison.Ordinal) && words.Length > 2))
        {
            return null;
        }

        var title = SubjectPhrase.Title(SubjectPhrase.Before(text.TrimEnd(':')) ?? string.Empty);
        return title.Length == 0 ? null : context with { GroupTitle = title, GroupLocation = location, GroupIsClass = false, GroupIsItem = true };
    }

    private static readonly char[] SentenceMarks = { '.', '!', '?', ';', '(', '`', '|' };

    /// <summary>The context of a flashcard that asks about one service, in a note whose title is a topic; else null.</summary>
    private (FactContext Context, string Written)? CardServiceContext(string card, FactContext context, LocationInfo location)
        => MayFileUnderService(context) && ServiceHeadings.ServiceIn(Hashtags.Replace(card, string.Empty)) is var (written, _)
           && SentenceServiceContext(written + ":", context, location) is { } filed
            ? (filed.Context, written)
            : null;

    // "#aws #saa #ecs #fargate": a deck's tags after a card say what it is filed under, not what it asks.
    private static readonly Regex Hashtags = new(@"(?<!\w)#[\w-]+", RegexOptions.CultureInvariant);

    /// <summary>
    /// The context of a cheat sheet's line that names a service, which the lines after it keep: one that holds a number
    /// and names one service ("SNS std topic ⇒ ≤ 12.5M subs"), or one that opens with a service's name before a comma or
    /// colon ("Firehose, S3 dest buffer:"). Null for any other line.
    /// </summary>
    private FactContext? SheetLineContext(string line, FactContext context, LocationInfo location)
        => Carry(SentenceServiceContext(line, context, location, anywhere: true)?.Context)
           ?? (ServiceHeadings.ServiceOf(line.Split(',', ':')[0].Trim(), topicsToo: false) is { } service
               ? SentenceServiceContext(service + ":", context, location)?.Context
               : null);

    /// <summary>
    /// The context of a list item whose label, or what it counts per, names one service ("- **Subnets per VPC:** 200",
    /// "- Internet Gateways: 1 per VPC"), in a section that is about no service yet; null for any other item. A service
    /// the item mentions elsewhere ("… claim-check via S3") is no subject of it.
    /// </summary>
    private (FactContext Context, string Written)? ItemServiceContext(string text, FactContext context, LocationInfo location)
    {
        var colon = text.IndexOf(':');
        var label = colon is > 0 and < 60 ? text.Substring(0, colon) : null;
        var service = label is not null ? ServiceHeadings.CountedServiceIn(label) : null;
        var subject = service is not null ? label : PerService.Match(text) is { Success: true } per ? per.Value : null;
        service ??= subject is not null ? ServiceHeadings.CountedServiceIn(subject) : null;
        return service is var (written, _) && !ServiceHeadings.NamesSeveral(subject!)
            ? SentenceServiceContext(written + ":", context, location)
            : null;
    }

    // "1 per VPC", "5 per Load Balancer": what a value counts per, written as a name; not a thing of it ("per VPC
    // attachment"), nor shorthand ("targets per alb").
    private static readonly Regex PerService = new(@"\bper\s+(?:a\s+|an\s+|each\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\b(?!\s+[a-z])", RegexOptions.CultureInvariant);

    /// <summary>
    /// Remembers the service a sentence or line was filed under, for the rest of its section (<paramref name="filed"/>
    /// is returned as it is).
    /// </summary>
    private FactContext? Carry(FactContext? filed)
    {
        if (filed is { ClassPath.Length: > 0 } && filed.ClassPath[0] != _root)
        {
            _sectionService = filed.ClassPath[0];
            _sectionServiceLevel = _headings.Count > 0 ? _headings[_headings.Count - 1].Level : 0;
        }

        return filed;
    }

    /// <summary>
    /// A fact the page's own class would hold, filed under the service its section last named: "Amazon SQS now accepts
    /// a message of up to 1 MiB" and then, a paragraph later, "You can set it anywhere from 1,024 bytes" are both SQS's.
    /// </summary>
    private RawFact InSectionService(RawFact fact)
        => _sectionService is { } service && fact.ClassPath.Count == 1 && fact.ClassPath[0] == _root
           && !ServiceHeadings.NamesSeveral(fact.Sentence) // "Lambda + API Gateway: max 29 s" is about neither alone
            ? fact with { ClassPath = new[] { service }.ToEquatableArray() }
            : fact;

    /// <summary>
    /// Whether a fact in this context may be filed under a service it names: in a note whose title is no service and
    /// whose root is not pinned, outside any class a heading started (a clause already filed under its service too).
    /// </summary>
    private bool MayFileUnderService(FactContext context)
        => _titleService is null && context.ClassPath.Length == 1 && (_rootHeading is null || Annotations.HeadingName(_rootHeading) is null);

    /// <summary>
    /// The context of a sentence that opens with a service ("For DynamoDB, max item size is 400 KB"), in a note whose
    /// title is a topic ("Serverless limits that bit me", a forum thread) and where no heading around started a class:
    /// the service's class, as a heading of its name would give. Null for any other sentence.
    /// </summary>
    private (FactContext Context, string Written)? SentenceServiceContext(string sentence, FactContext context, LocationInfo location, bool anywhere = false)
    {
        // "⚠️ Limit: an ECS cluster holds at most 5,000 services": a prose sentence (anywhere) that names one service is about it.
        if (!MayFileUnderService(context) || (ServiceHeadings.SentenceService(sentence) ?? (anywhere && Grammar.Numbers.HasDigit(sentence) ? ServiceHeadings.ServiceIn(sentence) : null)) is not var (written, service))
        {
            return null;
        }

        // A clause of a line already filed under its service ("SFN: Standard ≤ 1 yr | payload ≤ 256 KiB") stays there.
        var key = service.ToLowerInvariant();
        if (context.ClassPath[0] != _root)
        {
            return _sentenceServices.TryGetValue(key, out var current) && context.ClassPath[0] == current ? (context, written) : null;
        }

        return (context with { ClassPath = new[] { ServicePart(service, location) }, Refiled = true }, written);
    }

    /// <summary>The top-level class of a service a sentence, item or column names, made the first time it is named.</summary>
    private NamePart ServicePart(string service, LocationInfo location)
    {
        var key = service.ToLowerInvariant();
        if (!_sentenceServices.TryGetValue(key, out var part))
        {
            part = new NamePart(service, null, IsHeading: true, location);
            _sentenceServices.Add(key, part);
            AddClass(new[] { part }, service, location);
        }

        return part;
    }
}
