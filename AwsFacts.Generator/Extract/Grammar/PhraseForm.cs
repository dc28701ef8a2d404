using System.Collections.Generic;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar;

/// <summary>
/// What one group of value phrases makes (<see cref="ValueGrammar.PhraseForms"/>): a range, a set, a bound, a
/// default or a single value. <see cref="Takes"/> decides by the group's shape; <see cref="Build"/> makes the fact.
/// </summary>
internal abstract class PhraseForm
{
    public abstract bool Takes(PhraseGroup group);

    /// <summary>The fact, or null when the group is malformed (a problem is reported on the sentence).</summary>
    public abstract RawFact? Build(PhraseGroup group);
}

/// <summary>
/// Phrases of one sentence that make one fact, and how it is named: <c>300s default (min 60s, max 900s)</c> is one
/// group of three phrases; <c>standard 60s, high-res 1s/5s</c> is two groups, each with its prefix.
/// </summary>
internal sealed record PhraseGroup(
    ValueSentence Sentence,
    IReadOnlyList<Phrase> Phrases,
    NamePart Base,
    string Prefix,
    string Noun,
    string Written,
    string GroupTitle)
{
    public Phrase First => Phrases[0];

    /// <summary>A fact of this group with the given shape and values; the sentence's class, text and place.</summary>
    public RawFact Fact(FactShape shape, IReadOnlyList<Quantity> values, Quantity? low = null, Quantity? high = null, Quantity? dflt = null, bool lowExclusive = false, bool highExclusive = false)
        => FactBuilder.Fact(Sentence.Context, Base, Prefix, Noun, shape, values, low, high, dflt, lowExclusive, highExclusive, Written, Sentence.Text, Sentence.Location)
            with { Distinctions = FactBuilder.Distinctions(First, GroupTitle, Base.Text, Sentence.Context.SectionTitle) };
}
