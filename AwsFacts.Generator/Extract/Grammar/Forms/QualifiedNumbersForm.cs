using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A label's whole numbers, each followed by the one word that tells it apart (separated by commas, semicolons,
/// <c>and</c> or <c>or</c>): one constant per number, named by its word and the label. Tried before the phrase
/// forms, which would read <c>1,000 FIFO</c> as a count of FIFOs and lose the standard figure beside it; a word that
/// is a unit (<c>7 days, 30 days</c>), or words that are all acronyms (<c>3000 RCU, 1000 WCU</c>: what is counted, a
/// suffix), leave the line to them.
/// </summary>
/// <example><c>Rules: 60 inbound, 60 outbound</c> → <c>InboundRules = 60</c>, <c>OutboundRules = 60</c>.</example>
internal sealed class QualifiedNumbersForm : ValueForm
{
    private static readonly Regex QualifiedNumbers = new(
        @"^(?:(?<n>" + Numbers.WholePattern + @")\s+(?<q>[A-Za-z][A-Za-z-]*)\s*(?:,\s*|\s+(?:and|or)\s+|;\s*|$)){2,}\.?$", RegexOptions.CultureInvariant);

    public override bool TryRead(ValueSentence sentence)
    {
        if (sentence.Label is not { } label || QualifiedNumbers.Match(sentence.Masked.Trim()) is not { Success: true } qualified
            || !qualified.Groups["n"].Captures.Cast<Capture>().All(c => Numbers.Fits(c.Value))
            || qualified.Groups["q"].Captures.Cast<Capture>().Any(c => UnitTable.IsUnit(c.Value))
            || qualified.Groups["q"].Captures.Cast<Capture>().All(c => !c.Value.Any(char.IsLower)))
        {
            return false;
        }

        var numbers = qualified.Groups["n"].Captures;
        for (var i = 0; i < numbers.Count; i++)
        {
            var n = numbers[i].Value;
            var word = qualified.Groups["q"].Captures[i].Value;
            sentence.Facts.Add(FactBuilder.Fact(sentence.Context, FactBuilder.Pinned(label, sentence.Pins, i, numbers.Count), word, string.Empty,
                FactShape.Value, new[] { Numbers.Quantity(n, UnitInfo.None) }, null, null, null, false, false, n + " " + word, sentence.Text, sentence.Location));
        }

        return true;
    }
}
