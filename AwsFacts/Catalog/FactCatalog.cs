using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsFacts
{
    /// <summary>Every fact of the notes at run time: list them, look one up by id, or search their text.</summary>
    public static class FactCatalog
    {
        private static readonly Lazy<Dictionary<string, Fact>> ById = new(
            () => __GeneratedFacts.All.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase));

        private static readonly Lazy<Dictionary<string, Fact>> ByMember = new(
            () => __GeneratedFacts.All.GroupBy(f => f.Member, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

        // Reference identity: value-equal ranges of two facts must still name their own fact.
        private static readonly Lazy<Dictionary<object, Fact>> ByValue = new(
            () => __GeneratedFacts.All.Where(f => !f.Value.GetType().IsValueType && f.Value is not string)
                .GroupBy(f => f.Value, ReferenceComparer.Instance)
                .ToDictionary(g => g.Key, g => g.First(), ReferenceComparer.Instance));

        /// <summary>All facts, in note order.</summary>
        public static IReadOnlyList<Fact> All => __GeneratedFacts.All;

        /// <summary>The fact with this id (case-insensitive), or null.</summary>
        public static Fact? Find(string id) => id is not null && ById.Value.TryGetValue(id, out var fact) ? fact : null;

        /// <summary>The fact with this id (case-insensitive).</summary>
        /// <exception cref="KeyNotFoundException">No fact has this id.</exception>
        public static Fact Get(string id) => Find(id) ?? throw new KeyNotFoundException($"No fact has the id '{id}'.");

        /// <summary>The fact whose member is <paramref name="member"/> (<c>Sqs.Retention</c>, as in <see cref="Fact.Member"/>), or null.</summary>
        public static Fact? FindByMember(string member)
            => member is not null && ByMember.Value.TryGetValue(member, out var fact) ? fact : null;

        /// <summary>
        /// The fact whose value is this very object (a <see cref="Range{T}"/>, a list), or null: how a range
        /// names itself in a validation message.
        /// </summary>
        public static Fact? FindByValue(object value)
            => value is not null && ByValue.Value.TryGetValue(value, out var fact) ? fact : null;

        /// <summary>
        /// The facts bound to a setting: a CloudFormation property (<c>AWS::SQS::Queue.VisibilityTimeout</c>, nested
        /// properties dotted: <c>AWS::ECS::TaskDefinition.EphemeralStorage.SizeInGiB</c>) or an API parameter
        /// (<c>sqs:VisibilityTimeout</c>). Empty when no fact constrains it.
        /// </summary>
        public static IReadOnlyList<Fact> FindByBinding(string setting)
            => setting is null ? NoFacts : All.Where(f => f.Bindings.Any(b => b.Matches(setting))).ToArray();

        /// <summary>The facts bound to properties of one CloudFormation resource type (<c>AWS::SQS::Queue</c>), or to one API's parameters (<c>sqs</c>).</summary>
        public static IReadOnlyList<Fact> FindByTarget(string target)
            => target is null ? NoFacts : All.Where(f => f.Bindings.Any(b => string.Equals(b.Target, target, StringComparison.Ordinal))).ToArray();

        private static readonly Fact[] NoFacts = new Fact[0];

        /// <summary>Facts whose id, member, value, sentence or bound settings contain every word of <paramref name="text"/>, ignoring case.</summary>
        public static IEnumerable<Fact> Search(string text)
        {
            var words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return All.Where(fact => words.All(word =>
                Contains(fact.Id, word) || Contains(fact.Member, word) || Contains(fact.Text, word) || Contains(fact.Sentence, word)
                || fact.Bindings.Any(b => Contains(b.Name, word))));
        }

        private static bool Contains(string haystack, string needle)
            => haystack.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>Compares objects by reference (netstandard2.0 has no ReferenceEqualityComparer).</summary>
    internal sealed class ReferenceComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
