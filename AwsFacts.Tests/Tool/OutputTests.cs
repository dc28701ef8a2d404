using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using AwsFacts.Tests.Infrastructure;
using AwsFacts.Tool.Commands;
using AwsFacts.Tool.Lint;
using AwsFacts.Tool.Rules;

namespace AwsFacts.Tests.Tool;

/// <summary>
/// The three output formats of <c>lint</c> on the templates in <c>Tool/Templates</c> (findings in YAML and JSON,
/// a clean template, a parse error, a file that is not a template), as snapshots, and the exit codes.
/// </summary>
public class OutputTests
{
    private static ToolRun Lint(params string[] options)
        => ToolHarness.Run(Paths.TestProjectDir, new[] { "lint", "Tool/Templates" }.Concat(options).ToArray());

    [Fact]
    public void Text_output_is_one_located_line_per_finding_and_a_summary()
    {
        var run = Lint();
        Snapshot.Verify("Tool.Lint", run.Output, "txt");
        Assert.Equal(2 | 4, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Json_output_is_an_array_of_findings_with_resource_property_and_fact()
    {
        var run = Lint("--format", "json");
        Snapshot.Verify("Tool.Lint", run.Output, "json");
        using var json = JsonDocument.Parse(run.Output);
        var first = json.RootElement.EnumerateArray().First(f => f.GetProperty("rule").GetString() == "firehose.buffer-interval");
        Assert.Equal("Tool/Templates/findings.json", first.GetProperty("path").GetString());
        Assert.Equal("Delivery", first.GetProperty("resource").GetString());
        Assert.Equal("ExtendedS3DestinationConfiguration.BufferingHints.IntervalInSeconds", first.GetProperty("property").GetString());
        Assert.Equal("notes/messaging.md", first.GetProperty("fact").GetProperty("source").GetString());
        Assert.NotEqual(string.Empty, first.GetProperty("fact").GetProperty("reference").GetString());
    }

    [Fact]
    public void Sarif_output_is_sarif_2_1_0_with_a_rule_per_fact_and_physical_locations()
    {
        var run = Lint("--format", "sarif");
        Snapshot.Verify("Tool.Lint", run.Output.Replace($"\"semanticVersion\": \"{LintCommand.Version}\"", "\"semanticVersion\": \"<version>\"", StringComparison.Ordinal), "sarif");

        using var sarif = JsonDocument.Parse(run.Output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var theRun = sarif.RootElement.GetProperty("runs")[0];
        var driver = theRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("awsfacts", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(rules.Distinct().Count(), rules.Count);
        Assert.All(driver.GetProperty("rules").EnumerateArray(), r => Assert.NotEqual(string.Empty, r.GetProperty("help").GetProperty("text").GetString()));
        foreach (var result in theRun.GetProperty("results").EnumerateArray())
        {
            Assert.Equal(rules[result.GetProperty("ruleIndex").GetInt32()], result.GetProperty("ruleId").GetString());
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.StartsWith("Tool/Templates/", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
            Assert.True(location.GetProperty("region").GetProperty("startColumn").GetInt32() > 0);
        }
    }

    [Fact]
    public void The_report_goes_to_the_output_file_when_one_is_given()
    {
        var file = Path.Combine(Path.GetTempPath(), $"awsfacts-{Guid.NewGuid():N}.sarif");
        try
        {
            var run = Lint("--format", "sarif", "--output", file);
            Assert.Equal(string.Empty, run.Output);
            Assert.Equal(6, run.ExitCode);
            using var sarif = JsonDocument.Parse(File.ReadAllText(file));
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_file_that_does_not_parse_is_one_finding_and_the_other_files_are_still_checked()
    {
        var run = Lint();
        var broken = run.Output.Split('\n').Where(l => l.StartsWith("Tool/Templates/broken.yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal("Tool/Templates/broken.yaml:4:4: error awsfacts.parse-error", Assert.Single(broken)[.."Tool/Templates/broken.yaml:4:4: error awsfacts.parse-error".Length]);
        Assert.Contains("Tool/Templates/findings.json:", run.Output, StringComparison.Ordinal);
        Assert.Contains("in 4 templates; 1 file skipped", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clean.yaml", 0)]
    [InlineData("findings.json", 2)]
    [InlineData("findings.yaml", 2 | 4)]
    [InlineData("workflow.yml", 0)]
    [InlineData("missing.yaml", 1)]
    public void Exit_codes_follow_cfn_lint(string file, int exit)
        => Assert.Equal(exit, ToolHarness.Run(Paths.TestProjectDir, "lint", "Tool/Templates/" + file).ExitCode);

    [Fact]
    public void A_quota_alone_is_a_warning_exit_4()
    {
        var dir = Directory.CreateTempSubdirectory("awsfacts-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "api.yaml"), "Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      Integration: { TimeoutInMillis: 30000 }\n");
            var run = ToolHarness.Run(dir.FullName, "lint", ".");
            Assert.Equal(4, run.ExitCode);
            Assert.StartsWith("./api.yaml:5:39: warning api-gateway.rest-api.integration-timeout-quota:", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("E", 2)]
    [InlineData("W", 4)]
    [InlineData("I", 8)]
    [InlineData("EWI", 14)]
    [InlineData("WW", 4)]
    public void The_exit_code_sets_one_bit_per_severity_found(string severities, int exit)
    {
        var findings = severities.Select(c => c switch { 'E' => Severity.Error, 'W' => Severity.Warning, _ => Severity.Info }).Select(s => new Finding("t.yaml", 1, 1, s, "r", "m", null, null, null)).ToList();
        Assert.Equal(exit, new LintReport(findings, 1, 0, Array.Empty<string>()).ExitCode);
        Assert.Equal(1, new LintReport(findings, 1, 0, new[] { "x: no such file or directory" }).ExitCode);
    }

    [Fact]
    public void A_missing_path_is_an_io_error_and_the_other_paths_are_still_linted()
    {
        var run = ToolHarness.Run(Paths.TestProjectDir, "lint", "Tool/Templates/findings.json", "no/such/dir");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no/such/dir: no such file or directory", run.Error, StringComparison.Ordinal);
        Assert.Contains("findings.json:", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("lint", "x.yaml", "--format", "xml")]
    [InlineData("lint", "x.yaml", "--bogus")]
    [InlineData("nonsense")]
    [InlineData("fact")]
    public void Usage_errors_exit_1(params string[] args)
        => Assert.Equal(1, ToolHarness.Run(null, args).ExitCode);

    [Fact]
    public void The_examples_lint_clean()
    {
        var run = ToolHarness.Run(Paths.RepoRoot, "lint", "examples/");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No findings in 2 templates; 0 files skipped (not CloudFormation templates).\n", run.Output);
    }
}
