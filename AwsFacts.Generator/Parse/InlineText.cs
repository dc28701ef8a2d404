using System;
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
        // One pass: white space collapses as the text is written, so the result is the only string made.
        var writer = new CollapsingWriter(new StringBuilder());
        foreach (var inline in inlines)
        {
            Append(ref writer, inline);
        }

        return writer.Builder.ToString();
    }

    /// <summary>
    /// A paragraph's lines as separate runs of inlines, split at hard line breaks: "**Condition functions:** …␣␣"
    /// and "**Others:** …" on the next line are two sentences, not one.
    /// <paramref name="sheet"/>: whether the paragraph is a cheat sheet's lines (<see cref="IsSheet"/>), split at every break.
    /// </summary>
    public static List<List<Inline>> Lines(ContainerInline? container, out bool sheet)
    {
        var lines = new List<List<Inline>> { new() };
        sheet = false;
        if (container is null)
        {
            return lines;
        }

        var firstBreak = true;
        sheet = IsSheet(container);
        foreach (var inline in container)
        {
            // A hard break ends a sentence; so does a soft one before a bold label, as in a run of
            // "**Storage:** 20 GiB" lines with no blank line between them, before a definition (": 40" under a term), or
            // before a flashcard's question ("Q: …" lines one after another), or after a callout's title ("> [!TIP] Scheduler").
            if (inline is LineBreakInline { IsHard: true }
                || (inline is LineBreakInline && sheet)
                || (inline is LineBreakInline && inline.NextSibling is EmphasisInline { DelimiterCount: 2 } && !StartsCard(inline.NextSibling, 'A'))
                || (inline is LineBreakInline && IsDefinitionStart(inline.NextSibling))
                || (inline is LineBreakInline && StartsCard(inline.NextSibling, 'Q'))
                || (inline is LineBreakInline && IsPropertyStart(inline.NextSibling))
                || (inline is LineBreakInline && IsAssignmentStart(inline.NextSibling))
                || (inline is LineBreakInline && IsFootnoteStart(inline.NextSibling))
                || (inline is LineBreakInline && firstBreak && IsCalloutTitle(lines[0])))
            {
                lines.Add(new List<Inline>());
            }
            else
            {
                lines[lines.Count - 1].Add(inline);
            }

            // Only the first line can be a callout's title: its text is built once, not at every later break.
            firstBreak &= inline is not LineBreakInline;
        }

        return lines.Where(l => l.Count > 0).ToList();
    }

    /// <summary>
    /// Whether a paragraph is a cheat sheet's lines, one fact per line with no blank line or bullet between them
    /// (<c>retention → 1 min–14 days (def 4 d)</c> over <c>visibility → def 30 s · max 43,200 s</c>): three short lines
    /// or more, most holding a number and half of them a sheet's mark (an arrow, <c>·</c>, <c>≤</c>, <c>=</c>, a label's
    /// colon). Wrapped prose has long lines and few such marks, so it stays one text.
    /// </summary>
    public static bool IsSheet(ContainerInline container)
    {
        var breaks = 0;
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            breaks += inline is LineBreakInline { IsHard: false } ? 1 : 0;
        }

        if (breaks < 2)
        {
            return false; // most paragraphs: one line, or two
        }

        var lines = new List<string>();
        var line = new List<Inline>();
        for (var inline = container.FirstChild; ; inline = inline.NextSibling)
        {
            if (inline is null or LineBreakInline)
            {
                lines.Add(Of(line));
                line.Clear();
                if (inline is null)
                {
                    break;
                }

                continue;
            }

            line.Add(inline);
        }

        return lines.Count >= 3 && lines.All(l => l.Length <= 100)
               && ((lines.Count(Extract.Grammar.Numbers.HasDigit) * 3 >= lines.Count * 2 && lines.Count(l => SheetMark.IsMatch(l)) * 2 >= lines.Count)
                   || lines.All(IsShortFactLine));
    }

    /// <summary>
    /// "40 MB/s baseline per TiB" over "Burst of 250 MB/s per TiB" over "Max t-put of 500 MB/s": short lines that each
    /// hold a number and open as a sentence does are facts one per line, without any mark. Wrapped prose runs longer,
    /// and its lines go on mid-sentence.
    /// </summary>
    private static bool IsShortFactLine(string line)
        => line.Length is > 0 and <= ShortFactLine && (char.IsUpper(line[0]) || char.IsDigit(line[0])) && Extract.Grammar.Numbers.HasDigit(line)
           && !line.EndsWith(",", System.StringComparison.Ordinal);

    private const int ShortFactLine = 60;

    private static readonly System.Text.RegularExpressions.Regex SheetMark = new(
        @"[→⇒⟶↳·∈≤≥≈]|->|=>|\s=\s|^[^:.!?]{2,40}:\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsLineBreak(string? tag)
        => tag is not null && tag.StartsWith("<br", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The first line of an Obsidian or GitHub callout (<c>[!WARNING] Connection limits</c>): a title, not a sentence.</summary>
    private static bool IsCalloutTitle(List<Inline> line) => line.Count > 0 && Of(line).StartsWith("[!", System.StringComparison.Ordinal);

    /// <summary>
    /// Whether a paragraph's text opens with <paramref name="c"/>, in plain text or bold, without building the text:
    /// a cheap test before a pattern that needs it.
    /// </summary>
    public static bool OpensWith(ContainerInline? container, char c)
    {
        var first = container?.FirstChild;
        while (first is HtmlInline || (first is LiteralInline { Content.Length: > 0 } blank && blank.Content.IsEmptyOrWhitespace()))
        {
            first = first.NextSibling; // what the text leaves out: a comment, white space
        }

        var literal = first as LiteralInline ?? (first as EmphasisInline)?.FirstChild as LiteralInline;
        return literal is { Content.Length: > 0 } && literal.Content.Text[literal.Content.Start] == c;
    }

    /// <summary>A line that starts a flashcard's question or answer: <c>Q: …</c>, <c>A. …</c> (<paramref name="side"/> is Q or A).</summary>
    public static bool StartsCard(Inline? inline, char side)
        => inline switch
        {
            LiteralInline { Content: { Length: > 2 } content }
                => content.Text[content.Start] == side && content.Text[content.Start + 1] is ':' or '.' && char.IsWhiteSpace(content.Text[content.Start + 2]),
            // "**A:** 15 minutes" on the line under "**Q:** …": the side in bold, the answer after it.
            EmphasisInline { DelimiterCount: 2, FirstChild: LiteralInline { Content: { Length: 2 } bold } }
                => bold.Text[bold.Start] == side && bold.Text[bold.Start + 1] is ':' or '.',
            _ => false,
        };

    /// <summary>
    /// Where a flashcard's answer starts on a line of its own (<c>Q: …</c> then <c>A: 5,000</c> on the next line), so
    /// its value is cited at the line that holds it; -1 when it does not.
    /// </summary>
    public static int AnswerLineStart(List<Inline> line)
        => line.FindIndex(i => i.PreviousSibling is LineBreakInline && StartsCard(i, 'A'));

    /// <summary>
    /// A line that opens with a short capitalised label and a colon, as property lists exported from wikis write them
    /// one under another (<c>Retention (default): 24 hours</c>, <c>Record size (max): 1 MB</c>): a statement of its own.
    /// </summary>
    public static bool IsPropertyStart(Inline? inline)
    {
        if (inline is not LiteralInline { Content: { Length: > 3 } content } || !char.IsUpper(content.Text[content.Start]))
        {
            return false;
        }

        var end = Math.Min(content.End, content.Start + 48);
        for (var i = content.Start + 1; i <= end; i++)
        {
            var c = content.Text[i];
            if (c == ':')
            {
                // Two letters at least: "A: 5,000" under "Q: …" is a flashcard's answer, not a property.
                var label = content.Text.Substring(content.Start, i - content.Start);
                return i < content.End && content.Text[i + 1] == ' ' && label.Length >= 2 && label.Split(' ').Length <= 6
                       && !label.Equals("Answer", StringComparison.OrdinalIgnoreCase);
            }

            if (c is '.' or ',' or ';' or '!' or '?' or '\n')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A line that sets a key, as config files and READMEs write settings one under another
    /// (<c>visibility_timeout = 30s (max 12h)</c>, <c>numRetries = 3</c>): a statement of its own.
    /// </summary>
    public static bool IsAssignmentStart(Inline? inline)
        => inline is LiteralInline { Content: { Length: > 3 } content }
           && Assignment.IsMatch(content.Text.Substring(content.Start, Math.Min(content.Length, 64)));

    /// <summary>A key (letters, digits, <c>_</c>, <c>.</c>, <c>-</c>; no spaces), <c>=</c>, then a value with a digit.</summary>
    public static readonly System.Text.RegularExpressions.Regex Assignment = new(
        @"^(?<key>[A-Za-z_][A-Za-z0-9_.\-]*)\s*=\s*(?![=>])(?<value>[^=]*\d.*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether a line opens with a footnote's mark (<c>² at most 500 per Availability Zone</c>): one note per line.</summary>
    private static bool IsFootnoteStart(Inline? inline)
        => inline is LiteralInline { Content: { Length: > 1 } content } && content.Text[content.Start] is '¹' or '²' or '³' or (>= '⁴' and <= '⁹');

    /// <summary>A line that starts with <c>": "</c>: a definition of the line above, as definition lists write it.</summary>
    public static bool IsDefinitionStart(Inline? inline)
        => inline is LiteralInline { Content: { Length: > 1 } content } // StringSlice indexes its whole text: read from Start
           && content.Text[content.Start] == ':' && char.IsWhiteSpace(content.Text[content.Start + 1]);

    private static void Append(ref CollapsingWriter writer, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                writer.Write(literal.Content.Text, literal.Content.Start, literal.Content.Length);
                break;
            case CodeInline code:
                writer.Write('`');
                writer.Write(code.Content);
                writer.Write('`');
                break;
            case LineBreakInline:
                writer.Write(' ');
                break;
            case HtmlEntityInline entity:
                writer.Write(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                writer.Write(autolink.Url);
                break;
            case HtmlInline html when IsLineBreak(html.Tag):
                // "0.5 to 128 ACUs<br>1 ACU ≈ 2 GiB": two statements, so the second never names the first's value.
                writer.Write("; ");
                break;
            case HtmlInline:
                break;
            case LinkInline { IsImage: true }:
                break; // "![Screen Shot 2020-06-18 at 8 18 34 PM](…)": an image's alt text describes a picture, it states nothing
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(ref writer, child);
                }

                break;
        }
    }

    /// <summary>Writes text with runs of white space as one space and no white space at either end.</summary>
    private struct CollapsingWriter(StringBuilder builder)
    {
        private bool _space;

        public readonly StringBuilder Builder => builder;

        public void Write(string? text) => Write(text, 0, text?.Length ?? 0);

        public void Write(string? text, int start, int length)
        {
            if (text is null)
            {
                return;
            }

            // Plain characters go in runs: one Append per word, not per character.
            var end = start + length;
            for (var i = start; i < end;)
            {
                var run = i;
                while (run < end && !NeedsCare(text[run]))
                {
                    run++;
                }

                if (run > i)
                {
                    OpenWord();
                    builder.Append(text, i, run - i);
                    i = run;
                }
                else
                {
                    Write(text[i++]);
                }
            }
        }

        private static bool NeedsCare(char c) => char.IsWhiteSpace(c) || IsSuperscriptDigit(c);

        private void OpenWord()
        {
            if (_space)
            {
                builder.Append(' ');
                _space = false;
            }
        }

        public void Write(char c)
        {
            if (char.IsWhiteSpace(c))
            {
                _space = builder.Length > 0;
                return;
            }

            // "300 TPS¹", "3,000²": a footnote mark stuck to a value is no part of it.
            if (!_space && builder.Length > 0 && IsSuperscriptDigit(c))
            {
                return;
            }

            OpenWord();
            builder.Append(c);
        }

        private static bool IsSuperscriptDigit(char c) => c is '¹' or '²' or '³' || (c >= '⁰' && c <= '⁹' && c != 'ⁱ' && c != '⁲' && c != '⁳');
    }

    /// <summary>The first position at or after <paramref name="from"/> that is not white space (the text's length if none).</summary>
    public static int SkipSpace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
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
