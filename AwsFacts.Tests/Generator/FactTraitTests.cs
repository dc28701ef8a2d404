using System.Linq;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Generator;

/// <summary>What kind of figure a fact is, the AWS settings it constrains, its history, and its former names.</summary>
public class FactTraitTests
{
    [Theory]
    [InlineData("- Topics: 100,000 topics per account <!-- kind: quota -->", FactKind.DefaultQuota)]
    [InlineData("- Failover: 30 seconds <!-- kind: typical -->", FactKind.Typical)]
    [InlineData("- Timeout: 3 seconds <!-- kind: default -->", FactKind.DefaultSetting)]
    [InlineData("- Retention: 1 min – 14 days", FactKind.HardLimit)]
    [InlineData("- Up to 15 read replicas", FactKind.HardLimit)]
    [InlineData("- Max message size: 1 MB", FactKind.HardLimit)]
    [InlineData("- Buffer size: 5 MB (default)", FactKind.DefaultSetting)]
    [InlineData("- Retention values: 1, 3, 5 days", FactKind.HardLimit)]
    [InlineData("- Copies: 6 copies", FactKind.Value)]
    [InlineData("- Suffix: `.fifo`", FactKind.Value)]
    public void A_fact_says_its_kind_stated_or_implied(string line, FactKind expected)
    {
        var result = GeneratorHarness.Run(("notes/x.md", $"# X\n\n{line}\n")).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(expected, Assert.Single(result.Catalog).Kind);
    }

