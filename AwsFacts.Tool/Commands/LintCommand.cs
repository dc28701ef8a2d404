using System;
using System.CommandLine;
using System.IO;
using System.Reflection;
using System.Text;
using AwsFacts.Tool.Lint;
using AwsFacts.Tool.Output;

namespace AwsFacts.Tool.Commands
{
    /// <summary><c>awsfacts lint &lt;PATH&gt;... [--format text|json|sarif] [--output FILE]</c>: CloudFormation templates against the facts.</summary>
    internal static class LintCommand
    {
        /// <param name="baseDirectory">Where relative paths start (tests pass their own); the current directory when null.</param>
        public static Command Create(string? baseDirectory = null)
        {
            var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Templates, or directories searched for *.yaml, *.yml, *.json and *.template." };
            var format = new Option<string>("--format", "-f") { Description = "text (path:line:column: lines), json, or sarif (SARIF 2.1.0).", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json", "sarif");
            var file = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = "Write the report to FILE instead of the standard output." };
            var command = new Command("lint", "Lint CloudFormation templates against the facts bound to their properties. Exit code: 0 no findings; +2 errors, +4 warnings, +8 infos; 1 usage or I/O error.")
            {
                paths, format, file,
            };
            command.SetAction(parse =>
            {
                var report = LintReport.Run(parse.GetValue(paths) ?? Array.Empty<string>(), TemplateLinter.Default, baseDirectory);
                var error = parse.InvocationConfiguration.Error;
                foreach (var io in report.IoErrors)
                {
                    error.WriteLine($"awsfacts: {io}");
                }

                try
                {
                    var target = parse.GetValue(file);
                    Write(report, parse.GetValue(format) ?? "text", target is null ? null : Path.GetFullPath(target, baseDirectory ?? Directory.GetCurrentDirectory()), parse.InvocationConfiguration.Output);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"awsfacts: cannot write the report: {e.Message}");
                    return 1;
                }

                return report.ExitCode;
            });
            return command;
        }

        public static string Version
            => (typeof(LintCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

        private static void Write(LintReport report, string format, string? file, TextWriter console)
        {
            if (file is null)
            {
                Render(report, format, console);
                return;
            }

            using var writer = new StreamWriter(file, append: false, new UTF8Encoding(false));
            Render(report, format, writer);
        }

        public static void Render(LintReport report, string format, TextWriter output, string? version = null)
        {
            switch (format)
            {
                case "json":
                    output.WriteLine(Json.Text(stream => JsonReport.Write(report, stream)));
                    break;
                case "sarif":
                    output.WriteLine(Json.Text(stream => SarifReport.Write(report, stream, version ?? Version)));
                    break;
                default:
                    TextReport.Write(report, output);
                    break;
            }
        }
    }
}
