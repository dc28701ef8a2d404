using System.Text.RegularExpressions;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A label's range without a unit: the label says what it counts, as for <see cref="LabelNumberForm"/>. Words may
/// follow (<c>depending on region</c>), but no other number.
/// </summary>
/// <example><c>Burst concurrency: 500–3000</c> → <c>BurstConcurrencyMin = 500</c>, <c>BurstConcurrencyMax = 3000</c>;
/// <c>Read replicas: 1 to 15</c> → <c>ReadReplicasMin = 1</c>, <c>ReadReplicasMax = 15</c>.</example>
internal sealed class LabelRangeForm : ValueForm
{
    private static readonly Regex BareRange = new(
        @"^(?<approx>[~≈]\s?)?(?<low>" + Numbers.Pattern + @")\s*(?:[–—-]|to|→|->)\s*(?<high>" + Numbers.Pattern + @")(?:\s*\.?$|(?=[\s,;(])[^0-9=]*$)",
        RegexOptions.CultureInvariant);

    public override bool TryRead(ValueSentence sentence)
    {
        if (sentence.Label is not { } label || BareRange.Match(sentence.Masked.Trim()) is not { Success: true } bare)
        {
            return false;
        }

        var (lowDigits, highDigits) = (bare.Groups["low"].Value, bare.Groups["high"].Value);
        if (!Numbers.Fits(lowDigits, string.Empty) || !Numbers.Fits(highDigits, string.Empty))
        {
            sentence.Report(DiagnosticDescriptors.NumberOutOfRange, Numbers.Fits(lowDigits, string.Empty) ? highDigits : lowDigits);
            return true;
        }

        var approximate = bare.Groups["approx"].Success;
        var low = Numbers.Quantity(lowDigits, UnitInfo.None, approximate, string.Empty);
        var high = Numbers.Quantity(highDigits, UnitInfo.None, approximate, string.Empty);
        var written = bare.Value.Trim();
        if (low.InBase > high.InBase)
        {
            sentence.Report(DiagnosticDescriptors.BadRange, written);
            return true;
        }

        sentence.Facts.Add(FactBuilder.Fact(sentence.Context, FactBuilder.Pinned(label, sentence.Pins, 0, 1), string.Empty, string.Empty, FactShape.Range,
            new[] { low }, low, high, null, false, false, written, sentence.Text, sentence.Location));
        return true;
    }
}
