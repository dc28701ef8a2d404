using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A set of allowed values in one phrase: slash-separated (<c>1s/5s/10s/30s</c>) or alternatives in words with the
/// unit after the last (<c>1 and 3 years</c>, <c>1, 3 or 5 years</c>). A read-only list in the values' unit.
/// </summary>
/// <example><c>Terms: 1, 3 or 5 years</c> → <c>IReadOnlyList&lt;int&gt; TermsYears = { 1, 3, 5 }</c>.</example>
/// <remarks>A set written out after a label (<c>Retention values: 1, 3, 5, 7, 3653 days</c>) is <see cref="WrittenSetForm"/>.</remarks>
internal sealed class SetForm : PhraseForm
{
    public override bool Takes(PhraseGroup group) => group.First.IsSet;

    public override RawFact? Build(PhraseGroup group) => group.Fact(FactShape.Set, group.First.Set);
}
