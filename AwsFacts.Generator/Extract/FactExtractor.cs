using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Parse;
using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// Walks a parsed note and collects its facts. Classes come from the note's first level-1 heading (its root
/// class) and from headings that pin a name; every other heading only groups text, and its facts go to the
/// innermost named heading around it. A list label introducing <c>N = NAME</c> items becomes a nested class.
/// </summary>
internal sealed class FactExtractor
{
    // "22 = SSH, 3389 = RDP": one or more number = name pairs and nothing else.
    private static readonly Regex PairList = new(
        @"^\s*\d+\s*=\s*[A-Za-z][A-Za-z0-9 ._-]*(?:,\s*\d+\s*=\s*[A-Za-z][A-Za-z0-9 ._-]*)*\s*$",
        RegexOptions.CultureInvariant);

    private static readonly Regex Pair = new(
        @"(?<num>\d+)\s*=\s*(?<name>[A-Za-z][A-Za-z0-9 ._-]*?)\s*(?=,|$)", RegexOptions.CultureInvariant);

    private readonly string _path;
    private readonly SourceText _text;
    private readonly CancellationToken _cancellationToken;
    private readonly List<RawClass> _classes = new();
    private readonly List<RawFact> _facts = new();
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<(int Level, NamePart? Class)> _headings = new();
    private NamePart _root;
    private HeadingBlock? _rootHeading;

    private FactExtractor(string path, SourceText text, CancellationToken cancellationToken)
    {
        _path = path;
        _text = text;
        _cancellationToken = cancellationToken;
    }

    public static (EquatableArray<RawClass> Classes, EquatableArray<RawFact> Facts, EquatableArray<DiagnosticInfo> Diagnostics)
        Extract(string path, SourceText text, MarkdownDocument document, CancellationToken cancellationToken)
    {
        var extractor = new FactExtractor(path, text, cancellationToken);
        extractor.Run(document);
        return (extractor._classes.ToEquatableArray(), extractor._facts.ToEquatableArray(), extractor._diagnostics.ToEquatableArray());
    }

    private void Run(MarkdownDocument document)
    {
        _rootHeading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (_rootHeading is null)
        {
            // No title: the file name names the class (ec2-storage.md → Ec2Storage).
            var name = Path.GetFileNameWithoutExtension(_path);
            _root = new NamePart(name, null, IsHeading: false, LocationOf(document.Count > 0 ? document[0] : document));
        }
        else
        {
            _root = HeadingPart(_rootHeading);
        }

        AddClass(new[] { _root }, _rootHeading is null ? _root.Text : InlineText.Of(_rootHeading.Inline), _root.Location);

        foreach (var block in document)
        {
            Visit(block);
        }
    }

    private void Visit(Block block)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        switch (block)
        {
            case HeadingBlock heading:
                EnterHeading(heading);
                break;
            case ListItemBlock item:
                VisitListItem(item);
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
                    Visit(child);
                }

