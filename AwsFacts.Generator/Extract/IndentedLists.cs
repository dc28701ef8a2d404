using System.Collections.Generic;
using AwsFacts.Generator.Parse;
using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// A list indented four spaces or more where no list is open ("        - 10GBASE-LR - 10gbps"): Markdown reads it as an
/// indented code block, but its lines are the writer's bullets, not code. Each bullet line is read as a list item. A
/// fenced block, and an indented block whose lines are not mostly bullets, stay code and are never read.
/// </summary>
internal static class IndentedLists
{
    private static readonly string[] Markers = { "- ", "* ", "+ ", "• " };

    /// <summary>The bullet lines of an indented code block, each as its text and where it is; null when it is code.</summary>
    public static List<(string Text, TextSpan Span)>? Items(CodeBlock code)
    {
        if (code is FencedCodeBlock)
        {
            return null;
        }

        var items = new List<(string, TextSpan)>();
        var written = 0;
        for (var i = 0; i < code.Lines.Count; i++)
        {
            var slice = code.Lines.Lines[i].Slice;
            var text = slice.ToString().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            written++;
            if (System.Array.Exists(Markers, m => text.StartsWith(m, System.StringComparison.Ordinal)))
            {
                var item = InlineText.Collapse(text.Substring(2).TrimStart('-', ' ').Replace("**", string.Empty).Replace("__", string.Empty));
                items.Add((item, new TextSpan(slice.Start, slice.Length)));
            }
        }

        // Mostly bullets: three lines in five or more, and two at least.
        return items.Count >= 2 && items.Count * 5 >= written * 3 ? items : null;
    }
}
