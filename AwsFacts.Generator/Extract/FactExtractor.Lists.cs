using System;
using System.Collections.Generic;
using System.Linq;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Extract.Grammar.Forms;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Parse;
using Markdig.Syntax;

namespace AwsFacts.Generator.Extract;

// Lists: items, labels over sub-items, enums of names and N = NAME pairs.
internal sealed partial class FactExtractor
{
    private void VisitList(ListBlock list, FactContext context, Annotation marker, NamePart? label)
    {
        var consumed = TryEnum(list, context, marker, label);
        foreach (var item in list.OfType<ListItemBlock>().Skip(consumed))
        {
            VisitListItem(item, context);
        }
    }

    private void VisitListItem(ListItemBlock item, FactContext context)
    {
        if (item.Count == 0 || item[0] is not ParagraphBlock paragraph)
        {
            foreach (var child in item)
            {
                Visit(child, context);
            }

            return;
        }

        var text = InlineText.Of(paragraph.Inline);
        var annotation = Annotations.Of(paragraph.Inline);
        var sublists = item.Skip(1).OfType<ListBlock>().ToList();

        // "- Lambda" over "  - timeout: 15 min", in a note titled by a topic: the sub-items are that service's.
        if (sublists.Count > 0 && annotation.Name is null && ServiceHeadings.ServiceOf(text.TrimEnd(':').Trim(), topicsToo: false) is { } service
            && SentenceServiceContext(service + ":", context, LocationOf(paragraph)) is { } filed)
        {
            var inner = filed.Context with { GroupTitle = service, GroupLocation = LocationOf(paragraph), GroupIsClass = true, GroupIsItem = false };
            foreach (var child in item.Skip(1))
            {
                Visit(child, inner);
            }

            return;
        }

        // "- **EC2 Instances:**" over "  - Default: ~20 On-Demand instances per Region", in a note titled by a topic: the
        // service's, titled by the topic.
        if (sublists.Count > 0 && annotation.Name is null && ServiceHeadings.LeadAndTopic(text.TrimEnd(':').Trim()) is var (lead, topic)
            && SentenceServiceContext(lead + ":", context, LocationOf(paragraph)) is { } led)
        {
            var inner = led.Context with { GroupTitle = topic, GroupLocation = LocationOf(paragraph), GroupIsClass = false, GroupIsItem = true };
            foreach (var child in item.Skip(1))
            {
                Visit(child, inner);
            }

            return;
        }

        // "Label:" with sub-items: pairs, a list of names, or a group titled by the label (a class when it pins a name).
        if (sublists.Count > 0 && text.EndsWith(":", StringComparison.Ordinal))
        {
            var labelText = text.TrimEnd(':').Trim();
            var location = LocationOf(paragraph);
            var labelPart = new NamePart(labelText, annotation.Name, IsHeading: false, location);
            if (TryPairList(sublists, context, labelPart))
            {
                return;
            }

            var inner = context with { GroupTitle = labelText, GroupLocation = location, GroupIsClass = false, GroupIsItem = true };
            var enumsBefore = _enums.Count;
            var consumed = sublists.Count == 1 ? TryEnum(sublists[0], context, annotation, labelPart) : 0;
            if (_enums.Count > enumsBefore)
            {
                _enums[enumsBefore] = _enums[enumsBefore] with
                {
                    Citation = Cite(paragraph.Inline!),
                    Traits = TraitReader.For(TraitReader.Read(annotation, location, _diagnostics), FactShape.Text),
                };
            }

            if (consumed == 0 && annotation.Name is not null && !annotation.IsEnum)
            {
                inner = inner with { ClassPath = PathOf(labelPart, context.ClassPath), GroupIsClass = true };
                AddClass(inner.ClassPath, labelText, location);
            }

            foreach (var sublist in sublists)
            {
                foreach (var sub in sublist.OfType<ListItemBlock>().Skip(consumed))
                {
                    VisitListItem(sub, inner);
                }
            }

            return;
        }

        var factsBefore = _facts.Count;
        VisitParagraph(paragraph, context, inList: true);
        // "- Express workflows" with sub-items and no value of its own titles them, as "Express workflows:" would:
        // it is what tells "max duration 5 minutes" apart from the standard workflows' one.
        var children = _facts.Count == factsBefore && sublists.Count > 0 && ItemTitle(text) is { } title
            ? context with { GroupTitle = title, GroupLocation = LocationOf(paragraph), GroupIsClass = false, GroupIsItem = true }
            : context;
        foreach (var child in item.Skip(1))
        {
            Visit(child, children);
        }
    }

    /// <summary>
    /// The title a list item gives the items under it: the code it opens with ("GP2 (SSD): general purpose" → "GP2"),
    /// its text without a remark, or — a sentence — its subject ("Tags are unicode key/value pairs" over "- Up to 10" →
    /// "Tags"); null for an item that titles nothing (<see cref="IsGroupTitle"/>).
    /// </summary>
    private static string? ItemTitle(string text)
    {
        // "GP2 (SSD): general purpose. balances with price and performance": the code is what its items are of.
        if (SubjectPhrase.CodeOf(text) is { } code)
        {
            return code;
        }

        if (!IsGroupTitle(text))
        {
            return null;
        }

        var title = SubjectPhrase.WithoutProseRemark(text.Trim());
        var subject = SubjectPhrase.HasVerb(title) ? SubjectPhrase.BeforeVerb(title) : string.Empty;
        return subject.Length > 0 && subject.Split(' ').Length <= 3 ? subject : title;
    }

