using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A maximum or a minimum: a bound word before the value. <c>up to</c>, <c>max</c>, <c>maximum</c>, <c>at most</c>,
/// <c>&lt;</c>, <c>≤</c> bound it above; <c>min</c>, <c>minimum</c>, <c>at least</c>, <c>&gt;</c>, <c>≥</c> below.
/// <c>&lt;</c> and <c>&gt;</c> are exclusive (documented so). A minimum and a maximum on one line are a
/// <see cref="RangeForm"/> instead.
/// </summary>
/// <example><c>Up to 15 read replicas</c> → <c>MaxReadReplicas = 15</c>; <c>Failover &lt; 30 sec</c> →
/// <c>FailoverMaxSeconds = 30</c>, exclusive; <c>HA = at least 2 AZs</c> → <c>HaMinAzs = 2</c>.</example>
internal sealed class BoundForm : PhraseForm
{
    public override bool Takes(PhraseGroup group) => group.First.Bound is Bound.Max or Bound.Min;

    public override RawFact? Build(PhraseGroup group)
    {
        var first = group.First;
        var isMax = first.Bound == Bound.Max;
        return group.Fact(isMax ? FactShape.Max : FactShape.Min, first.Set, lowExclusive: first.Exclusive && !isMax, highExclusive: first.Exclusive && isMax);
    }
}
