using System.IO;
using AwsFacts.Tool.Lint;
using AwsFacts.Tool.Rules;

namespace AwsFacts.Tool.Output
{
    /// <summary>One line per finding as compilers and cfn-lint print them (editors jump to <c>path:line:column</c>), then one summary line.</summary>
    internal static class TextReport
    {
        public static void Write(LintReport report, TextWriter output)
        {
            foreach (var f in report.Findings)
            {
                output.WriteLine($"{f.Path}:{f.Line}:{f.Column}: {Level(f.Severity)} {f.Rule}: {f.Message}");
            }

            output.WriteLine(Summary(report));
        }

        public static string Level(Severity severity) => severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };

        public static string Summary(LintReport report)
        {
            var found = report.Findings.Count == 0
                ? "No findings"
                : $"{Plural(report.Findings.Count, "finding")} ({Plural(report.Count(Severity.Error), "error")}, {Plural(report.Count(Severity.Warning), "warning")}, {report.Count(Severity.Info)} info)";
            return $"{found} in {Plural(report.Templates, "template")}; {Plural(report.Skipped, "file")} skipped (not CloudFormation templates).";
        }

        private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
    }
}
