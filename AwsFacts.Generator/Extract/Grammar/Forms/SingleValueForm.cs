using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// One value with a unit (<c>256 KB</c>, <c>30s</c>, <c>99.99%</c>, <c>30 GB/month</c>) or counting a noun
/// (<c>15 read replicas</c>, <c>16,000 IOPS</c>): a constant in its unit, and a typed value for sizes and durations.
/// The last phrase form: any group the others leave is one value.
/// </summary>
/// <example><c>Max message size: 256 KB</c> → <c>const int MaxMessageSizeKb = 256</c>, <c>DataSize MaxMessageSize</c>.</example>
internal sealed class SingleValueForm : PhraseForm
{
    public override bool Takes(PhraseGroup group) => true;

    public override RawFact? Build(PhraseGroup group) => group.Fact(FactShape.Value, group.First.Set);
}
