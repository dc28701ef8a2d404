using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using AwsFacts.Tool.Lint;

namespace AwsFacts.Tool.Output
{
    /// <summary>The findings as a JSON array, one object per finding, for scripts.</summary>
    internal static class JsonReport
    {
        public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static void Write(LintReport report, Stream output)
        {
            using var json = new Utf8JsonWriter(output, Options);
            json.WriteStartArray();
            foreach (var f in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("path", f.Path);
                json.WriteNumber("line", f.Line);
                json.WriteNumber("column", f.Column);
                json.WriteString("severity", TextReport.Level(f.Severity));
                json.WriteString("rule", f.Rule);
                json.WriteString("message", f.Message);
                json.WriteString("resource", f.Resource);
                json.WriteString("property", f.Property);
                WriteFact(json, "fact", f.Fact);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        public static void WriteFact(Utf8JsonWriter json, string name, Fact? fact)
        {
            if (fact is null)
            {
                json.WriteNull(name);
                return;
            }

            json.WriteStartObject(name);
            json.WriteString("id", fact.Id);
            json.WriteString("source", fact.Source);
            json.WriteNumber("line", fact.Line);
            json.WriteString("reference", fact.Reference);
            json.WriteEndObject();
        }
    }
}
