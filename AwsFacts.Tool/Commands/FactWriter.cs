using System.IO;
using System.Linq;
using System.Text.Json;

namespace AwsFacts.Tool.Commands
{
    /// <summary>How <c>facts</c> and <c>fact</c> print a fact: one line, every field, or JSON.</summary>
    internal static class FactWriter
    {
        public static string Kind(FactKind kind) => kind switch
        {
            FactKind.HardLimit => "hard limit",
            FactKind.DefaultQuota => "default quota",
            FactKind.DefaultSetting => "default setting",
            FactKind.Typical => "typical",
            _ => "value",
        };

        public static void WriteLine(Fact fact, TextWriter output)
            => output.WriteLine($"{fact.Id}  {fact.Text}  [{Kind(fact.Kind)}]  {fact.Source}:{fact.Line}");

        public static void WriteFull(Fact fact, TextWriter output)
        {
            output.WriteLine(fact.Id);
            Field(output, "Member", fact.Member);
            Field(output, "Value", fact.Text + (fact.Unit.Length == 0 ? string.Empty : $"  (unit {fact.Unit})") + (fact.IsApproximate ? "  (approximate)" : string.Empty));
            Field(output, "Typed value", $"{fact.Value} ({TypeName(fact.Value)})");
            Field(output, "Kind", Kind(fact.Kind));
            Field(output, "Sentence", fact.Sentence);
            Field(output, "Source", $"{fact.Source}, line {fact.Line}");
            Field(output, "Reference", fact.Reference.Length == 0 ? string.Empty : fact.Reference + (fact.AsOf.Length == 0 ? string.Empty : $" (as of {fact.AsOf})"));
            Field(output, "Constrains", string.Join(", ", fact.Bindings.Select(b => b.ToString())));
        }

        public static void WriteJson(Utf8JsonWriter json, Fact fact)
        {
            json.WriteStartObject();
            json.WriteString("id", fact.Id);
            json.WriteString("member", fact.Member);
            json.WriteString("value", fact.Text);
            json.WriteString("typedValue", fact.Value.ToString());
            json.WriteString("type", TypeName(fact.Value));
            json.WriteString("unit", fact.Unit);
            json.WriteString("kind", Kind(fact.Kind));
            json.WriteBoolean("approximate", fact.IsApproximate);
            json.WriteString("sentence", fact.Sentence);
            json.WriteString("source", fact.Source);
            json.WriteNumber("line", fact.Line);
            json.WriteString("reference", fact.Reference);
            json.WriteString("asOf", fact.AsOf);
            json.WriteStartArray("bindings");
            foreach (var binding in fact.Bindings)
            {
                json.WriteStringValue(binding.ToString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void Field(TextWriter output, string name, string value)
        {
            if (value.Length > 0)
            {
                output.WriteLine($"  {name + ":",-12} {value}");
            }
        }

        private static string TypeName(object value)
        {
            var type = value.GetType();
            if (!type.IsGenericType)
            {
                return type.Name;
            }

            var name = type.Name.Substring(0, type.Name.IndexOf('`'));
            if (name == "ReadOnlyCollection")
            {
                name = "IReadOnlyList";
            }

            return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(a => a.Name))}>";
        }
    }
}
