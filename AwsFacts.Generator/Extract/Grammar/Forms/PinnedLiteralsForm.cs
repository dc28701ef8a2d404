using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// Code spans in a sentence without a label, when the sentence pins their names (one pin per span, or one pin for
/// one span). Code spans in prose are mostly API names mentioned in passing; a pin says which ones are facts.
/// </summary>
/// <example><c>Name must end with `.fifo` &lt;!-- name: NameSuffix --&gt;</c> → <c>NameSuffix = ".fifo"</c>.</example>
internal sealed class PinnedLiteralsForm : SentenceForm
{
    private static readonly Regex CodeSpan = new("`(?<code>[^`]+)`", RegexOptions.CultureInvariant);

    public override bool TryRead(Sentence sentence, INoteSink sink)
    {
        var pins = sentence.Annotation.Names;
        if (sentence.Label is not null || pins.Count == 0)
        {
            return false;
        }

        var codes = CodeSpan.Matches(sentence.Text).Cast<Match>().Select(m => m.Groups["code"].Value).ToList();
        for (var i = 0; i < codes.Count && (pins.Count == codes.Count || codes.Count == 1); i++)
        {
            var part = FactBuilder.Pinned(new NamePart(sentence.Context.GroupTitle, null, IsHeading: false, sentence.Location), pins, i, codes.Count);
            sink.AddFact(FactBuilder.Literal(sentence.Context, part, codes[i], sentence.Text, sentence.Location));
        }

        return true;
    }
}
