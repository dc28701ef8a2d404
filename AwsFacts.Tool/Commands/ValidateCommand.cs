using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using AwsFacts.Tool.Output;
using AwsFacts.Tool.Validation;

namespace AwsFacts.Tool.Commands
{
    /// <summary><c>awsfacts validate &lt;RULE&gt; &lt;VALUE&gt;... [--json]</c> and <c>validate --list</c>: the library's named validators on the command line.</summary>
    internal static class ValidateCommand
    {
        public static Command Create()
        {
            var rule = new Argument<string?>("RULE") { Arity = ArgumentArity.ZeroOrOne, Description = "The rule, such as s3-bucket-name (see --list)." };
            var values = new Argument<string[]>("VALUE") { Arity = ArgumentArity.ZeroOrMore, Description = "The values to check." };
            var list = new Option<bool>("--list") { Description = "List the rules." };
            var fifo = new Option<bool>("--fifo") { Description = "sqs-queue-name: the names are of FIFO queues (they must end with .fifo)." };
            var json = new Option<bool>("--json") { Description = "Print JSON." };
            var command = new Command("validate", "Validate values with a rule; exits 0 when every value is valid, 1 otherwise.") { rule, values, list, fifo, json };
            command.SetAction(parse =>
            {
                var output = parse.InvocationConfiguration.Output;
                if (parse.GetValue(list))
                {
                    return List(output, parse.GetValue(json));
                }

                var name = parse.GetValue(rule);
                var given = parse.GetValue(values) ?? Array.Empty<string>();
                if (name is null || given.Length == 0)
                {
                    parse.InvocationConfiguration.Error.WriteLine("Give a rule and at least one value, such as: awsfacts validate s3-bucket-name my-bucket (rules: awsfacts validate --list).");
                    return 1;
                }

                if (ToolValidators.Find(name) is not { } validator)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"No rule is named '{name}'. Rules: {string.Join(", ", ToolValidators.All.Select(v => v.Name))}.");
                    return 1;
                }

                var isFifo = parse.GetValue(fifo);
                var results = given.Select(v => validator.Name == ToolValidators.SqsQueueName ? ToolValidators.ValidateQueueName(v, isFifo) : validator.Validate(v)).ToList();
                if (parse.GetValue(json))
                {
                    Json.Write(output, w => WriteJson(w, validator.Name, results));
                }
                else
                {
                    results.ForEach(r => WriteText(output, r));
                }

                return results.All(r => r.IsValid) ? 0 : 1;
            });
            return command;
        }

        private static int List(TextWriter output, bool json)
        {
            if (json)
            {
                Json.Write(output, w =>
                {
                    w.WriteStartArray();
                    foreach (var v in ToolValidators.All)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", v.Name);
                        w.WriteString("description", v.Description);
                        w.WriteStartArray("targets");
                        v.Targets.ToList().ForEach(w.WriteStringValue);
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
                return 0;
            }

            var width = ToolValidators.All.Max(v => v.Name.Length) + 2;
            foreach (var v in ToolValidators.All)
            {
                output.WriteLine(v.Name.PadRight(width) + v.Description + (v.Targets.Count == 0 ? string.Empty : $" Lint: {string.Join(", ", v.Targets)}."));
            }

            return 0;
        }

        private static void WriteText(TextWriter output, ValidationResult result)
        {
            output.WriteLine($"'{result.Subject}': {(result.IsValid ? "valid" : "invalid")}");
            foreach (var error in result.Errors)
            {
                output.WriteLine($"  {error}" + (error.Fact is { } fact && fact.Id != error.RuleId ? $" [fact {fact.Id}]" : string.Empty));
            }
        }

        private static void WriteJson(Utf8JsonWriter json, string rule, System.Collections.Generic.IEnumerable<ValidationResult> results)
        {
            json.WriteStartArray();
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("rule", rule);
                json.WriteString("value", result.Subject);
                json.WriteBoolean("valid", result.IsValid);
                json.WriteStartArray("errors");
                foreach (var error in result.Errors)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", error.RuleId);
                    json.WriteString("message", error.Message);
                    if (error.Position is { } position)
                    {
                        json.WriteNumber("position", position);
                    }
                    else
                    {
                        json.WriteNull("position");
                    }

                    JsonReport.WriteFact(json, "fact", error.Fact);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
    }
}
