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
    {
        if (container is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(builder, container);
        return Collapse(builder.ToString());
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
