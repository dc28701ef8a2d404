using System.Linq;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Generator;

/// <summary>Issue #14, item 2: classes where a reader expects them.</summary>
public class ClassHeadingTests
{
    [Fact]
    public void Every_level_one_heading_starts_a_class()
    {
        const string note = "# IAM\n\n- Roles per account: 1000\n\n# Lambda\n\n- Maximum execution: 900 seconds\n";
        var result = GeneratorHarness.Run(("notes/study.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(1000, result.ConstantValue("Iam.RolesPerAccount"));
        Assert.Equal(900, result.ConstantValue("Lambda.MaxExecutionSeconds"));
        Assert.False(result.Has("Iam.MaxExecutionSeconds"));
    }

    [Theory]
    [InlineData("Chapter 13.2 – Computing with Lambda", "ComputingWithLambda")]
    [InlineData("1. Storage", "Storage")]
    [InlineData("Section 4: Queues", "Queues")]
    [InlineData("2) Route 53", "Route53")]
    [InlineData("13.2 Streams", "Streams")]
    [InlineData("Part II - Networking", "Networking")]
    [InlineData("II. Caching", "Caching")]
    [InlineData("2nd Factor", "_2ndFactor")]
    [InlineData("X-Ray", "XRay")]
    [InlineData("3-AZ Deployments", "_3AzDeployments")]
    public void Numbering_is_dropped_from_class_names(string heading, string expected)
    {
        var result = GeneratorHarness.Run(("notes/n.md", $"# {heading}\n\n- Max size: 5 GB\n")).AssertCompiles();

        Assert.Equal(5, result.ConstantValue(expected + ".MaxSizeGb"));
    }

    [Fact]
    public void Classes_that_differ_only_by_case_are_one_class_in_a_note()
    {
        const string note = "# Dynamodb\n\n- Max item size: 400 KB\n\n# DynamoDB\n\n- Max partition key: 2048 bytes\n";
        var result = GeneratorHarness.Run(("notes/ddb.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(400, result.ConstantValue("DynamoDB.MaxItemSizeKb"));
        Assert.Equal(2048, result.ConstantValue("DynamoDB.MaxPartitionKeyBytes"));
        Assert.DoesNotContain("class Dynamodb", result.AllSource);
    }

    [Fact]
    public void Classes_that_differ_only_by_case_are_one_class_across_notes_whatever_their_order()
    {
        foreach (var order in new[] { new[] { "a", "b" }, new[] { "b", "a" } })
        {
            var notes = order.Select(n => n == "a"
                ? ("notes/a.md", "# Dynamodb\n\n- Max item size: 400 KB\n")
                : ("notes/b.md", "# DynamoDB\n\n- Max partition key: 2048 bytes\n")).ToArray();
            var result = GeneratorHarness.Run(notes).AssertCompiles().AssertNoGeneratorDiagnostics();

            Assert.Equal(400, result.ConstantValue("DynamoDB.MaxItemSizeKb"));
            Assert.Equal(2048, result.ConstantValue("DynamoDB.MaxPartitionKeyBytes"));
            Assert.Contains(result.Catalog, f => f.Id == "dynamo-db.max-item-size" && f.Member == "DynamoDB.MaxItemSize");
        }
    }

    [Fact]
    public void The_same_member_in_classes_that_differ_only_by_case_is_a_clash_across_notes()
    {
        var result = GeneratorHarness.Run(
                ("notes/a.md", "# Dynamodb\n\n- Max item size: 400 KB\n"),
                ("notes/b.md", "# DynamoDB\n\n- Max item size: 300 KB\n"))
            .AssertCompiles();

        // The first note by path keeps the name; the other is reported at its line, naming the winner's file.
        Assert.Equal(400, result.ConstantValue("DynamoDB.MaxItemSizeKb"));
        var clash = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "AWSF001");
        Assert.EndsWith("b.md", clash.Location.GetLineSpan().Path);
        Assert.Contains("a.md", clash.GetMessage());
    }

    [Theory]
    [InlineData("record")]
    [InlineData("var")]
    [InlineData("sqs")]
    public void A_pinned_class_name_of_lower_case_letters_only_is_malformed(string pin)
    {
        var result = GeneratorHarness.Run(("notes/q.md", $"# Queues {{#{pin}}}\n\n- Max size: 5 GB\n")).AssertCompiles();

        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "AWSF005");
        Assert.Equal(5, result.ConstantValue("Queues.MaxSizeGb"));
    }
}
