using System.Text.RegularExpressions;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A label's number without a unit: the label says what it counts. Words may follow (<c>(soft limit)</c>), but no
/// other number and no <c>= NAME</c> (that is a port list).
/// </summary>
/// <example><c>Label: 42</c> → <c>const int Label = 42</c>; <c>Burst limit: 3000 (soft limit)</c> → <c>BurstLimit = 3000</c>.</example>
internal sealed class LabelNumberForm : ValueForm
{
    private static readonly Regex BareNumber = new(
        @"^(?<approx>~)?(?<n>" + Numbers.Pattern + @")(?<scale>" + Numbers.ScalePattern + @")?(?:\s*\.?$|(?=[\s,;(])(?![^=]*=)[^0-9]*$)", RegexOptions.CultureInvariant);

    public override bool TryRead(ValueSentence sentence)
    {
        if (sentence.Label is not { } label || BareNumber.Match(sentence.Masked.Trim()) is not { Success: true } bare)
        {
            return false;
        }

        var digits = bare.Groups["n"].Value;
        if (!Numbers.Fits(digits, bare.Groups["scale"].Value))
        {
            sentence.Report(DiagnosticDescriptors.NumberOutOfRange, digits);
            return true;
        }

        var quantity = Numbers.Quantity(digits, UnitInfo.None, bare.Groups["approx"].Success, bare.Groups["scale"].Value);
        // Written as the note writes the number; words after it ("(soft limit)") stay in the sentence.
        var written = bare.Groups["approx"].Value + digits + bare.Groups["scale"].Value;
        // "- GP2 (SSD): …" over "- Max IOPS: 16000": the item's code says whose it is, as for a value with a unit.
        label = PhrasesForm.WithItemTitle(sentence.Context, label);
        sentence.Facts.Add(FactBuilder.Fact(sentence.Context, FactBuilder.Pinned(label, sentence.Pins, 0, 1), string.Empty, string.Empty, FactShape.Value,
            new[] { quantity }, null, null, null, false, false, written, sentence.Text, sentence.Location));
        return true;
    }
}
