using System.Globalization;
using System.Text;

namespace AwsFacts.Generator.Parse;

/// <summary>Emoji and pictographs decorate headings (⚡, 1️⃣1️⃣); they are neither names nor doc text.</summary>
internal static class Emoji
{
    /// <summary>Drops emoji, other symbols and keycap sequences (a digit, U+FE0F, U+20E3).</summary>
    public static string Remove(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsKeycapBase(c) && IsKeycapAt(text, i + 1))
            {
                i += text[i + 1] == '\uFE0F' ? 2 : 1;
                continue;
            }

            if (c is '\uFE0F' or '\u20E3' or '\u200D')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(text, i) != UnicodeCategory.OtherSymbol)
                {
                    builder.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsKeycapBase(char c) => c is (>= '0' and <= '9') or '#' or '*';

    private static bool IsKeycapAt(string text, int index)
        => index < text.Length
           && (text[index] == '\u20E3' || (text[index] == '\uFE0F' && index + 1 < text.Length && text[index + 1] == '\u20E3'));
}
