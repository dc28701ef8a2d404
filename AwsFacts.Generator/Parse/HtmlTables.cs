using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator.Parse;

/// <summary>
/// A table written in HTML (<c>&lt;table&gt;&lt;tr&gt;&lt;td&gt;…</c>), as notes exported from wikis and cram sheets have:
/// its header cells, and each row's cells with the span of the row, in the note's text. Tags inside a cell
/// (<c>&lt;b&gt;</c>) are dropped, a <c>&lt;br&gt;</c> separates what stands on each side.
/// </summary>
internal static class HtmlTables
{
    // Bounded: unclosed rows in a large block would make the lazy scans quadratic, and a note must never hang a build.
    private static readonly System.TimeSpan Timeout = System.TimeSpan.FromSeconds(1);

    private static readonly Regex Row = new(@"<tr\b[^>]*>(?<cells>[^<]*(?:<(?!/tr>)[^<]*)*)</tr>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly Regex Cell = new(@"<t(?<kind>[hd])\b[^>]*>(?<text>[^<]*(?:<(?!/t[hd]>)[^<]*)*)</t[hd]>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly Regex Break = new(@"<br\s*/?>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Tag = new(@"<[^>]+>", RegexOptions.CultureInvariant);

    /// <summary>The table in <paramref name="html"/> (which starts at <paramref name="start"/> in the note), or null when there is none.</summary>
    public static (List<string> Headers, List<(List<string> Cells, TextSpan Span)> Rows)? Read(string html, int start)
    {
        if (html.IndexOf("<table", System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        try
        {
            return ReadRows(html, start);
        }
        catch (RegexMatchTimeoutException)
        {
            return null; // not a table anyone wrote by hand: left as HTML
        }
    }

    private static (List<string> Headers, List<(List<string> Cells, TextSpan Span)> Rows)? ReadRows(string html, int start)
    {

        var rows = Row.Matches(html).Cast<Match>()
            .Select(r => (Cells: Cell.Matches(r.Groups["cells"].Value).Cast<Match>().ToList(), Span: new TextSpan(start + r.Index, r.Length)))
            .Where(r => r.Cells.Count > 0)
            .ToList();
        if (rows.Count < 2)
        {
            return null;
        }

        var headers = rows[0].Cells.Select(Text).ToList();
        var body = rows.Skip(1).Select(r => (r.Cells.Select(Text).ToList(), r.Span)).ToList();
        return (headers, body);
    }

    private static string Text(Match cell)
        => System.Net.WebUtility.HtmlDecode(Tag.Replace(Break.Replace(cell.Groups["text"].Value, "; "), string.Empty)).Trim();
}
