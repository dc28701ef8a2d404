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

            if (SymbolLength(text, i) is > 0 and var symbol)
            {
                i += symbol - 1;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The length of the pictograph at <paramref name="index"/> (<c>⚡</c>, <c>🔹</c>, with its variation selector), or 0
    /// when the character there is none.
    /// </summary>
    public static int SymbolLength(string text, int index)
    {
        var pair = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
        if (CharUnicodeInfo.GetUnicodeCategory(text, index) != UnicodeCategory.OtherSymbol)
        {
            return 0;
        }

        var length = pair ? 2 : 1;
        return index + length < text.Length && text[index + length] == '\uFE0F' ? length + 1 : length;
    }

    private static bool IsKeycapBase(char c) => c is (>= '0' and <= '9') or '#' or '*';

    private static bool IsKeycapAt(string text, int index)
        => index < text.Length
           && (text[index] == '\u20E3' || (text[index] == '\uFE0F' && index + 1 < text.Length && text[index + 1] == '\u20E3'));
}
