using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace AwsFacts.Tool.Commands
{
    /// <summary><c>awsfacts fact &lt;ID&gt; [--json]</c>: one fact in full; an unknown id exits 1 and names the closest ids.</summary>
    internal static class FactCommand
    {
        public static Command Create()
        {
            var id = new Argument<string>("ID") { Description = "The fact's id, such as sqs.visibility-timeout (case-insensitive)." };
            var json = new Option<bool>("--json") { Description = "Print a JSON object." };
            var command = new Command("fact", "Show one fact in full: value, kind, sentence, source, reference and the settings it constrains.") { id, json };
            command.SetAction(parse =>
            {
                var wanted = parse.GetValue(id) ?? string.Empty;
                if (FactCatalog.Find(wanted) is not { } fact)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"No fact has the id '{wanted}'. Closest: {string.Join(", ", Closest(wanted))}.");
                    return 1;
                }

                if (parse.GetValue(json))
                {
                    Json.Write(parse.InvocationConfiguration.Output, w => FactWriter.WriteJson(w, fact));
                }
                else
                {
                    FactWriter.WriteFull(fact, parse.InvocationConfiguration.Output);
                }

                return 0;
            });
            return command;
        }

        /// <summary>
        /// The three ids nearest to a mistyped one. A typo in the start of a long id (<c>sqs.visibilty</c>) is far
        /// from the whole id by edit distance, so each id also counts by its start of the same length.
        /// </summary>
        internal static IEnumerable<string> Closest(string wanted)
        {
            var typed = wanted.ToLowerInvariant();
            return FactCatalog.All.Select(f => f.Id).Distinct()
                .OrderBy(id => Math.Min(Distance(typed, id), Distance(typed, id.Substring(0, Math.Min(id.Length, typed.Length))) + 1))
                .ThenBy(id => id.Length)
                .ThenBy(id => id, StringComparer.Ordinal)
                .Take(3);
        }

        private static int Distance(string a, string b)
        {
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (var i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                previous = current;
            }

            return previous[b.Length];
        }
    }
}