                break;
        }
    }

    private void EnterHeading(HeadingBlock heading)
    {
        while (_headings.Count > 0 && _headings[_headings.Count - 1].Level >= heading.Level)
        {
            _headings.RemoveAt(_headings.Count - 1);
        }

        if (ReferenceEquals(heading, _rootHeading) || Annotations.HeadingName(heading) is null)
        {
            _headings.Add((heading.Level, null));
            return;
        }

        var part = HeadingPart(heading);
        _headings.Add((heading.Level, part));
        AddClass(new[] { part }, InlineText.Of(heading.Inline), part.Location);
    }

    private NamePart[] CurrentClass()
    {
        for (var i = _headings.Count - 1; i >= 0; i--)
        {
            if (_headings[i].Class is { } named)
            {
                return new[] { named };
            }
        }

        return new[] { _root };
    }

    private void VisitListItem(ListItemBlock item)
    {
        if (item.Count > 0 && item[0] is ParagraphBlock paragraph)
        {
            if (TryPairList(item, paragraph))
            {
                return;
            }

            TryLabelValue(paragraph);
        }

        foreach (var child in item)
        {
            Visit(child);
        }
    }

    /// <summary><c>Label: 256 KB</c> or <c>**Label:** 256 KB</c> → one constant, its unit in its name.</summary>
    private void TryLabelValue(ParagraphBlock paragraph)
    {
        var text = InlineText.Of(paragraph.Inline);
        var colon = text.IndexOf(':');
        if (colon <= 0)
        {
            return;
        }

        var label = text.Substring(0, colon).Trim();
        var valueText = text.Substring(colon + 1).Trim();
        if (label.Length == 0 || label.Length > 80 || !label.Any(char.IsLetter))
        {
            return;
        }

        var parsed = ValueGrammar.Parse(valueText);
        var location = LocationOf(paragraph);
        switch (parsed.Kind)
        {
            case ValueKind.Value:
                var explicitName = Annotations.CommentName(paragraph.Inline);
                _facts.Add(new RawFact(
                    CurrentClass().ToEquatableArray(),
                    new NamePart(label, explicitName, IsHeading: false, location),
                    parsed.UnitSuffix,
                    parsed.Value,
                    text,
                    location));
                break;
            case ValueKind.UnknownUnit:
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnrecognisedUnit, location, text, parsed.Unit));
                break;
            case ValueKind.OutOfRange:
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NumberOutOfRange, location, valueText));
                break;
        }
    }

    /// <summary>
    /// A label ending in a colon whose sub-items are all <c>N = NAME</c> pairs → a nested class with one
    /// constant per name (<c>Common ports:</c> / <c>22 = SSH, 3389 = RDP</c> → <c>Ports.Ssh = 22</c>).
    /// </summary>
    private bool TryPairList(ListItemBlock item, ParagraphBlock paragraph)
    {
        var label = InlineText.Of(paragraph.Inline);
        if (!label.EndsWith(":", System.StringComparison.Ordinal) || item.Count != 2 || item[1] is not ListBlock list)
        {
            return false;
        }

        var lines = new List<(ParagraphBlock Paragraph, string Raw)>();
        foreach (var sub in list)
        {
            if (sub is not ListItemBlock subItem || subItem.Count != 1 || subItem[0] is not ParagraphBlock subParagraph)
            {
                return false;
            }

            var raw = _text.ToString(SpanOf(subParagraph));
            if (!PairList.IsMatch(raw))
            {
                return false;
            }

            lines.Add((subParagraph, raw));
        }

        var labelText = label.TrimEnd(':').Trim();
        var classPart = new NamePart(labelText, Annotations.CommentName(paragraph.Inline), IsHeading: false, LocationOf(paragraph));
        var classPath = CurrentClass().Concat(new[] { classPart }).ToArray();
        AddClass(classPath, labelText, classPart.Location);

        foreach (var (subParagraph, raw) in lines)
        {
            var start = SpanOf(subParagraph).Start;
            var sentence = InlineText.Of(subParagraph.Inline);
            foreach (Match match in Pair.Matches(raw))
            {
                var name = match.Groups["name"];
                var location = LocationOf(new TextSpan(start + match.Index, match.Length));
                var value = new FactValue("int", int.Parse(match.Groups["num"].Value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture), match.Value.Trim(), IsApproximate: false);
                _facts.Add(new RawFact(
                    classPath.ToEquatableArray(),
                    new NamePart(name.Value, null, IsHeading: false, location),
                    string.Empty,
                    value,
                    labelText + ": " + sentence,
                    location));
            }
        }

        return true;
    }

    private void AddClass(NamePart[] path, string title, LocationInfo location)
        => _classes.Add(new RawClass(path.ToEquatableArray(), InlineText.Collapse(Emoji.Remove(title)), location));

    private NamePart HeadingPart(HeadingBlock heading)
        => new(InlineText.Of(heading.Inline), Annotations.HeadingName(heading), IsHeading: true, LocationOf(heading));

    private TextSpan SpanOf(Block block)
    {
        // Markdig's spans are inclusive of their end; clamp against the text in case a block ends at EOF.
        var start = System.Math.Max(0, block.Span.Start);
        var end = System.Math.Min(_text.Length, System.Math.Max(start, block.Span.End + 1));
        return TextSpan.FromBounds(start, end);
    }

    private LocationInfo LocationOf(Block block) => LocationOf(SpanOf(block));

    private LocationInfo LocationOf(TextSpan span) => new(_path, span, _text.Lines.GetLinePositionSpan(span));
}
