using System;
using System.Linq;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

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
    [InlineData("Chapter 13.2 – Computing with Lambda", "Lambda")]
    [InlineData("Chapter 13.2 – Computing at the edge", "ComputingAtTheEdge")]
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

        // The first note by path keeps the name; the other is renamed and reported at its line, naming the winner's file.
        Assert.Equal(400, result.ConstantValue("DynamoDB.MaxItemSizeKb"));
        Assert.Equal(300, result.ConstantValue("DynamoDB.BMaxItemSizeKb"));
        var clash = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "AWSF021");
        Assert.EndsWith("b.md", clash.Location.GetLineSpan().Path);
        Assert.Contains("a.md", clash.GetMessage());
    }

    [Fact]
    public void Two_notes_that_give_one_fact_different_values_both_keep_it_the_later_under_a_name_from_its_context()
    {
        var result = GeneratorHarness.Run(
                ("notes/cram-sheet.md", "# Lambda\n\n- Max memory: 3008 MB\n- Payload: 6 MB\n"),
                ("notes/study-guide.md", "# Lambda\n\n- Max memory: 10240 MB\n- Payload: 256 KB async\n"))
            .AssertCompiles();

        Assert.Equal(3008, result.ConstantValue("Lambda.MaxMemoryMb"));
        Assert.Equal(10240, result.ConstantValue("Lambda.StudyGuideMaxMemoryMb"));
        Assert.Equal(6, result.ConstantValue("Lambda.PayloadMb"));
        // The words after its value set it apart before the note's name does.
        Assert.Equal(256, result.ConstantValue("Lambda.AsyncPayloadKb"));
        Assert.Contains(result.Catalog, f => f.Id == "lambda.study-guide-max-memory" && f.Member == "Lambda.StudyGuideMaxMemory");
        Assert.Contains(result.Catalog, f => f.Id == "lambda.max-memory" && f.Member == "Lambda.MaxMemory");
        var renamed = result.GeneratorDiagnostics.Where(d => d.Id == "AWSF021").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(2, renamed.Count);
        Assert.All(renamed, d => Assert.EndsWith("study-guide.md", d.Location.GetLineSpan().Path));
        Assert.Contains("'MaxMemory' in 'Lambda' has another value in notes/cram-sheet.md, line 3; this fact is generated as 'StudyGuideMaxMemory'", renamed[0].GetMessage());
    }

    [Fact]
    public void A_renamed_fact_does_not_take_a_name_another_note_has()
    {
        // b.md's fallback name BMaxItemSizeKb is c.md's own: b.md's fact is left out (AWSF001), nothing clashes in C#.
        var result = GeneratorHarness.Run(
                ("notes/a.md", "# DynamoDB\n\n- Max item size: 400 KB\n"),
                ("notes/b.md", "# DynamoDB\n\n- Max item size: 300 KB\n"),
                ("notes/c.md", "# DynamoDB\n\n- B max item size: 1 KB\n"))
            .AssertCompiles();

        Assert.Equal(1, result.ConstantValue("DynamoDB.BMaxItemSizeKb"));
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "AWSF001" && d.Location.GetLineSpan().Path.EndsWith("b.md", StringComparison.Ordinal));
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

    [Fact]
    public void A_heading_below_the_title_that_names_a_service_starts_its_class()
    {
        // A cram sheet titled by what it is, each service under a level-2 heading, written the ways notes write them.
        var result = GeneratorHarness.Run(("notes/cram.md", """
            # SAA-C03 cram list — exam tips

            ## SQS
            - Max message size: 256 KB

            ## 📣 SNS
            - Max message size: 256 KB

            ## 2) Route 53
            - Hosted zones per account: 500

            ### Route 53 Records
            - Records per hosted zone: 10,000

            ## RDS basics:
            - Read replicas: 15

            ## Services compared
            - Max services: 3
            """)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(256, result.ConstantValue("Sqs.MaxMessageSizeKb"));
        Assert.Equal(256, result.ConstantValue("Sns.MaxMessageSizeKb"));
        Assert.Equal(500, result.ConstantValue("Route53.HostedZonesPerAccount"));
        Assert.Equal(15, result.ConstantValue("Rds.ReadReplicas"));
        // More than a service's name ("Records") only groups text, in the class around it; the title's class remains.
        Assert.Equal(10000, result.ConstantValue("Route53.RecordsPerHostedZone"));
        Assert.Equal(3, result.ConstantValue("SaaC03CramListExamTips.MaxServices"));
    }

    [Fact]
    public void A_heading_that_starts_with_a_service_and_goes_on_with_its_topic_starts_its_class()
    {
        // A slide deck and a study guide: the service first, then what the section is about.
        var result = GeneratorHarness.Run(("notes/deck.md", """
            # Storage & Edge Services — Study Group Week 4

            ## Slide 2: Amazon S3 limits
            - Max object size: 5 TB

            ## Slide 3: S3 request rates
            - GET requests per second per prefix: 5,500

            ## Slide 4: S3 Glacier retrieval
            - Max archive size: 40 TB

            ## Lambda concurrency
            - Burst concurrency: 3,000

            ## EC2 / EBS
            - Max volumes: 27

            ## SQS vs SNS
            - Max message size: 256 KB

            ## Batch operations
            - Max tasks: 4

            ## Lambda and its friends
            - Max functions: 8

            ## High availability
            ### Auto Scaling groups
            - Max instances: 10
            """)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(5, result.ConstantValue("S3.MaxObjectSizeTb"));
        Assert.Equal(5500, result.ConstantValue("S3.GetRequestsPerSecondPerPrefix"));
        Assert.Equal(40, result.ConstantValue("S3Glacier.MaxArchiveSizeTb"));
        Assert.Equal(3000, result.ConstantValue("Lambda.BurstConcurrency"));
        // A title about two things, or led by a service name that is also a common word, only groups text.
        Assert.Equal(27, result.ConstantValue("StorageEdgeServicesStudyGroupWeek4.MaxVolumes"));
        Assert.Equal(256, result.ConstantValue("StorageEdgeServicesStudyGroupWeek4.MaxMessageSizeKb"));
        Assert.Equal(4, result.ConstantValue("StorageEdgeServicesStudyGroupWeek4.MaxTasks"));
        Assert.Equal(8, result.ConstantValue("StorageEdgeServicesStudyGroupWeek4.MaxFunctions"));
        // Nested in a section, a service and a topic is a part of that section's subject.
        Assert.Equal(10, result.ConstantValue("StorageEdgeServicesStudyGroupWeek4.MaxInstances"));
    }

    [Fact]
    public void A_service_heading_with_a_remark_or_its_short_name_in_parentheses_starts_the_service_class()
    {
        var result = GeneratorHarness.Run(("notes/readme.md", """
            # Awesome AWS Limits

            ## Amazon Simple Queue Service (SQS)
            - Max message size: 256 KB

            ## Limits we design around
            ### API Gateway (REST)
            - Integration timeout: 29 s

            ### NAT Gateway
            - Bandwidth: up to 100 Gbps

            ### RDS / Aurora
            - Max storage: 64 TiB
            """)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(256, result.ConstantValue("Sqs.MaxMessageSizeKb"));
        Assert.Equal(29, result.ConstantValue("ApiGateway.IntegrationTimeoutSeconds"));
        Assert.Equal(100, result.ConstantValue("NatGateway.BandwidthMaxGbps"));
        Assert.Equal(64, result.ConstantValue("AwesomeLimits.MaxStorageTb"));
    }

    [Fact]
    public void A_line_or_a_card_about_one_service_in_a_note_titled_by_a_topic_is_filed_under_the_service()
    {
        var result = GeneratorHarness.Run(("notes/thread.md", """
            # Lambda concurrency vs API Gateway throttling — hitting 429s under load

            For DynamoDB, the stuff people hit: max item size is 400 KB.

            API Gateway has its own throttle: 10,000 requests per second.

            Q: What is the maximum execution timeout for a Lambda function?
            A: 15 minutes

            - SFN: Standard ≤ 1 yr | Express <= 5 min

            Lambda + API Gateway: max 29 s
            """)).AssertCompiles();

        Assert.Equal(400, result.ConstantValue("DynamoDB.MaxItemSizeKb"));
        Assert.Equal(10000, result.ConstantValue("ApiGateway.ThrottleRequestsPerSecond"));
        Assert.Equal(15, result.ConstantValue("Lambda.MaxExecutionTimeoutMinutes"));
        Assert.Equal(5, result.ConstantValue("StepFunctions.ExpressMaxMinutes"));
        // A line about two services stays in the note's class.
        Assert.Equal(29, result.ConstantValue("LambdaConcurrencyVsApiGatewayThrottlingHitting429sUnderLoad.LambdaApiGatewayMaxSeconds"));
    }

    [Fact]
    public void A_note_whose_title_is_a_service_or_is_pinned_keeps_its_lines_in_its_class()
    {
        var pinned = GeneratorHarness.Run(("notes/m.md", "# Messaging {#Messaging}\n\nFor DynamoDB, max item size is 400 KB.\n")).AssertCompiles();
        var service = GeneratorHarness.Run(("notes/s.md", "# SQS\n\nFor DynamoDB, max item size is 400 KB.\n")).AssertCompiles();

        Assert.Equal(400, pinned.ConstantValue("Messaging.MaxItemSizeKb"));
        Assert.Equal(400, service.ConstantValue("Sqs.MaxItemSizeKb"));
    }

    [Fact]
    public void A_note_that_pins_its_classes_keeps_its_service_headings_as_sections()
    {
        var result = GeneratorHarness.Run(("notes/m.md", "# Messaging {#Messaging}\n\n## SQS\n- Max message size: 256 KB\n")).AssertCompiles();

        Assert.Equal(256, result.ConstantValue("Messaging.MaxMessageSizeKb"));
    }

    [Fact]
    public void A_title_that_is_only_notes_names_the_class()
    {
        var result = GeneratorHarness.Run(("notes/n.md", "# Notes\n\n- Max size: 5 GB\n")).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(5, result.ConstantValue("Notes.MaxSizeGb"));
    }

    [Fact]
    public void A_sentence_that_restates_one_fact_of_another_note_keeps_its_other_facts()
    {
        // Each fact of a sentence stands at the sentence's place: only the restated one is given once.
        var result = GeneratorHarness.Run(
                ("notes/a.md", "# Cram sheet\n\n## EBS\n- Max IOPS: 16,000\n"),
                ("notes/b.md", "# Study guide\n\n## EBS\n- Max IOPS: 16,000; multi-attach: up to 16 Nitro instances\n"))
            .AssertCompiles();

        Assert.Equal(16000, result.ConstantValue("Ebs.MaxIops"));
        Assert.Equal(16, result.ConstantValue("Ebs.MultiAttachMaxNitroInstances"));
        Assert.Single(result.GeneratorDiagnostics, d => d.Id == "AWSF020");
    }

    [Fact]
    public void Two_notes_that_state_the_same_fact_give_it_once_and_only_note_the_second()
    {
        var result = GeneratorHarness.Run(
                ("notes/a.md", "# Cram sheet\n\n## SQS\n- Visibility timeout: 30 s default\n"),
                ("notes/b.md", "# Study guide\n\n## SQS\n- Visibility timeout: 30 seconds default\n"))
            .AssertCompiles();

        Assert.Equal(30, result.ConstantValue("Sqs.VisibilityTimeoutDefaultSeconds"));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var same = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "AWSF020");
        Assert.EndsWith("b.md", same.Location.GetLineSpan().Path);
        Assert.Contains("a.md, line 4", same.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Info, same.Severity);
    }
}
