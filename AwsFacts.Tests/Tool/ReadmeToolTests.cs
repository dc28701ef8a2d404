using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Tool;

/// <summary>The README's tool section shows what the tool prints and runs the command CI runs.</summary>
public class ReadmeToolTests
{
    private static string Section()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.RepoRoot, "README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("## Lint templates", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Lint templates' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return readme[start..end];
    }

    [Fact]
    public void The_sample_output_is_what_the_tool_prints_for_the_same_template()
    {
        var sample = Regex.Match(Section(), "```text\n(.*?)```", RegexOptions.Singleline).Groups[1].Value
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actual = ToolHarness.Run(Paths.TestProjectDir, "lint", "Tool/Templates/findings.yaml").Output.Split('\n');

        Assert.NotEmpty(sample);
        foreach (var line in sample)
        {
            // The README names the file infra/jobs.yaml; everything after the path must match.
            var rest = line[line.IndexOf(':', StringComparison.Ordinal)..];
            Assert.Contains(actual, a => a.EndsWith(rest, StringComparison.Ordinal) && a.StartsWith("Tool/Templates/findings.yaml:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_ci_example_lints_the_examples_and_uploads_sarif()
    {
        var section = Section();
        Assert.Contains("run: dotnet run --project AwsFacts.Tool -- lint examples/\n", section, StringComparison.Ordinal);
        Assert.Contains("uses: github/codeql-action/upload-sarif@", section, StringComparison.Ordinal);
        foreach (var command in new[] { "awsfacts facts", "awsfacts fact ", "awsfacts validate", "awsfacts lint" })
        {
            Assert.Contains(command, section, StringComparison.Ordinal);
        }
    }
}
