using System.Linq;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Generator;

/// <summary>One test per fact form the generator recognises, on small inline notes.</summary>
public class FactFormTests
{
    [Fact]
    public void Plain_label_with_a_number_and_unit_becomes_a_const_named_with_its_unit()
    {
        var result = GeneratorHarness.Run(("notes/sqs.md", "# SQS\n\n- Max message size: 256 KB\n"))
            .AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(256, result.ConstantValue("Sqs.MaxMessageSizeKb"));
    }

    [Fact]
    public void Bold_label_with_a_number_becomes_a_const()
    {
        var result = GeneratorHarness.Run(("notes/sqs.md", "# SQS\n\n- **Max message size:** 256 KB.\n"))
            .AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(256, result.ConstantValue("Sqs.MaxMessageSizeKb"));
    }

    [Theory]
    [InlineData("30 GB/month", "FreeTierGbPerMonth", 30)]
    [InlineData("5 min (content-based or explicit ID)", "FreeTierMinutes", 5)]
    [InlineData("10 ms", "FreeTierMilliseconds", 10)]
    [InlineData("4 days", "FreeTierDays", 4)]
    [InlineData("10 yrs", "FreeTierYears", 10)]
    [InlineData("30s", "FreeTierSeconds", 30)]
    [InlineData("75%", "FreeTierPercent", 75)]
    [InlineData("1,024 KB", "FreeTierKb", 1024)]
    [InlineData("16 instances", "FreeTierInstances", 16)]
    [InlineData("42", "FreeTier", 42)]
    public void The_unit_is_part_of_the_name(string value, string name, int expected)
    {
        var result = GeneratorHarness.Run(("notes/ebs.md", $"# EBS\n\n- Free tier: {value}\n"))
            .AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(expected, result.ConstantValue("Ebs." + name));
    }

