using System.Collections.Generic;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// Code spans in a sentence without a label, when the sentence pins their names (one pin per span, or one pin for
/// one span). Code spans in prose are mostly API names mentioned in passing; a pin says which ones are facts.
/// </summary>
/// <example><c>Name must end with `.fifo` &lt;!-- name: NameSuffix --&gt;</c> → <c>NameSuffix = ".fifo"</c>.</example>
internal sealed class PinnedLiteralsForm : SentenceForm
{
    public override bool TryRead(Sentence sentence, INoteSink sink)
    {
        var pins = sentence.Annotation.Names;
        if (sentence.Label is not null || pins.Count == 0)
        {
            return false;
        }

        var codes = CodeSpans(sentence.Text);
        for (var i = 0; i < codes.Count && (pins.Count == codes.Count || codes.Count == 1); i++)
        {
            var part = FactBuilder.Pinned(new NamePart(sentence.Context.GroupTitle, null, IsHeading: false, sentence.Location), pins, i, codes.Count);
            sink.AddFact(FactBuilder.Literal(sentence.Context, part, codes[i], sentence.Text, sentence.Location));
        }

        return true;
    }

    /// <summary>The contents of the code spans of a text (<c>`a` and `b`</c> → a, b); an empty pair of backticks is none.</summary>
    private static List<string> CodeSpans(string text)
    {
        var codes = new List<string>();
        var open = text.IndexOf('`');
        while (open >= 0)
        {
            var close = text.IndexOf('`', open + 1);
            if (close < 0)
            {
                break;
            }

            if (close == open + 1)
            {
                open = close; // "``": the second backtick may open a span
                continue;
            }

            codes.Add(text.Substring(open + 1, close - open - 1));
            open = text.IndexOf('`', close + 1);
        }

        return codes;
    }
}
