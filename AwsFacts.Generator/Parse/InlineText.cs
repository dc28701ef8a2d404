using System.Collections.Generic;
using System.Linq;
using System.Text;
using Markdig.Syntax.Inlines;

namespace AwsFacts.Generator.Parse;

/// <summary>
/// Flattens Markdig inlines to the text a reader sees: emphasis markers dropped, code spans kept in
/// backticks (the emitter turns them into &lt;c&gt;), HTML comments (our annotations) left out.
/// </summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
        => container is null ? string.Empty : Of((IEnumerable<Inline>)container);

    public static string Of(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        foreach (var inline in inlines)
        {
            Append(builder, inline);
        }

        return Collapse(builder.ToString());
    }

    /// <summary>
    /// A paragraph's lines as separate runs of inlines, split at hard line breaks: "**Condition functions:** …␣␣"
    /// and "**Others:** …" on the next line are two sentences, not one.
    /// </summary>
    public static List<List<Inline>> Lines(ContainerInline? container)
    {
        var lines = new List<List<Inline>> { new() };
        if (container is null)
        {
            return lines;
        }

        foreach (var inline in container)
        {
            if (inline is LineBreakInline { IsHard: true })
            {
                lines.Add(new List<Inline>());
            }
            else
            {
                lines[lines.Count - 1].Add(inline);
            }
        }

        return lines.Where(l => l.Count > 0).ToList();
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append('`').Append(code.Content).Append('`');
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(builder, child);
                }

                break;
        }
    }

    /// <summary>Runs of white space become one space; the ends are trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