    [Fact]
    public void Large_and_decimal_numbers_get_a_type_that_holds_them()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Big: 5000000000 bytes\n- Ratio: 0.5\n"))
            .AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(5000000000L, result.ConstantValue("X.BigBytes"));
        Assert.Equal(0.5, result.ConstantValue("X.Ratio"));
    }

    [Fact]
    public void Approximate_figures_say_so_in_the_doc()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Subscribers: ~12 topics\n")).AssertCompiles();

        Assert.Equal(12, result.ConstantValue("X.SubscribersTopics"));
        Assert.Contains("approximate", result.AllSource);
    }

    [Fact]
    public void Number_equals_name_lists_become_a_nested_class_of_constants()
    {
        const string note = """
            # EC2 {#Ec2}

            - Common ports: <!-- name: Ports -->
              - 22 = SSH, 3389 = RDP, 21 = FTP, 22 = SFTP
              - 80 = HTTP, 443 = HTTPS
            """;
        var result = GeneratorHarness.Run(("notes/ec2.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(22, result.ConstantValue("Ec2.Ports.Ssh"));
        Assert.Equal(3389, result.ConstantValue("Ec2.Ports.Rdp"));
        Assert.Equal(21, result.ConstantValue("Ec2.Ports.Ftp"));
        Assert.Equal(22, result.ConstantValue("Ec2.Ports.Sftp"));
        Assert.Equal(80, result.ConstantValue("Ec2.Ports.Http"));
        Assert.Equal(443, result.ConstantValue("Ec2.Ports.Https"));
    }

    [Fact]
    public void A_pair_list_without_a_pinned_name_is_named_from_its_label()
    {
        var result = GeneratorHarness.Run(("notes/ec2.md", "# EC2\n\n- Common ports:\n  - 22 = SSH\n"))
            .AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(22, result.ConstantValue("Ec2.CommonPorts.Ssh"));
    }

    [Theory]
    [InlineData("- Public IP changes on stop/start")]
    [InlineData("- **Classic (CLB)**: Layer 4 & 7, HTTP/HTTPS/TCP/SSL")]
    [InlineData("- Registrar manages ownership, Route 53 manages DNS records")]
    [InlineData("- Producer sends 1 message → SNS topic → multiple SQS queues receive it")]
    [InlineData("- Set long retention (e.g., 14 days) and optionally redrive to source")]
    [InlineData("- Universal 2nd Factor (U2F) keys: e.g., YubiKey (USB device)")]
    [InlineData("- EC2: define container & host ports (host port 0 = dynamic, ALB maps it)")]
    [InlineData("- Naming: `m5.xlarge` → `m` = class, `5` = generation, `xlarge` = size")]
    [InlineData("- Use `ChangeMessageVisibility` to extend processing time")]
    [InlineData("- Layers: A, B, C")]
    [InlineData("In our tests the buffer filled at 512 MB per shard, roughly.")]
    [InlineData("```\nMax message size: 256 KB\n```")]
    public void Prose_stays_prose(string line)
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n" + line + "\n")).AssertCompiles();

        Assert.Empty(result.NoteSources);
        // Info: the note yields nothing (and a line with a value that yields nothing says so, AWSF017, an info too).
        Assert.Equal("AWSF014", Assert.Single(result.GeneratorDiagnostics, d => d.Id != "AWSF017").Id);
        Assert.All(result.GeneratorDiagnostics, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, d.Severity));
    }

    [Theory]
    [InlineData("Max message size: 256 KB", "MaxMessageSizeKb", 256)]
    [InlineData("Functions run for up to 15 minutes. Memory goes from 128 MB to 10,240 MB.", "FunctionsMaxMinutes", 15)]
    [InlineData("Functions run for up to 15 minutes. Memory goes from 128 MB to 10,240 MB.", "MemoryMaxMb", 10240)]
    [InlineData("> Tip: a queue keeps messages for 4 days by default (e.g. 14 days is common).", "QueueMessagesDefaultDays", 4)]
    [InlineData("DB instances per account\n: 40", "DbInstancesPerAccount", 40)]
    [InlineData("Storage limit\n: 64 TiB\n\nRead replicas\n: up to 15 per source instance", "ReadReplicasMaxPerSourceInstance", 15)]
    public void A_prose_paragraph_gives_its_values_sentence_by_sentence(string paragraph, string member, int value)
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n" + paragraph + "\n")).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(value, result.ConstantValue("X." + member));
    }

    [Fact]
    public void Prose_gives_values_only_not_the_names_and_code_it_mentions()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\nCall `CreateQueue`, `DeleteQueue` or `PurgeQueue` as needed.\n")).AssertCompiles();

        Assert.Empty(result.NoteSources);
    }

    [Fact]
    public void Every_member_documents_its_sentence_and_source_line()
    {
        var result = GeneratorHarness.Run(("notes/messaging.md", "# Messaging\n\n### SQS {#Sqs}\n- **Max message size:** 256 KB.\n"));

        var source = result.Sources["notes.messaging.md.g.cs"];
        Assert.Contains("/// The maximum message size, in KB (1 KB = 1,024 bytes): 256.", source);
        Assert.Contains("/// <remarks>The note says: Max message size: 256 KB. Source: notes/messaging.md, line 4. Kind: hard limit; AWS rejects values beyond it.</remarks>", source);
        Assert.Contains("// <auto-generated/>", source);
        Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(\"AwsFacts.Generator\", ", source);
    }

    [Fact]
    public void Doc_text_is_xml_escaped_and_code_spans_become_c_elements()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Size & \"q\" > 1: 5 KB (see `<b>`)\n"))
            .AssertCompiles();

        Assert.Contains("/// <remarks>The note says: Size &amp; \"q\" &gt; 1: 5 KB (see <c>&lt;b&gt;</c>).", result.AllSource);
        Assert.Equal(5, result.ConstantValue("X.SizeQ1Kb"));
    }

    [Fact]
    public void Facts_go_to_the_innermost_named_heading_and_unnamed_headings_only_group()
    {
        const string note = """
            # ⚡ AWS Integration & Messaging: SQS, SNS & Kinesis {#Messaging}

            - Topics: 5

            ### Amazon SQS - Standard Queues {#Sqs}
            - Max message size: 256 KB

            **SQS FIFO Queues**
            - Deduplication interval: 5 min

            #### Details without a name
            - Batch size: 10

            ### Amazon SNS {#Sns}
            - Max topics: 100
            """;
        var result = GeneratorHarness.Run(("notes/messaging.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(5, result.ConstantValue("Messaging.Topics"));
        Assert.Equal(256, result.ConstantValue("Sqs.MaxMessageSizeKb"));
        Assert.Equal(5, result.ConstantValue("Sqs.DeduplicationIntervalMinutes"));
        Assert.Equal(10, result.ConstantValue("Sqs.BatchSize"));
        Assert.Equal(100, result.ConstantValue("Sns.MaxTopics"));
    }

    [Fact]
    public void The_first_heading_names_the_root_class_by_the_naming_rules()
    {
        var result = GeneratorHarness.Run(("notes/route53.md", "# ⚡ Route 53 – Notes\n\n- TTL: 300s\n"))
            .AssertCompiles();

        Assert.Equal(300, result.ConstantValue("Route53.TtlSeconds"));
    }

    [Fact]
    public void A_note_without_a_title_is_named_after_its_file()
    {
        var result = GeneratorHarness.Run(("notes/ec2-storage.md", "- Free tier: 30 GB/month\n")).AssertCompiles();

        Assert.Equal(30, result.ConstantValue("Ec2Storage.FreeTierGbPerMonth"));
    }

    [Fact]
    public void A_pinned_name_replaces_the_label_and_keeps_the_unit_suffix()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Max message size: 256 KB <!-- name: MaxBody -->\n"))
            .AssertCompiles();

        Assert.Equal(256, result.ConstantValue("X.MaxBodyKb"));
        Assert.Equal(DataSize.FromKilobytes(256), result.Value("X.MaxBody"));
    }

    [Fact]
    public void Notes_in_several_files_form_one_class_each_in_its_own_source_file()
    {
        var result = GeneratorHarness.Run(
                ("notes/a.md", "# A {#Shared}\n\n- One: 1\n"),
                ("notes/b.md", "# B {#Shared}\n\n- Two: 2\n"))
            .AssertCompiles();

        Assert.Equal(new[] { "notes.a.md.g.cs", "notes.b.md.g.cs" }, result.NoteSources.OrderBy(k => k));
        Assert.Equal(1, result.ConstantValue("Shared.One"));
        Assert.Equal(2, result.ConstantValue("Shared.Two"));
    }

    [Fact]
    public void Only_markdown_files_marked_as_notes_are_read()
    {
        var options = TestOptionsProvider.ForNamespace(GeneratorHarness.Namespace, files: new()
        {
            ["notes/off.md"] = new() { ["build_metadata.AdditionalFiles.AwsFactsNote"] = "" },
        });
        var result = GeneratorHarness.Run(
            options,
            ("notes/on.md", "# On\n\n- One: 1\n"),
            ("notes/off.md", "# Off\n\n- One: 1\n"),
            ("notes/data.txt", "- One: 1\n"));

        Assert.Equal(new[] { "notes.on.md.g.cs" }, result.NoteSources);
        Assert.Empty(result.GeneratorDiagnostics);
    }

    [Fact]
    public void Paths_in_docs_are_relative_to_the_configured_source_root()
    {
        var options = new TestOptionsProvider(global: new()
        {
            ["build_property.AwsFactsSourceRoot"] = "/repo/",
            ["build_property.AwsFactsNamespace"] = GeneratorHarness.Namespace,
        });
        var result = GeneratorHarness.Run(options, ("/repo/notes/sqs.md", "# SQS\n\n- Max: 1\n"));

        Assert.Contains("Source: notes/sqs.md, line 3.", result.Sources["notes.sqs.md.g.cs"]);
    }

    [Fact]
    public void The_namespace_can_be_configured()
    {
        var options = new TestOptionsProvider(global: new() { ["build_property.AwsFactsNamespace"] = "Team.Facts" });
        var result = GeneratorHarness.Run(options, ("notes/x.md", "# X\n\n- Max: 1\n")).AssertCompiles();

        Assert.Contains("namespace Team.Facts", result.AllSource);
    }
}
