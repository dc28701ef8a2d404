using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsFacts
{
    /// <summary>Every fact of the notes at run time: list them, look one up by id, or search their text.</summary>
    public static class FactCatalog
    {
        private static volatile CatalogIndex? _index;

        /// <summary>
        /// The indexes over every fact found so far: AwsFacts' own, then those of loaded assemblies that ran the
        /// generator on their own notes (see <see cref="FactSourceAttribute"/>). Rebuilt when another such assembly loads.
        /// </summary>
        private static CatalogIndex Index
        {
            get
            {
                var lists = FactSources.Current(out var version);
                var index = _index;
                if (index is null || index.Version != version)
                {
                    index = new CatalogIndex(lists, version);
                    _index = index;
                }

                return index;
            }
        }

        /// <summary>All facts: AwsFacts' own in note order, then those of other assemblies' notes.</summary>
        public static IReadOnlyList<Fact> All => Index.All;

        /// <summary>The fact with this id (case-insensitive), or null.</summary>
        public static Fact? Find(string id) => id is not null && Index.ById.TryGetValue(id, out var fact) ? fact : null;

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

            var index = Index;
            if (index.ByMember.TryGetValue(member, out var fact))
            {
                return fact;
            }

            // A sibling constant: the fact's member, then Min/Max/Default and a unit (Sqs.VisibilityTimeoutMaxSeconds).
            for (var end = member.Length - 1; end > member.LastIndexOf('.') + 1; end--)
            {
                if (char.IsUpper(member[end]) && SiblingSuffix.IsMatch(member.Substring(end))
                    && index.ByMember.TryGetValue(member.Substring(0, end), out fact))
                {
                    return fact;
                }
            }

            // A range named by its unit alone keeps the qualifier in front: S3.BucketNames.MaxLength for .Length.
            var dot = member.LastIndexOf('.');
            foreach (var qualifier in new[] { "Min", "Max", "Default" })
            {
                if (string.CompareOrdinal(member, dot + 1, qualifier, 0, qualifier.Length) == 0
                    && index.ByMember.TryGetValue(member.Substring(0, dot + 1) + member.Substring(dot + 1 + qualifier.Length), out fact))
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
            => value is not null && Index.ByValue.TryGetValue(value, out var fact) ? fact : null;

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

    /// <summary>The catalog's lookups over one set of facts; an id or member listed twice keeps its first fact.</summary>
    internal sealed class CatalogIndex
    {
        public CatalogIndex(IReadOnlyList<IReadOnlyList<Fact>> lists, int version)
        {
            Version = version;
            var all = new List<Fact>();
            foreach (var fact in lists.SelectMany(list => list))
            {
                all.Add(fact);
                if (!ById.ContainsKey(fact.Id))
                {
                    ById.Add(fact.Id, fact);
                }

                if (!ByMember.ContainsKey(fact.Member))
                {
                    ByMember.Add(fact.Member, fact);
                }

                // Reference identity: value-equal ranges of two facts must still name their own fact.
                if (!fact.Value.GetType().IsValueType && fact.Value is not string && !ByValue.ContainsKey(fact.Value))
                {
                    ByValue.Add(fact.Value, fact);
                }
            }

            All = lists.Count == 1 ? lists[0] : all.AsReadOnly();
        }

        public int Version { get; }

        public IReadOnlyList<Fact> All { get; }

        public Dictionary<string, Fact> ById { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, Fact> ByMember { get; } = new(StringComparer.Ordinal);

        public Dictionary<object, Fact> ByValue { get; } = new(ReferenceComparer.Instance);
    }

    /// <summary>Compares objects by reference (netstandard2.0 has no ReferenceEqualityComparer).</summary>
    internal sealed class ReferenceComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
