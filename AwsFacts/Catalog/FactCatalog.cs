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
        public static Fact Get(string id)
            => Find(id) ?? throw new KeyNotFoundException($"No fact has the id '{id}'. Closest: {string.Join(", ", Closest(id ?? string.Empty, 3))}.");

        /// <summary>The ids nearest to <paramref name="id"/> by edit distance (ignoring case), nearest first.</summary>
        public static IReadOnlyList<string> Closest(string id, int count)
            => All.Select(f => f.Id).OrderBy(candidate => Distance((id ?? string.Empty).ToLowerInvariant(), candidate.ToLowerInvariant()))
                .ThenBy(candidate => candidate, StringComparer.Ordinal).Take(Math.Max(0, count)).ToArray();

        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }

        /// <summary>The fact whose member is <paramref name="member"/> (<c>Sqs.Retention</c>, as in <see cref="Fact.Member"/>), or null.</summary>
        public static Fact? FindByMember(string member)
        {
            if (member is null)
            {
                return null;
            }

            if (ByMember.Value.TryGetValue(member, out var fact))
            {
                return fact;
            }

            // A sibling constant: the fact's member, then Min/Max/Default and a unit (Sqs.VisibilityTimeoutMaxSeconds).
            for (var end = member.Length - 1; end > member.LastIndexOf('.') + 1; end--)
            {
                if (char.IsUpper(member[end]) && SiblingSuffix.IsMatch(member.Substring(end))
                    && ByMember.Value.TryGetValue(member.Substring(0, end), out fact))
                {
                    return fact;
                }
            }

            // A range named by its unit alone keeps the qualifier in front: S3.BucketNames.MaxLength for .Length.
            var dot = member.LastIndexOf('.');
            foreach (var qualifier in new[] { "Min", "Max", "Default" })
            {
                if (string.CompareOrdinal(member, dot + 1, qualifier, 0, qualifier.Length) == 0
                    && ByMember.Value.TryGetValue(member.Substring(0, dot + 1) + member.Substring(dot + 1 + qualifier.Length), out fact))
                {
                    return fact;
                }
            }

            return null;
        }

        private static readonly System.Text.RegularExpressions.Regex SiblingSuffix = new(
            "^(?:Min|Max|Default)?(?:Bytes|Kb|Mb|Gb|Tb|Pb|Milliseconds|Seconds|Minutes|Hours|Days|Weeks|Months|Years|Percent|Length)?(?:Per[A-Z][a-z]+)?$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);

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
