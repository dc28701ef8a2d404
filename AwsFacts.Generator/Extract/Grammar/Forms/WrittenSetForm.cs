using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A set written out after a label: whole numbers separated by commas (the last maybe by <c>and</c>/<c>or</c>),
/// the unit after the last one.
/// </summary>
/// <example><c>Retention values: 1, 3, 5, 7, 3653 days</c> → <c>IReadOnlyList&lt;int&gt; RetentionValuesDays = { 1, 3, 5, 7, 3653 }</c>.</example>
internal sealed class WrittenSetForm : ValueForm
{
    private static readonly Regex NumberList = new(@"^(?<nums>[0-9]+(?:,\s+[0-9]+)+(?:,?\s+(?:or|and)\s+[0-9]+)?)(?:\s+(?<unit>[A-Za-z%]+))?", RegexOptions.CultureInvariant);

    public override bool TryRead(ValueSentence sentence)
    {
        if (sentence.Label is not { } label || !Numbers.StartsWithDigit(sentence.Masked)
            || NumberList.Match(sentence.Masked.Trim()) is not { Success: true } list || UnitTable.Find(list.Groups["unit"].Value) is not { } unit)
        {
            return false;
        }

        var numbers = Numbers.In(list.Groups["nums"].Value);
        if (!numbers.All(Numbers.Fits))
        {
            return false;
        }

        var items = numbers.Select(n => Numbers.Quantity(n, unit)).ToArray();
        sentence.Facts.Add(FactBuilder.Fact(sentence.Context, FactBuilder.Pinned(label, sentence.Pins, 0, 1), string.Empty, string.Empty, FactShape.Set, items,
            null, null, null, false, false, list.Value.Trim(), sentence.Text, sentence.Location));
        return true;
    }
}
