using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A default: <c>default X</c>, <c>defaults to X</c>, <c>X default</c>, <c>X by default</c> or <c>X (default)</c>. A
/// default beside a range or a minimum and a maximum is that <see cref="RangeForm"/>'s default instead.
/// </summary>
/// <example><c>Buffer Size: 5 MB (default)</c> → <c>BufferSizeDefaultMb = 5</c>, <c>DataSize BufferSizeDefault</c>.</example>
internal sealed class DefaultForm : PhraseForm
{
    public override bool Takes(PhraseGroup group) => group.First.Bound == Bound.Default;

    public override RawFact? Build(PhraseGroup group) => group.Fact(FactShape.Default, group.First.Set);
}
