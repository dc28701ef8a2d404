using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AwsFacts.Tool.Rules;

namespace AwsFacts.Tool.Lint
{
    /// <summary>The outcome of a lint run: the findings in file order, what was checked and skipped, and the paths that could not be read.</summary>
    internal sealed record LintReport(IReadOnlyList<Finding> Findings, int Templates, int Skipped, IReadOnlyList<string> IoErrors)
    {
        /// <summary>As cfn-lint: 0 no findings; bit 2 an error, 4 a warning, 8 an info; 1 when a path could not be read.</summary>
        public int ExitCode
            => IoErrors.Count > 0 ? 1
                : (Findings.Any(f => f.Severity == Severity.Error) ? 2 : 0)
                | (Findings.Any(f => f.Severity == Severity.Warning) ? 4 : 0)
                | (Findings.Any(f => f.Severity == Severity.Info) ? 8 : 0);

        public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

        /// <summary>Lints every file the paths stand for; a file that cannot be read is an I/O error, and the rest are still checked.</summary>
        public static LintReport Run(IEnumerable<string> paths, TemplateLinter linter, string? baseDirectory = null)
        {
            var (files, missing) = TemplateFiles.Expand(paths, baseDirectory);
            var errors = missing.Select(p => $"{p}: no such file or directory").ToList();
            var findings = new List<Finding>();
            int templates = 0, skipped = 0;
            foreach (var file in files)
            {
                FileResult result;
                try
                {
                    result = linter.Lint(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    errors.Add($"{file.DisplayPath}: {e.Message}");
                    continue;
                }

                if (result.IsTemplate)
                {
                    templates++;
                    findings.AddRange(result.Findings.OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal));
                }
                else
                {
                    skipped++;
                }
            }

            return new LintReport(findings, templates, skipped, errors);
        }
    }
}
