using System;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A label whose value is one code span, with at most a few words after it and no number: a string constant named
/// by the label.
/// </summary>
/// <example><c>Resource type format: `AWS::Service::ResourceType`</c> → <c>ResourceTypeFormat = "AWS::Service::ResourceType"</c>.</example>
internal sealed class LiteralForm : SentenceForm
{
    public override bool TryRead(Sentence sentence, INoteSink sink)
    {
        if (sentence.LabelPart is not { } label || SingleLiteral(sentence.Value) is not { } code)
        {
            return false;
        }

        sink.AddFact(FactBuilder.Literal(sentence.Context, FactBuilder.Pinned(label, sentence.Annotation.Names, 0, 1), code, sentence.Text, sentence.Location));
        return true;
    }

    /// <summary>
    /// The code of a value that is one code span with at most a few words after it and no number
    /// (<c>`.ebextensions/` at source root</c>), else null.
    /// </summary>
    private static string? SingleLiteral(string value)
    {
        var close = value.StartsWith("`", StringComparison.Ordinal) ? value.IndexOf('`', 1) : -1;
        if (close <= 1)
        {
            return null;
        }

        for (var i = close + 1; i < value.Length; i++)
        {
            if (value[i] is '`' or >= '0' and <= '9')
            {
                return null;
            }
        }

        return value.Substring(1, close - 1);
    }
}
