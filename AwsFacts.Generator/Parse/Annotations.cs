using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AwsFacts.Generator.Parse;

/// <summary>
/// Reads the explicit names a note pins: a heading id <c>{#Sqs}</c> (Markdig, pandoc and kramdown share
/// the syntax) or an HTML comment <c>&lt;!-- name: Ports --&gt;</c>, which stays invisible when rendered.
/// </summary>
internal static class Annotations
{
    private static readonly Regex NameComment = new(
        @"^<!--\s*name\s*:\s*(?<name>.*?)\s*-->$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>The explicit name of a heading, or null.</summary>
    public static string? HeadingName(HeadingBlock heading)
    {
        var id = heading.TryGetAttributes()?.Id;
        return !string.IsNullOrWhiteSpace(id) ? id!.Trim() : CommentName(heading.Inline);
    }

    /// <summary>The name in a <c>&lt;!-- name: X --&gt;</c> comment among the inlines, or null.</summary>
    public static string? CommentName(ContainerInline? inlines)
    {
        if (inlines is null)
        {
            return null;
        }

        foreach (var html in inlines.Descendants<HtmlInline>())
        {
            var match = NameComment.Match(html.Tag ?? string.Empty);
            if (match.Success)
            {
                return match.Groups["name"].Value;
            }
        }

        return null;
    }
}
