using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Extract.Grammar;

namespace AwsFacts.Generator.Parse;

/// <summary>
/// Lines that people mean as list items but Markdown reads as paragraph text: notes pasted from slides and word
/// processors use <c>•</c> (or <c>◦ ▪ ●</c>) as bullets, outlines number their lines <c>1.1</c>, <c>2.3.1</c>, and
/// textbooks letter them <c>a)</c>, <c>(b)</c>, <c>(iv)</c>. Such a
/// line is read as a <c>-</c> list item; the character count is kept, so every position (and diagnostic) still points
/// at the note as written.
/// </summary>
internal static class PseudoBullets
{
    private static readonly Regex Bullet = new(@"^(?<indent>[ \t]*)[•◦▪●‣](?=[ \t])", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    // "a) …", "(b) …", "(iv) …": lettered and roman items, which Markdown has no list for.
    private static readonly Regex Lettered = new(
        @"^(?<indent>[ \t]{0,3})(?<marker>[a-z]\)|\([a-z]\)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))(?=[ \t]+\S)", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    // "1.1 user data max 16 kb", "2.3.1 Listeners: 50": an outline number, then a word.
    private static readonly Regex OutlineNumber = new(@"^(?<number>\d{1,3}(?:\.\d{1,3})+\.?)[ \t]+(?<word>[A-Za-z(][\w-]*)", RegexOptions.CultureInvariant);

    private static readonly Regex AnyOutlineNumber = new(@"^\d{1,3}\.\d", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    public static string AsListItems(string text)
    {
        if (text.IndexOfAny(new[] { '•', '◦', '▪', '●', '‣' }) >= 0)
        {
            text = Bullet.Replace(text, m => m.Groups["indent"].Value + "-");
        }

        text = EmojiBulletsAsListItems(text);

        if (text.IndexOf(')') >= 0)
        {
            text = Lettered.Replace(text, m => m.Groups["indent"].Value + AsDash(m.Groups["marker"].Length));
        }

        return HasOutline(text) ? OutlineAsListItems(text) : text;
    }

    private static bool HasOutline(string text) => AnyOutlineNumber.IsMatch(text);

    /// <summary>
    /// Lines that open with an emoji and a space, one under another (<c>🔹 Max item size: 400 KB</c>, <c>✅ …</c>), as
    /// wiki exports bullet them: list items. A lone line with an emoji (<c>⚠️ Warning: …</c>) stays a sentence.
    /// </summary>
    private static string EmojiBulletsAsListItems(string text)
    {
        if (!AnyLineStartsAbove(text, '\u2000'))
        {
            return text; // most notes: no line opens with a symbol, so nothing is split
        }

        var lines = text.Split('\n');
        var bullets = lines.Select(EmojiBulletLength).ToArray();
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (bullets[i] > 0 && ((i > 0 && bullets[i - 1] > 0) || (i + 1 < lines.Length && bullets[i + 1] > 0)))
            {
                var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                lines[i] = lines[i].Substring(0, indent) + "-" + new string(' ', bullets[i] - 1) + lines[i].Substring(indent + bullets[i]);
                changed = true;
            }
        }

        return changed ? string.Join("\n", lines) : text;
    }

    /// <summary>Whether a line starts (after up to three spaces) with a character at or above <paramref name="floor"/>.</summary>
    private static bool AnyLineStartsAbove(string text, char floor)
    {
        for (var start = 0; start < text.Length; start = text.IndexOf('\n', start) is var end and >= 0 ? end + 1 : text.Length)
        {
            var at = IndentEnd(text, start);
            if (at < text.Length && text[at] >= floor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the emoji that opens a line as its bullet (with its variation selector), or 0.</summary>
    private static int EmojiBulletLength(string line)
    {
        var at = IndentEnd(line, 0);
        var length = at < line.Length && line[at] >= '\u2000' ? Emoji.SymbolLength(line, at) : 0;
        return length > 0 && at + length < line.Length && line[at + length] is ' ' or '\t' ? length : 0;
    }

    /// <summary>Where a line's text starts after up to three spaces or tabs of indentation (more would make it code).</summary>
    private static int IndentEnd(string text, int start)
    {
        var at = start;
        while (at < text.Length && at - start < 3 && text[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// Outline lines as list items. A line counts when its number has two levels or more and the word after it is no
    /// unit (<c>1.5 GB of storage</c> is a value, not item 1.5), and when a line next to it is one too or its number has
    /// three levels: one <c>2.5 hours</c>-like line in prose is left alone.
    /// </summary>
    private static string OutlineAsListItems(string text)
    {
        var lines = text.Split('\n');
        var numbers = lines.Select(l => OutlineNumberAt(l)).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            if (numbers[i] is not { } number)
            {
                continue;
            }

            var besideAnother = (i > 0 && numbers[i - 1] is not null) || (i + 1 < lines.Length && numbers[i + 1] is not null);
            if ((besideAnother || number.Count(c => c == '.') >= 2) && number.Length <= 8)
            {
                lines[i] = AsDash(number.Length) + lines[i].Substring(number.Length);
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>A list item's text without an outline number or letter before it (<c>- 1.1 user data max 16 kb</c>, <c>- a) …</c>).</summary>
    public static string WithoutOutlineNumber(string item)
    {
        if (item.Length > 3 && char.IsDigit(item[0]) && OutlineNumberAt(item) is { } number)
        {
            return item.Substring(number.Length).TrimStart();
        }

        var letter = item.IndexOf(')') > 0 ? Lettered.Match(item) : Match.Empty;
        return letter.Success ? item.Substring(letter.Length).TrimStart() : item;
    }

    private static string? OutlineNumberAt(string line)
    {
        var match = OutlineNumber.Match(line);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["word"].Value;
        return UnitTable.IsUnit(word) ? null : match.Groups["number"].Value;
    }

    /// <summary>A dash as wide as the number it replaces, at most three spaces before it and four after (wider stays code).</summary>
    private static string AsDash(int width)
    {
        var indent = System.Math.Min(3, (width - 1) / 2);
        return new string(' ', indent) + "-" + new string(' ', width - 1 - indent);
    }
}
