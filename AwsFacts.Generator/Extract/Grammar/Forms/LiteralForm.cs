using System;
using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A label whose value is one code span, with at most a few words after it and no number: a string constant named
/// by the label.
/// </summary>
/// <example><c>Resource type format: `AWS::Service::ResourceType`</c> → <c>ResourceTypeFormat = "AWS::Service::ResourceType"</c>.</example>
internal sealed class LiteralForm : SentenceForm
{
    // A value that is one literal in backticks, with at most a few words after it: "`.ebextensions/` at source root".
    private static readonly Regex SingleLiteral = new(@"^`(?<code>[^`]+)`(?<rest>[^`0-9]*)$", RegexOptions.CultureInvariant);

    public override bool TryRead(Sentence sentence, INoteSink sink)
    {
        if (sentence.LabelPart is not { } label || !sentence.Value.StartsWith("`", StringComparison.Ordinal)
            || SingleLiteral.Match(sentence.Value) is not { Success: true } literal)
        {
            return false;
        }

        sink.AddFact(FactBuilder.Literal(sentence.Context, FactBuilder.Pinned(label, sentence.Annotation.Names, 0, 1), literal.Groups["code"].Value, sentence.Text, sentence.Location));
        return true;
    }
}
