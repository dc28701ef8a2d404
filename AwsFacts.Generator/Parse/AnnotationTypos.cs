using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AwsFacts.Generator.Parse;

/// <summary>
/// Comments that start like an annotation but are not one — <c>&lt;!-- name Foo --&gt;</c>, <c>&lt;!-- enum=State --&gt;</c> —
/// would be ignored silently: the name the author meant is lost. They are found here, to be reported (AWSF019).
/// </summary>
internal static class AnnotationTypos
{
    private static readonly Regex Typo = new(
        @"^<!--\s*(?<key>name|enum|was|kind|cfn|api)\b(?!\s*(?::|-->))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Each malformed annotation of the note: its text, its key, and where it stands.</summary>
    public static IEnumerable<(string Comment, string Key, int Start, int Length)> In(MarkdownDocument document)
    {
        foreach (var item in document.Descendants())
        {
            var (comment, start) = item switch
            {
                HtmlInline inline => (inline.Tag, inline.Span.Start),
                HtmlBlock block => (block.Lines.ToString(), block.Span.Start),
                _ => (null, 0),
            };
            if (comment is not null && Typo.Match(comment.Trim()) is { Success: true } match)
            {
                yield return (comment.Trim(), match.Groups["key"].Value.ToLowerInvariant(), start, comment.Trim().Length);
            }
        }
    }
}
