using System.Linq;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Generator;

/// <summary>
/// Names a user would search for (issue 14, item 4): a value is named by what it measures and where it stands,
/// never by filler words, and two values that would share a name are told apart instead of one being dropped.
/// </summary>
public class UserNameTests
{
    private static GenerationResult Run(string note)
        => GeneratorHarness.Run(("notes/x.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

    [Fact]
    public void Maximum_in_a_label_is_written_Max()
    {
        var result = Run("# Lambda\n\n## Limits\n- Maximum execution: 900 seconds\n- Minimum memory: 128 MB\n");

        Assert.Equal(900, result.ConstantValue("Lambda.MaxExecutionSeconds"));
        Assert.Equal(128, result.ConstantValue("Lambda.MinMemoryMb"));
    }

    [Fact]
    public void A_pinned_Maximum_name_is_kept_as_pinned()
    {
        var result = Run("# X\n\n- Size: 5 KB <!-- name: MaximumSize -->\n");

        Assert.Equal(5, result.ConstantValue("X.MaximumSizeKb"));
    }

    [Fact]
    public void An_unlabelled_value_under_a_filler_heading_is_named_by_what_it_counts_not_by_the_heading()
    {
        var result = Run("# EBS\n\n## Limits\n- Up to 16,000 IOPS\n\n## Overview\n- Volumes are replicated across 3 copies\n");

        Assert.Equal(16000, result.ConstantValue("Ebs.MaxIops"));
        Assert.Equal(3, result.ConstantValue("Ebs.VolumesReplicatedCopies"));
        Assert.DoesNotContain("Limits", result.AllSource.Split('\n').Where(l => l.Contains(" const ")).Select(l => l));
        Assert.DoesNotContain(" Value ", result.AllSource);
    }

    [Theory]
    [InlineData("## Overview")]
    [InlineData("## Features")]
    [InlineData("## Key Points")]
    [InlineData("## Notes")]
    [InlineData("## 3. Limits")]
    public void Filler_headings_never_name_a_value(string heading)
    {
        var result = Run("# CloudWatch\n\n" + heading + "\n- Metrics are kept for 15 months\n");

        Assert.Equal(15, result.ConstantValue("CloudWatch.MetricsKeptMonths"));
    }

    [Fact]
    public void A_heading_that_is_more_than_filler_still_names_a_value_without_a_label()
    {
        var result = Run("# S3\n\n## Glacier Limits\n- (90 days minimum)\n");

        Assert.True(result.Has("S3.GlacierDays") || result.Has("S3.GlacierMinDays"), result.AllSource);
    }

    [Fact]
    public void A_value_in_prose_is_named_by_the_subject_of_its_sentence_without_the_class_name()
    {
        var result = Run("# Lambda\n\n- Lambda max execution time 900 seconds\n");

        Assert.Equal(900, result.ConstantValue("Lambda.MaxExecutionTimeSeconds"));
    }

    [Fact]
    public void The_class_name_is_not_repeated_in_a_member()
    {
        var result = Run("# S3\n\n- S3 Standard availability: 99.99%\n");

        Assert.Equal(99.99, result.ConstantValue("S3.StandardAvailabilityPercent"));
    }

    [Fact]
    public void Two_values_that_would_share_a_name_are_told_apart_by_their_section()
    {
        var result = Run("# Sqs\n\n## Standard queues\n- Max size: 1 KB\n\n## FIFO queues\n- Max size: 2 KB\n");

        Assert.Equal(1, result.ConstantValue("Sqs.MaxSizeKb"));
        Assert.Equal(2, result.ConstantValue("Sqs.FifoQueuesMaxSizeKb"));
    }

    [Fact]
    public void Two_values_on_one_line_are_told_apart_by_the_words_after_them()
    {
        var result = Run("# Lambda\n\n- Payload: 6 MB synchronous, 256 KB async\n");

        Assert.Equal(6, result.ConstantValue("Lambda.SynchronousPayloadMb"));
        Assert.Equal(256, result.ConstantValue("Lambda.AsyncPayloadKb"));
    }

    [Fact]
    public void A_clash_nothing_tells_apart_is_reported_with_the_first_fact_s_file_and_line()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Max size: 1 KB\n- Max size: 2 KB\n")).AssertCompiles();

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("AWSF001", diagnostic.Id);
        Assert.Contains("notes/x.md, line 3", diagnostic.GetMessage());
    }

    [Fact]
    public void A_fact_left_out_by_a_clash_leaves_none_of_its_names_taken()
    {
        // The range's typed member clashes; its Min/Max constants must not be generated half-way.
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Window: 5 min\n- Window: 1 s – 2 s\n- Window min seconds: 7 <!-- name: WindowMinSeconds -->\n")).AssertCompiles();

        Assert.Equal("AWSF001", result.GeneratorDiagnostics.First().Id);
        Assert.Equal(7, result.ConstantValue("X.WindowMinSeconds"));
    }
}
