using System.Text.RegularExpressions;
using AwsFacts.Generator.Diagnostics;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A labelled number followed by one word where a unit belongs, a word that is no unit: a misspelt unit is
/// reported (AWSF002), never guessed. Tried only when the scanner found no value phrase.
/// </summary>
/// <example><c>Size: 256 KBB</c> → AWSF002, no member.</example>
internal sealed class MisspeltUnitForm : ValueForm
{
    private static readonly Regex HalfValue = new(
        @"^~?(?:" + Numbers.Pattern + @")\s?(?<unit>[A-Za-z%/]+(?:-[A-Za-z]+)?)\s*\.?$", RegexOptions.CultureInvariant);

    public override bool TryRead(ValueSentence sentence)
    {
        // A scale letter alone ("5k", "12M") is a number, read by LabelNumberForm, not a misspelt unit.
        if (sentence.Label is null || sentence.Overflows.Count > 0 || HalfValue.Match(sentence.Masked.Trim()) is not { Success: true } half
            || Numbers.IsScale(half.Groups["unit"].Value))
        {
            return false;
        }

        sentence.Report(DiagnosticDescriptors.UnrecognisedUnit, sentence.Text, half.Groups["unit"].Value);
        return true;
    }
}
