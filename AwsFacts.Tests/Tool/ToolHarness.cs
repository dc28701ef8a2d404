using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AwsFacts.Tool;
using AwsFacts.Tool.Lint;

namespace AwsFacts.Tests.Tool;

/// <summary>What one in-process run of awsfacts printed, and its exit code.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error);

/// <summary>Runs the tool in-process through its entry point, and lints template text without files.</summary>
internal static class ToolHarness
{
    public static string TemplatesDir => Path.Combine(Infrastructure.Paths.TestProjectDir, "Tool", "Templates");

    /// <summary>Runs <c>awsfacts ARGS</c> as if started in <paramref name="directory"/> (the repository root by default).</summary>
    public static ToolRun Run(string? directory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Cli.Run(args, output, error, directory ?? Infrastructure.Paths.RepoRoot);
        return new ToolRun(exit, output.ToString().Replace("\r\n", "\n"), error.ToString().Replace("\r\n", "\n"));
    }

    /// <summary>The findings for one template's text; the extension picks the parser.</summary>
    public static IReadOnlyList<Finding> Lint(string text, string fileName = "template.yaml")
    {
        var result = TemplateLinter.Default.Lint(fileName, Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsTemplate, "not read as a template");
        return result.Findings;
    }

    /// <summary>
    /// The one-based line and column of <paramref name="token"/> standing alone in <paramref name="text"/> (not
    /// inside a longer word or number), at its opening quote when quoted: where a finding on that value points.
    /// </summary>
    public static (int Line, int Column) PositionOf(string text, string token, int occurrence = 1)
    {
        var found = 0;
        for (var at = text.IndexOf(token, StringComparison.Ordinal); at >= 0; at = text.IndexOf(token, at + 1, StringComparison.Ordinal))
        {
            var end = at + token.Length;
            if ((at > 0 && IsWordChar(text[at - 1])) || (end < text.Length && IsWordChar(text[end])) || ++found != occurrence)
            {
                continue;
            }

            var start = at > 0 && text[at - 1] is '\'' or '"' ? at - 1 : at;
            var line = text.Take(start).Count(c => c == '\n') + 1;
            var column = start - (text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1) + 1;
            if (start > 0 && text[start - 1] == '\n')
            {
                column = 1;
            }

            return (line, column);
        }

        throw new ArgumentException($"'{token}' (occurrence {occurrence}) is not in the template:\n{text}");
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-';

    public static string Describe(IEnumerable<Finding> findings)
        => string.Join("\n", findings.Select(f => $"{f.Line}:{f.Column} {f.Severity} {f.Rule}: {f.Message}"));
}
