using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsFacts
{
    /// <summary>Every fact of the notes at run time: list them, look one up by id, or search their text.</summary>
    public static class FactCatalog
    {
        private static readonly Lazy<Dictionary<string, Fact>> ById = new(
            () => GeneratedFacts.All.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase));

        /// <summary>All facts, in note order.</summary>
        public static IReadOnlyList<Fact> All => GeneratedFacts.All;

        /// <summary>The fact with this id (case-insensitive), or null.</summary>
        public static Fact? Find(string id) => id is not null && ById.Value.TryGetValue(id, out var fact) ? fact : null;

        /// <summary>The fact with this id (case-insensitive).</summary>
        /// <exception cref="KeyNotFoundException">No fact has this id.</exception>
        public static Fact Get(string id) => Find(id) ?? throw new KeyNotFoundException($"No fact has the id '{id}'.");

        /// <summary>Facts whose id, member, value or sentence contains every word of <paramref name="text"/>, ignoring case.</summary>
        public static IEnumerable<Fact> Search(string text)
        {
            var words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return All.Where(fact => words.All(word =>
                Contains(fact.Id, word) || Contains(fact.Member, word) || Contains(fact.Text, word) || Contains(fact.Sentence, word)));
        }

        private static bool Contains(string haystack, string needle)
            => haystack.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
