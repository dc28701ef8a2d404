using System.Text;

namespace AwsFacts.Generator.Emit;

/// <summary>Makes note text safe inside an XML doc comment, and shows code spans as &lt;c&gt;.</summary>
internal static class XmlDoc
{
    public static string Escape(string text) => Escape(new StringBuilder(text.Length + 16), text).ToString();

    /// <summary>Appends <paramref name="text"/>, escaped, to <paramref name="builder"/>.</summary>
    public static StringBuilder Escape(StringBuilder builder, string text)
    {
        var inCode = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '`' when inCode || text.IndexOf('`', i + 1) > i:
                    builder.Append(inCode ? "</c>" : "<c>");
                    inCode = !inCode;
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\r' or '\n' or '\u2028' or '\u2029' or '\u0085':
                    // A line break would end the /// comment: the rest of the text would become code.
                    builder.Append(' ');
                    break;
                default:
                    if (char.IsControl(c) || (char.IsSurrogate(c) && !IsPairedSurrogate(text, i)))
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder;
    }

    private static bool IsPairedSurrogate(string text, int i)
        => char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);
}
