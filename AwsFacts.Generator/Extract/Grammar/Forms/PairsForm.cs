using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Parse;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// <c>N = NAME</c> pairs: constants named by the names, in a class named by the label (or its pin), or — a list item
/// of pairs without a label — by the group around it, or the group's class when it is one. Sub-items of pairs under
/// a label (<c>Common ports:</c> / <c>22 = SSH, 3389 = RDP</c>) are read by the extractor with <see cref="IsPairList"/>
/// and <see cref="AddPairs"/>.
/// </summary>
/// <example><c>Ports: 8080 = HTTP, 8443 = HTTPS</c> → <c>Ports.Http = 8080</c>, <c>Ports.Https = 8443</c>;
/// <c>- 8080 = HTTP</c> under <c>## App ports</c> → <c>AppPorts.Http = 8080</c>.</example>
internal sealed class PairsForm : SentenceForm
{
    // "22 = SSH, 3389 = RDP": one or more number = name pairs and nothing else.
    private static readonly Regex PairList = new(
        @"^\s*[0-9]+\s*=\s*[A-Za-z][A-Za-z0-9 ._-]*(?:,\s*[0-9]+\s*=\s*[A-Za-z][A-Za-z0-9 ._-]*)*\s*$",
        RegexOptions.CultureInvariant);

    private static readonly Regex Pair = new(
        @"(?<num>[0-9]+)\s*=\s*(?<name>[A-Za-z][A-Za-z0-9 ._-]*?)\s*(?=,|$)", RegexOptions.CultureInvariant);

    /// <summary>Whether a text is pairs and nothing else (<c>22 = SSH, 3389 = RDP</c>).</summary>
    public static bool IsPairList(string raw) => PairList.IsMatch(raw);

    public override bool TryRead(Sentence sentence, INoteSink sink)
    {
        if (!sentence.InList && sentence.Label is null)
        {
            return false;
        }

        var label = sentence.Label;
        var location = sentence.Location;
        var context = sentence.Context;
        var source = sink.SourceOf(location.Span);
        if (source.IndexOf('=') < 0)
        {
            return false; // no pair without its "=": most lines, spared the pattern
        }

        var raw = PairText.Of(source);
        var valueStart = label is null ? 0 : raw.IndexOf(':') + 1;
        if (valueStart < 0 || !PairList.IsMatch(raw.Substring(valueStart)))
        {
            return false;
        }

        NamePart[] classPath;
        string title;
        if (label is not null)
        {
            classPath = FactExtractor.PathOf(new NamePart(label, sentence.Annotation.Name, IsHeading: false, location), context.ClassPath);
            title = label;
        }
        else if (context.GroupIsClass)
        {
            classPath = context.ClassPath;
            title = context.GroupTitle;
        }
        else
        {
            classPath = FactExtractor.PathOf(new NamePart(context.GroupTitle, sentence.Annotation.Name, IsHeading: false, context.GroupLocation), context.ClassPath);
            title = context.GroupTitle;
        }

        sink.AddClass(classPath, title, location);
        AddPairs(sink, classPath, title, raw.Substring(valueStart), location.Span.Start + valueStart);
        return true;
    }

    /// <summary>One constant per pair: <c>22 = SSH</c> → <c>Ssh = 22</c>, each located at its pair.</summary>
    public static void AddPairs(INoteSink sink, NamePart[] classPath, string title, string raw, int start)
    {
        var sentence = title + ": " + InlineText.Collapse(raw.Trim());
        foreach (Match match in Pair.Matches(raw))
        {
            var location = sink.LocationOf(new TextSpan(start + match.Index, match.Length));
            sink.AddFact(new RawFact(
                classPath.ToEquatableArray(),
                new NamePart(match.Groups["name"].Value, null, IsHeading: false, location),
                string.Empty,
                string.Empty,
                FactShape.Value,
                new EquatableArray<Quantity>(new[] { Numbers.Quantity(match.Groups["num"].Value, UnitInfo.None) }),
                null,
                null,
                null,
                false,
                false,
                string.Empty,
                match.Value.Trim(),
                sentence,
                location));
        }
    }
}
