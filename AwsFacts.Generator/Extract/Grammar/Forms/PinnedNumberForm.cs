using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A sentence that pins one name and holds one bare whole number: the pin says what the number is.
/// </summary>
/// <example><c>host port 0 = dynamic &lt;!-- name: DynamicHostPort --&gt;</c> → <c>DynamicHostPort = 0</c>.</example>
internal sealed class PinnedNumberForm : ValueForm
{
    private static readonly Regex StandaloneNumbers = new(@"(?<![A-Za-z0-9_.,\u2022])[0-9]+(?![A-Za-z0-9_.,\u2022])", RegexOptions.CultureInvariant);

    public override bool TryRead(ValueSentence sentence)
    {
        if (sentence.Pins.Count != 1 || StandaloneNumbers.Matches(sentence.Masked) is not { Count: 1 } numbers || !Numbers.Fits(numbers[0].Value))
        {
            return false;
        }

        var number = numbers[0].Value;
        sentence.Facts.Add(FactBuilder.Fact(sentence.Context, new NamePart(string.Empty, sentence.Pins[0], IsHeading: false, sentence.Location), string.Empty, string.Empty,
            FactShape.Value, new[] { Numbers.Quantity(number, UnitInfo.None) }, null, null, null, false, false, number, sentence.Text, sentence.Location));
        return true;
    }
}