    /// <summary>
    /// A short title without a number: a few words that name a group, not a sentence that says something. Digits inside
    /// a word name things (<c>gp3</c>, <c>io2 block express</c>); a word that starts with one is a figure.
    /// </summary>
    private static bool IsGroupTitle(string text)
    {
        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        // "General Purpose SSD (gp2)": a code in parentheses is a name, not a number.
        return text.Length is > 0 and <= 60 && words.Length <= 6
               && !words.Any(w => Grammar.Numbers.HasDigit(w) && w.TrimStart('(', '*', '_') is var bare && (bare.Length == 0 || !char.IsLetter(bare[0])));
    }

    /// <summary>
    /// A list whose items are names — each a code span, or marked as alternatives with <c>&lt;!-- enum --&gt;</c> —
    /// becomes an enum: <c>`Delete` (default) – resource is deleted.</c>, <c>binpack → pack tasks tightly</c>.
    /// </summary>
    private int TryEnum(ListBlock list, FactContext context, Annotation marker, NamePart? label)
    {
        // Without the enum mark only code-span names make an enum, and the first item decides: a plain first
        // item is either a plain name or prose, and both leave the list as it is. Most lists stop here.
        if (!marker.IsEnum && (list.Count == 0 || list[0] is not ListItemBlock { Count: 1 } first || first[0] is not ParagraphBlock firstParagraph
                               || !InlineText.Of(firstParagraph.Inline).StartsWith("`", StringComparison.Ordinal)))
        {
            return 0;
        }

        // The leading run of name items is the list of alternatives; a closing remark after it stays prose.
        var items = new List<(NameItem Item, LocationInfo Location)>();
        foreach (var block in list)
        {
            if (block is not ListItemBlock item || item.Count != 1 || item[0] is not ParagraphBlock paragraph
                || NameLists.Item(InlineText.Of(paragraph.Inline)) is not { } name
                || (!marker.IsEnum && Grammar.Numbers.StartsWithValue(name.Description)))
            {
                break; // "`VisibilityTimeout`: 0 to 43,200 seconds" is a setting's range, not one of a list of names
            }

            items.Add((name, LocationOf(paragraph)));
        }

        // Unmarked, only names a program would use are alternatives: "`Delete`", "`AES_128`"; "`On Demand`" or "`General
        // Purpose SSD GP2`" is a term in code style, and its item says what it is about.
        if (items.Count < 2 || !(marker.IsEnum || items.All(i => i.Item.IsCode && !i.Item.Name.Any(char.IsWhiteSpace))))
        {
            if (marker.IsEnum && label is { } marked)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadList, marked.Location, marked.Text));
            }

            return 0;
        }

        var location = label?.Location ?? context.GroupLocation;
        var explicitName = marker.Enum is { Length: > 0 } e ? e : marker.Name;
        var namePart = label is { } l ? l with { ExplicitName = explicitName } : new NamePart(context.GroupTitle, explicitName, IsHeading: true, location);
        var sentence = label?.Text ?? context.GroupTitle;
        _enums.Add(new RawEnum(
            context.ClassPath.ToEquatableArray(),
            namePart,
            items.Select(i => new RawEnumItem(i.Item.Name, i.Item.Description, i.Item.IsDefault, i.Location)).ToEquatableArray(),
            sentence,
            location));
        return items.Count;
    }

    /// <summary>
    /// A label whose sub-items are all <c>N = NAME</c> pairs → a nested class with one constant per name
    /// (<c>Common ports:</c> / <c>22 = SSH, 3389 = RDP</c> → <c>Ports.Ssh = 22</c>).
    /// </summary>
    private bool TryPairList(List<ListBlock> lists, FactContext context, NamePart label)
    {
        if (lists.Count != 1)
        {
            return false;
        }

        var lines = new List<(ParagraphBlock Paragraph, string Raw)>();
        foreach (var sub in lists[0])
        {
            if (sub is not ListItemBlock subItem || subItem.Count != 1 || subItem[0] is not ParagraphBlock subParagraph)
            {
                return false;
            }

            var raw = _text.ToString(SpanOf(subParagraph));
            if (!PairsForm.IsPairList(raw))
            {
                return false;
            }

            lines.Add((subParagraph, raw));
        }

        var classPath = PathOf(label, context.ClassPath);
        AddClass(classPath, label.Text, label.Location);

        foreach (var (subParagraph, raw) in lines)
        {
            PairsForm.AddPairs(this, classPath, label.Text, raw, SpanOf(subParagraph).Start);
        }

        return true;
    }

    /// <summary>A bullet of a list indented as code (<see cref="IndentedLists"/>), read as a list item and reported when it yields nothing.</summary>
    private void VisitIndentedItem(string text, LocationInfo location, FactContext context)
    {
        var before = Mark();
        VisitSentence(text, Annotation.None, boldLabel: false, location, context, inList: true);
        ReportIfUnmatched(before, text, location);
    }

    /// <summary>How many facts, enums and diagnostics there are so far: what a line adds is counted from here.</summary>
    private (int Facts, int Enums, int Diagnostics) Mark() => (_facts.Count, _enums.Count, _diagnostics.Count);

    /// <summary>
    /// Nothing lost without a word: a line that added nothing since <paramref name="before"/>, not even a diagnostic, but
    /// looks like a fact is reported (an info, a warning with AwsFactsReportUnmatched=true).
    /// </summary>
    private void ReportIfUnmatched((int Facts, int Enums, int Diagnostics) before, string line, LocationInfo location)
    {
        if (_facts.Count == before.Facts && _enums.Count == before.Enums && _diagnostics.Count == before.Diagnostics && UnmatchedLine.LooksLikeFact(line))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Unmatched, location, line));
        }
    }
}
