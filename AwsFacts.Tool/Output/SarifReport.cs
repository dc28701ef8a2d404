using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AwsFacts.Tool.Lint;
using AwsFacts.Tool.Rules;

namespace AwsFacts.Tool.Output
{
    /// <summary>
    /// SARIF 2.1.0, what GitHub code scanning and IDEs read: tool <c>awsfacts</c>, one rule per rule id found (its
    /// fact's sentence, source and reference as help), one result per finding with its physical location.
    /// </summary>
    internal static class SarifReport
    {
        public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

        public static void Write(LintReport report, Stream output, string toolVersion)
        {
            var rules = report.Findings.GroupBy(f => f.Rule, StringComparer.Ordinal).Select(g => g.First()).OrderBy(f => f.Rule, StringComparer.Ordinal).ToList();
            var index = rules.Select((f, i) => (f.Rule, i)).ToDictionary(p => p.Rule, p => p.i, StringComparer.Ordinal);

            using var json = new Utf8JsonWriter(output, JsonReport.Options);
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules, toolVersion);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in report.Findings)
            {
                WriteResult(json, finding, index[finding.Rule]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<Finding> rules, string toolVersion)
        {
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "awsfacts");
            json.WriteString("semanticVersion", toolVersion);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteRule(Utf8JsonWriter json, Finding first)
        {
            json.WriteStartObject();
            json.WriteString("id", first.Rule);
            var fact = first.Fact;
            json.WriteStartObject("shortDescription");
            json.WriteString("text", fact is null ? ToolRuleText(first.Rule) : $"{fact.Member}: {fact.Text}");
            json.WriteEndObject();
            if (fact is not null)
            {
                json.WriteStartObject("fullDescription");
                json.WriteString("text", fact.Sentence);
                json.WriteEndObject();
            }

            json.WriteStartObject("help");
            json.WriteString("text", Help(first.Rule, fact));
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(first.Severity));
            json.WriteEndObject();
            if (fact is not null)
            {
                json.WriteStartObject("properties");
                json.WriteString("fact", fact.Id);
                json.WriteString("kind", fact.Kind.ToString());
                json.WriteString("source", $"{fact.Source}:{fact.Line}");
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule);
            json.WriteNumber("ruleIndex", ruleIndex);
            json.WriteString("level", Level(finding.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", finding.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", Uri(finding.Path));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Line);
            json.WriteNumber("startColumn", finding.Column);
            json.WriteEndObject();
            json.WriteEndObject();
            if (finding.Resource is not null)
            {
                json.WriteStartArray("logicalLocations");
                json.WriteStartObject();
                json.WriteString("name", finding.Property ?? finding.Resource);
                json.WriteString("fullyQualifiedName", finding.Property is null ? $"Resources.{finding.Resource}" : $"Resources.{finding.Resource}.{finding.Property}");
                json.WriteString("kind", "member");
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static string Help(string rule, Fact? fact)
        {
            if (fact is null)
            {
                return ToolRuleText(rule);
            }

            var help = $"{fact.Sentence.TrimEnd('.')}. Source: {fact.Source}, line {fact.Line}.";
            if (fact.Reference.Length > 0)
            {
                help += $" Published by AWS: {fact.Reference.TrimEnd('.')}" + (fact.AsOf.Length == 0 ? "." : $" (as of {fact.AsOf}).");
            }

            return help;
        }

        private static string ToolRuleText(string rule) => rule switch
        {
            ToolRules.ParseError => "The file is not valid YAML or JSON.",
            ToolRules.InternalError => "awsfacts failed on the file.",
            _ => rule,
        };

        // Relative paths stay relative (code scanning resolves them against the repository root).
        private static string Uri(string path)
            => Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : string.Join("/", path.Split('/').Select(System.Uri.EscapeDataString));

        private static string Level(Severity severity) => severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "note",
        };
    }
}
