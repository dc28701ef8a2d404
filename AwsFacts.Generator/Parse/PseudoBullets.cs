using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Parse;

/// <summary>
/// Notes pasted from slides and word processors use <c>•</c> (or <c>◦ ▪ ●</c>) as bullets, which Markdown reads as
/// paragraph text. A line that starts with one is read as a <c>-</c> list item; the character count is kept, so
/// every position (and diagnostic) still points at the note as written.
/// </summary>
internal static class PseudoBullets
{
    private static readonly Regex Bullet = new(@"^(?<indent>[ \t]*)[•◦▪●‣](?=[ \t])", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    public static string AsListItems(string text)
        => text.IndexOfAny(new[] { '•', '◦', '▪', '●', '‣' }) < 0 ? text : Bullet.Replace(text, m => m.Groups["indent"].Value + "-");
}
