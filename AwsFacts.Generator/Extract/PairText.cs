using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// A sentence's source text made ready for the <c>N = NAME</c> pattern: annotations (<c>&lt;!-- name: Ports --&gt;</c>)
/// and emphasis markers (<c>**Ports:**</c>) become spaces, so every pair keeps its position in the note.
/// </summary>
internal static class PairText
{
    private static readonly Regex Noise = new(@"<!--.*?-->|\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public static string Of(string raw) => raw.IndexOf('*') < 0 && raw.IndexOf('<') < 0 && raw.IndexOf('_') < 0
        ? raw
        : Noise.Replace(raw, m => new string(' ', m.Length));
}
