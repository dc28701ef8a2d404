using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Parse;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// Meeting minutes and interviews tag who speaks: <c>- **Priya:** the SQS max message size is now 1 MiB</c>. A bold
/// name that opens two paragraphs or more, and is no service, is a speaker, not the label of a value: what follows it
/// is prose, and a turn in the middle of a line (<c>… 5 minutes? **Priya:** no, it's 900</c>) starts a sentence.
/// </summary>
internal static class Speakers
{
    private static readonly Regex Name = new(@"^(?<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*:$", RegexOptions.CultureInvariant);

    /// <summary>The names that tag speakers in a note; empty in most notes.</summary>
    public static HashSet<string> In(MarkdownDocument document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline?.FirstChild is EmphasisInline { DelimiterCount: 2 } bold && Name.Match(InlineText.Of(bold).Trim()) is { Success: true } match
                && IsTurn(InlineText.Of(paragraph.Inline)))
            {
                var name = match.Groups["name"].Value;
                counts[name] = counts.TryGetValue(name, out var n) ? n + 1 : 1;
            }
        }

        // A dialogue: two speakers at least, each with two turns ("**Retention:** …" twice is a label, not a voice).
        var speakers = new HashSet<string>(
            counts.Where(c => c.Value >= 2 && ServiceHeadings.ServiceIn(c.Key) is null && !ProseSentences.IsCalloutWord(c.Key)).Select(c => c.Key),
            StringComparer.Ordinal);
        return speakers.Count >= 2 ? speakers : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>A turn says something: after the tag, a sentence of six words or more that opens with a word, not a value.</summary>
    private static bool IsTurn(string text)
    {
        var said = text.Substring(text.IndexOf(':') + 1).Trim();
        return said.Length > 0 && char.IsLetter(said[0]) && said.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length >= 6;
    }

    /// <summary>The line's words without its speakers' tags, each turn a sentence of its own; null when no speaker opens it.</summary>
    public static string? Said(string text, HashSet<string> speakers)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || !speakers.Contains(text.Substring(0, colon).Trim()))
        {
            return null;
        }

        var said = text.Substring(colon + 1).Trim();
        foreach (var speaker in speakers)
        {
            // "… 5 minutes? **Priya:** no, it's 900": the turn starts a sentence, as a capital after "?" does.
            said = Regex.Replace(said, @"\s+" + Regex.Escape(speaker) + @":\s+(?<first>\w)", m => " " + char.ToUpperInvariant(m.Groups["first"].Value[0]) + m.Groups["first"].Value.Substring(1));
        }

        return said;
    }
}
