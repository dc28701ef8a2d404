using System.CommandLine;
using System.Linq;

namespace AwsFacts.Tool.Commands
{
    /// <summary><c>awsfacts facts [WORDS...] [--json]</c>: the facts whose id, member, value, sentence or bindings contain every word.</summary>
    internal static class FactsCommand
    {
        public static Command Create()
        {
            var words = new Argument<string[]>("WORDS") { Arity = ArgumentArity.ZeroOrMore, Description = "Words every listed fact contains (ignoring case); none lists every fact." };
            var json = new Option<bool>("--json") { Description = "Print a JSON array." };
            var command = new Command("facts", "Search the facts: id, value, kind and source of each match.") { words, json };
            command.SetAction(parse =>
            {
                var output = parse.InvocationConfiguration.Output;
                var found = FactCatalog.Search(string.Join(" ", parse.GetValue(words) ?? new string[0])).ToList();
                if (parse.GetValue(json))
                {
                    Json.Write(output, w =>
                    {
                        w.WriteStartArray();
                        found.ForEach(f => FactWriter.WriteJson(w, f));
                        w.WriteEndArray();
                    });
                    return 0;
                }

                found.ForEach(f => FactWriter.WriteLine(f, output));
                output.WriteLine(found.Count == 1 ? "1 fact." : $"{found.Count} facts.");
                return 0;
            });
            return command;
        }
    }
}
