using System.Linq;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A range: two ends, an optional default. Written as one phrase (<c>1 min – 14 days</c>, <c>1–20s</c>,
/// <c>10GB → 128TB</c>, <c>1 to 15 minutes</c>, <c>between 0.5 GB and 237 GB</c>, <c>from 180 days to 700+ days</c>)
/// or as a minimum and a maximum on one line (<c>min 60s, max 900s</c>), each with an optional default
/// (<c>(default 4 days)</c>, <c>300s default</c>; a bare <c>default 30</c> after <c>7 to 30 days</c> is in days).
/// </summary>
/// <example><c>Retention: 1 min – 14 days (default 4 days)</c> → <c>Range&lt;TimeSpan&gt; Retention</c>,
/// <c>RetentionMinSeconds = 60</c>, <c>RetentionMaxSeconds = 1209600</c>, <c>RetentionDefaultSeconds = 345600</c>.</example>
/// <remarks>Ends of different kinds are reported (AWSF007), as are ends out of order or a default outside them.</remarks>
internal sealed class RangeForm : PhraseForm
{
    public override bool Takes(PhraseGroup group) => group.Phrases.Count > 1 || group.First.IsRange;

    public override RawFact? Build(PhraseGroup group)
    {
        var phrases = group.Phrases;
        var range = phrases.FirstOrDefault(p => p.IsRange);
        var min = range?.Low ?? phrases.First(p => p.Bound == Bound.Min).Low;
        var max = range?.High ?? phrases.First(p => p.Bound == Bound.Max).Low;
        var dflt = phrases.FirstOrDefault(p => !p.IsRange && p.Bound == Bound.Default)?.Low;
        if (dflt is { Unit.Kind: UnitKind.None } bare && max.Unit.Kind != UnitKind.None)
        {
            dflt = bare with { Unit = max.Unit }; // "7 to 30 days, default 30": a bare default is in the range's unit
        }

        var minExclusive = range is null && phrases.First(p => p.Bound == Bound.Min).Exclusive;
        var maxExclusive = range is null && phrases.First(p => p.Bound == Bound.Max).Exclusive;

        if (ProblemOf(min, max, dflt) is { } problem)
        {
            group.Sentence.Report(problem, group.Written);
            return null;
        }

        return group.Fact(FactShape.Range, new[] { min }, min, max, dflt, minExclusive, maxExclusive);
    }

    /// <summary>What is wrong with a range's ends and default, or null: ends of different kinds (AWSF007), ends out of order or a default outside them (AWSF008).</summary>
    internal static Microsoft.CodeAnalysis.DiagnosticDescriptor? ProblemOf(Quantity min, Quantity max, Quantity? dflt)
        => min.Unit.Kind != max.Unit.Kind || (dflt is { } d && d.Unit.Kind != min.Unit.Kind) ? DiagnosticDescriptors.MixedUnits
            : min.InBase > max.InBase || (dflt is { } d2 && (d2.InBase < min.InBase || d2.InBase > max.InBase)) ? DiagnosticDescriptors.BadRange
            : null;
}
