using System;
using System.Linq;
using System.Text.Json;

namespace AwsFacts.Tests.Tool;

/// <summary><c>facts</c>, <c>fact</c>, <c>validate</c> and <c>--help</c>, run in-process.</summary>
public class CommandTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("facts", "--help")]
    [InlineData("fact", "--help")]
    [InlineData("validate", "--help")]
    [InlineData("lint", "--help")]
    public void Every_command_has_help(params string[] args)
    {
        var run = ToolHarness.Run(null, args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_lists_every_fact_without_words_and_the_matches_with_words()
    {
        var all = ToolHarness.Run(null, "facts");
        Assert.Equal(0, all.ExitCode);
        Assert.EndsWith($"{FactCatalog.All.Count} facts.\n", all.Output, StringComparison.Ordinal);

        var some = ToolHarness.Run(null, "facts", "sqs", "retention");
        Assert.Equal("sqs.retention  1 min – 14 days (default 4 days)  [hard limit]  notes/messaging.md:13\n1 fact.\n", some.Output);
    }

    [Fact]
    public void Facts_as_json_is_an_array_with_each_facts_source_and_bindings()
    {
        var run = ToolHarness.Run(null, "facts", "visibility", "--json");
        using var json = JsonDocument.Parse(run.Output);
        var fact = json.RootElement.EnumerateArray().Single(f => f.GetProperty("id").GetString() == "sqs.visibility-timeout");
        Assert.Equal("notes/messaging.md", fact.GetProperty("source").GetString());
        Assert.Equal("hard limit", fact.GetProperty("kind").GetString());
        Assert.Contains("AWS::SQS::Queue.VisibilityTimeout (s)", fact.GetProperty("bindings").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public void Fact_shows_one_fact_in_full()
    {
        var run = ToolHarness.Run(null, "fact", "SQS.Visibility-Timeout");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("sqs.visibility-timeout\n  Member:      Sqs.VisibilityTimeout\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Source:      notes/messaging.md, line 35\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Constrains:  AWS::SQS::Queue.VisibilityTimeout (s), sqs:VisibilityTimeout (s)\n", run.Output, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(ToolHarness.Run(null, "fact", "sqs.visibility-timeout", "--json").Output);
        Assert.Equal("Sqs.VisibilityTimeout", json.RootElement.GetProperty("member").GetString());
    }

    [Fact]
    public void An_unknown_fact_id_exits_1_and_names_the_closest_ids()
    {
        var run = ToolHarness.Run(null, "fact", "sqs.visibilty");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("No fact has the id 'sqs.visibilty'. Closest: sqs.visibility-timeout, ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_exits_0_when_every_value_is_valid_and_1_otherwise_printing_each_rule_and_fact()
    {
        Assert.Equal(0, ToolHarness.Run(null, "validate", "s3-bucket-name", "my-bucket", "logs.example.com").ExitCode);

        var run = ToolHarness.Run(null, "validate", "s3-bucket-name", "my-bucket", "My_Bucket");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'my-bucket': valid\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("'My_Bucket': invalid\n  s3.bucket-names.characters at 0: BucketName may contain only lowercase letters", run.Output, StringComparison.Ordinal);
        Assert.Contains("(notes/s3.md, line 7)", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "sqs-queue-name", "orders.fifo", "--fifo")]
    [InlineData(1, "sqs-queue-name", "orders.fifo")]
    [InlineData(0, "sqs-queue-name", "orders")]
    [InlineData(1, "sqs-queue-name", "orders", "--fifo")]
    [InlineData(0, "logs-retention", "30")]
    [InlineData(1, "logs-retention", "45")]
    [InlineData(1, "logs-retention", "thirty")]
    [InlineData(0, "cfn-resource-type", "AWS::S3::Bucket", "Custom::Seeder")]
    [InlineData(1, "cfn-resource-type", "aws::s3::bucket")]
    [InlineData(0, "ec2-instance-type", "m7i-flex.large")]
    [InlineData(1, "ec2-instance-type", "m5.hugemongous")]
    [InlineData(1, "no-such-rule", "x")]
    [InlineData(1, "s3-bucket-name")]
    public void Validate_runs_the_named_rule(int exit, params string[] args)
        => Assert.Equal(exit, ToolHarness.Run(null, new[] { "validate" }.Concat(args).ToArray()).ExitCode);

    [Fact]
    public void Validate_list_shows_the_rules_and_json_gives_each_error_with_its_fact()
    {
        var list = ToolHarness.Run(null, "validate", "--list");
        Assert.Equal(0, list.ExitCode);
        foreach (var rule in new[] { "s3-bucket-name", "sqs-queue-name", "logs-retention", "cfn-resource-type", "ec2-instance-type" })
        {
            Assert.Contains(rule, list.Output, StringComparison.Ordinal);
        }

        using var json = JsonDocument.Parse(ToolHarness.Run(null, "validate", "s3-bucket-name", "My_Bucket", "--json").Output);
        var result = json.RootElement[0];
        Assert.False(result.GetProperty("valid").GetBoolean());
        var error = result.GetProperty("errors")[0];
        Assert.Equal("s3.bucket-names.characters", error.GetProperty("rule").GetString());
        Assert.Equal("notes/s3.md", error.GetProperty("fact").GetProperty("source").GetString());
    }
}