    [Fact]
    public void Every_kind_but_a_plain_value_is_said_in_the_doc()
    {
        var result = GeneratorHarness.Run(("notes/x.md",
            "# X\n\n- Topics: 100,000 topics per account <!-- kind: quota --> <!-- name: TopicsPerAccountQuota -->\n- Copies: 6 copies\n"))
            .AssertCompiles();

        Assert.Contains("Kind: default quota; the value a new account gets, which can be raised through Service Quotas.", result.AllSource);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.AllSource, "Kind: ")); // none on the plain count of copies
    }

    [Fact]
    public void Bindings_reach_the_catalog_and_the_doc()
    {
        var result = GeneratorHarness.Run(("notes/sqs.md",
            "# SQS {#Sqs}\n\n- **Visibility timeout:** 0–43,200 s (default 30 s) <!-- name: VisibilityTimeout -->"
            + " <!-- cfn: AWS::SQS::Queue.VisibilityTimeout [s] --> <!-- api: sqs:VisibilityTimeout [s] -->\n"))
            .AssertCompiles().AssertNoGeneratorDiagnostics();

        var fact = Assert.Single(result.Catalog);
        Assert.Equal(FactKind.HardLimit, fact.Kind);
        Assert.Collection(fact.Bindings,
            b => Assert.Equal((FactBindingKind.CloudFormation, "AWS::SQS::Queue", "VisibilityTimeout", "s", "AWS::SQS::Queue.VisibilityTimeout"), (b.Kind, b.Target, b.Path, b.Unit, b.Name)),
            b => Assert.Equal((FactBindingKind.Api, "sqs", "VisibilityTimeout", "s", "sqs:VisibilityTimeout"), (b.Kind, b.Target, b.Path, b.Unit, b.Name)));
        Assert.Contains("Constrains: AWS::SQS::Queue.VisibilityTimeout (CloudFormation, in s); sqs:VisibilityTimeout (API, in s).", result.AllSource);
    }

    [Fact]
    public void Nested_and_wildcard_properties_bind_and_match()
    {
        var result = GeneratorHarness.Run(("notes/f.md",
            "# Firehose\n\n- Buffer interval: 0–900 s <!-- cfn: AWS::KinesisFirehose::DeliveryStream.*.BufferingHints.IntervalInSeconds [s], AWS::ECS::TaskDefinition.EphemeralStorage.SizeInGiB -->\n"))
            .AssertCompiles().AssertNoGeneratorDiagnostics();

        var bindings = Assert.Single(result.Catalog).Bindings;
        Assert.Equal(2, bindings.Count);
        Assert.True(bindings[0].Matches("AWS::KinesisFirehose::DeliveryStream.ExtendedS3DestinationConfiguration.BufferingHints.IntervalInSeconds"));
        Assert.False(bindings[0].Matches("AWS::KinesisFirehose::DeliveryStream.BufferingHints.IntervalInSeconds"));
        Assert.True(bindings[1].Matches("AWS::ECS::TaskDefinition.EphemeralStorage.SizeInGiB"));
        Assert.Equal(string.Empty, bindings[1].Unit);
    }

    [Fact]
    public void Enums_carry_their_bindings()
    {
        var result = GeneratorHarness.Run(("notes/ebs.md",
            "# EBS\n\n- Volume types: `gp2`, `gp3`, `io1` <!-- enum: VolumeType --> <!-- cfn: AWS::EC2::Volume.VolumeType --> <!-- api: ec2:VolumeType -->\n"))
            .AssertCompiles().AssertNoGeneratorDiagnostics();

        var fact = Assert.Single(result.Catalog);
        Assert.Equal(new[] { "AWS::EC2::Volume.VolumeType", "ec2:VolumeType" }, fact.Bindings.Select(b => b.Name));
    }

    [Theory]
    [InlineData("<!-- kind: maximal -->", "kind: maximal")]
    [InlineData("<!-- cfn: SQS.Queue.DelaySeconds -->", "cfn: SQS.Queue.DelaySeconds")]
    [InlineData("<!-- api: SQS DelaySeconds -->", "api: SQS DelaySeconds")]
    public void A_malformed_kind_or_binding_is_reported_at_its_line_and_left_out(string annotation, string quoted)
    {
        var result = GeneratorHarness.Run(("notes/x.md", $"# X\n\n- Delay: 0–900 s {annotation}\n")).AssertCompiles();

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("AWSF016", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(quoted, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var fact = Assert.Single(result.Catalog);
        Assert.Equal(FactKind.HardLimit, fact.Kind);
        Assert.Empty(fact.Bindings);
    }

    [Fact]
    public void History_leaves_the_summary_for_a_remark_of_its_own()
    {
        var result = GeneratorHarness.Run(("notes/sqs.md", "# SQS\n\n- **Max message size:** 1,024 KB (1 MiB; 256 KB until August 2025).\n- Retention: 4 days (was 7 days)\n"))
            .AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Contains("The note says: Max message size: 1,024 KB (1 MiB).", result.AllSource);
        Assert.Contains("History: 256 KB until August 2025.</remarks>", result.AllSource);
        Assert.Contains("The note says: Retention: 4 days.", result.AllSource);
        Assert.DoesNotContain("The note says: Retention: 4 days (", result.AllSource);
        Assert.Contains("History: was 7 days.</remarks>", result.AllSource);
        Assert.Contains("256 KB until August 2025", Assert.Single(result.Catalog, f => f.Id == "sqs.max-message-size").Sentence);
    }

    [Fact]
    public void A_former_name_aliases_every_sibling_that_shares_its_stem()
    {
        var result = GeneratorHarness.Run(("notes/sqs.md",
            "# SQS {#Sqs}\n\n- **Receive wait time:** 0–20 s (default 0 s) <!-- name: ReceiveWaitTime --> <!-- was: LongPollingWait -->\n"))
            .AssertCompiles();

        Assert.Equal(20, result.ConstantValue("Sqs.LongPollingWaitMaxSeconds"));
        Assert.Equal(0, result.ConstantValue("Sqs.LongPollingWaitMinSeconds"));
        Assert.Equal(0, result.ConstantValue("Sqs.LongPollingWaitDefaultSeconds"));
        Assert.True(result.Has("Sqs.LongPollingWait"));
        Assert.Contains("[global::System.Obsolete(\"Renamed: use ReceiveWaitTimeMaxSeconds.\")]", result.AllSource);
        Assert.Single(result.Catalog);
    }
}
