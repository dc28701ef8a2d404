using System;
using System.Collections.Generic;
using System.Linq;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Generator;

/// <summary>
/// Values read as the sentence means them, on lines written the way other people write notes (issue 14, item 3):
/// each misreading the generator once made is a case here.
/// </summary>
public class SentenceReadingTests
{
    private static GenerationResult Run(string lines)
        => GeneratorHarness.Run(("notes/x.md", "# X\n\n" + lines + "\n")).AssertCompiles().AssertNoGeneratorDiagnostics();

    [Theory]
    [InlineData("512mb", "Mb", 512, 536870912L)]
    [InlineData("100 mb", "Mb", 100, 104857600L)]
    [InlineData("64 kB", "Kb", 64, 65536L)]
    [InlineData("10gb", "Gb", 10, 10737418240L)]
    [InlineData("2 Gb", "Gb", 2, 2147483648L)]
    [InlineData("1 tb", "Tb", 1, 1099511627776L)]
    public void Size_units_are_read_in_any_case(string value, string suffix, int number, long bytes)
    {
        var result = Run($"- Limit: {value}");

        Assert.Equal(number, result.ConstantValue("X.Limit" + suffix));
        Assert.Equal(DataSize.FromBytes(bytes), result.Value("X.Limit"));
    }

    [Theory]
    [InlineData("15 Minutes", "Minutes", 900)]
    [InlineData("30 Seconds", "Seconds", 30)]
    [InlineData("7 Days", "Days", 604800)]
    [InlineData("2 HRS", "Hours", 7200)]
    public void Duration_units_are_read_in_any_case(string value, string suffix, int seconds)
    {
        var result = Run($"- Wait: {value}");

        Assert.True(result.Has("X.Wait" + suffix), result.AllSource);
        Assert.Equal(TimeSpan.FromSeconds(seconds), result.Value("X.Wait"));
    }

    [Fact]
    public void One_letter_units_stay_exact_so_a_capital_is_no_unit()
    {
        // "5 S" is not five seconds; "5 s" is.
        var result = Run("- Wait: 5 s");

        Assert.Equal(5, result.ConstantValue("X.WaitSeconds"));
    }

    [Fact]
    public void GB_seconds_is_a_unit_of_its_own_not_gigabytes()
    {
        var result = Run("- Free tier: 400,000 GB-seconds per month");

        Assert.Equal(400000, result.ConstantValue("X.FreeTierGbSeconds"));
        Assert.False(result.Has("X.FreeTierGb"));
        Assert.False(result.Has("X.FreeTier"), "a GB-second is no size: no DataSize member");
    }

    [Fact]
    public void A_unit_before_a_hyphenated_word_that_is_no_unit_is_reported_not_read_as_the_unit()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Bursts: 3 GB-ish\n")).AssertCompiles();

        Assert.Equal("AWSF002", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Empty(result.NoteSources);
    }

    [Theory]
    [InlineData("- Up to 16,000 IOPS", "X.MaxIops", 16000)]
    [InlineData("- Throughput: 10,000 TPS", "X.ThroughputTps", 10000)]
    [InlineData("- Reads: 40,000 RCU per table", "X.ReadsRcuPerTable", 40000)]
    public void Acronym_units_are_counted_nouns(string line, string member, int expected)
        => Assert.Equal(expected, Run(line).ConstantValue(member));

    [Fact]
    public void A_misspelt_unit_in_capitals_is_still_reported_not_counted()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Max size: 256 KBB\n")).AssertCompiles();

        Assert.Equal("AWSF002", Assert.Single(result.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void Records_per_second_keep_their_count_and_time_and_say_what_they_count_beside_a_measured_rate()
    {
        var result = Run("- Writes: 1,000 records/s, 1 MB/s");

        Assert.Equal(1000, result.ConstantValue("X.WritesRecordsPerSecond"));
        Assert.Equal(1, result.ConstantValue("X.WritesMbPerSecond"));
    }

    [Theory]
    [InlineData("- EFS can be mounted on 100s of EC2 instances at once")]
    [InlineData("- Handles 10s of thousands of connections")]
    [InlineData("- Scales to 1000s of partitions")]
    public void Hundreds_of_is_a_vague_quantity_not_a_duration(string line)
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n" + line + "\n")).AssertCompiles();

        Assert.DoesNotContain("Seconds", result.AllSource);
    }

    [Fact]
    public void Between_A_and_B_is_a_range()
    {
        var result = Run("- Memory between 0.5 GB and 237 GB");

        Assert.Equal(0.5, result.ConstantValue("X.MemoryMinGb"));
        Assert.Equal(237, result.ConstantValue("X.MemoryMaxGb"));
        var range = Assert.IsType<Range<DataSize>>(result.Value("X.Memory"));
        Assert.Equal(DataSize.FromGigabytes(237), range.Max);
    }

    [Fact]
    public void Between_bare_numbers_and_a_count_is_a_range_of_that_count()
    {
        var result = Run("- Names are between 3 and 63 characters");

        Assert.Equal(new Range<int>(3, 63), result.Value("X.Names"));
        Assert.Equal(63, result.ConstantValue("X.NamesMaxLength"));
    }

    [Fact]
    public void From_A_to_B_plus_is_a_range_with_an_open_upper_end_and_no_false_AWSF012()
    {
        var result = Run("- Retention from 180 days to 700+ days");

        Assert.Equal(180, result.ConstantValue("X.RetentionMinDays"));
        Assert.Equal(700, result.ConstantValue("X.RetentionMaxDays"));
        Assert.Contains("approximate", result.AllSource);
    }

    [Theory]
    [InlineData("- Reserved instances: 1 and 3 years", "X.ReservedInstancesYears", new[] { 1, 3 })]
    [InlineData("- Terms: 1 or 3 years", "X.TermsYears", new[] { 1, 3 })]
    [InlineData("- Savings Plans come in 1, 3 or 5 years", "X.SavingsPlansComeYears", new[] { 1, 3, 5 })]
    public void A_and_B_years_is_a_set_that_keeps_every_number(string line, string member, int[] expected)
        => Assert.Equal(expected, (IReadOnlyList<int>)Run(line).Value(member)!);

    [Fact]
    public void Between_A_and_B_years_is_a_range_not_a_set()
    {
        var result = Run("- Commitment between 1 and 3 years");

        Assert.Equal(1, result.ConstantValue("X.CommitmentMinYears"));
        Assert.Equal(3, result.ConstantValue("X.CommitmentMaxYears"));
    }

    [Fact]
    public void Up_to_N_IOPS_is_a_maximum_named_by_what_it_counts()
    {
        var result = GeneratorHarness.Run(("notes/ebs.md", "# EBS\n\n- Up to 16,000 IOPS\n\n## gp3\n- Up to 16,000 IOPS\n")).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(16000, result.ConstantValue("Ebs.MaxIops"));
        Assert.Equal(16000, result.ConstantValue("Ebs.Gp3MaxIops")); // under a section, the section says whose
        Assert.False(result.Has("Ebs.Max"));
    }

    [Fact]
    public void A_pinned_name_that_includes_the_unit_does_not_repeat_it()
    {
        var result = Run("- Function timeout: 30 seconds <!-- name: TimeoutSeconds -->\n- Retention: 7 days <!-- name: RetentionDays -->");

        Assert.Equal(30, result.ConstantValue("X.TimeoutSeconds"));
        Assert.Equal(TimeSpan.FromSeconds(30), result.Value("X.Timeout"));
        Assert.Equal(7, result.ConstantValue("X.RetentionDays"));
        Assert.DoesNotContain("SecondsSeconds", result.AllSource);
        Assert.DoesNotContain("DaysDays", result.AllSource);
    }

    [Fact]
    public void A_number_after_a_long_label_is_named_by_the_label_s_subject()
    {
        var result = Run("- The maximum number of concurrent executions per account: 1,000");

        Assert.Equal(1000, result.ConstantValue("X.MaxConcurrentExecutions"));
    }

    [Theory]
    [InlineData("- Concurrency: 1,000 per region", "X.ConcurrencyPerRegion", 1000)]
    [InlineData("- Burst limit: 3000 (soft limit, can be raised)", "X.BurstLimit", 3000)]
    [InlineData("- Max tags: 50 user-defined tags", "X.MaxTagsUserDefinedTags", 50)]
    public void A_labelled_number_followed_by_words_is_still_the_label_s_value(string line, string member, int expected)
        => Assert.Equal(expected, Run(line).ConstantValue(member));

    [Fact]
    public void Mixed_units_on_one_line_are_each_read()
    {
        var result = Run("- Ephemeral storage: 512mb default, up to 10gb");

        Assert.Equal(512, result.ConstantValue("X.EphemeralStorageDefaultMb"));
        Assert.Equal(10, result.ConstantValue("X.EphemeralStorageMaxGb"));
    }

    [Fact]
    public void A_second_value_is_not_qualified_by_the_first_value_s_words()
    {
        var result = Run("- Free tier: 1M requests and 400,000 GB-seconds");

        Assert.Equal(1000000, result.ConstantValue("X.FreeTierRequests"));
        Assert.Equal(400000, result.ConstantValue("X.FreeTierGbSeconds"));
    }

    [Theory]
    [InlineData("- Bandwidth: up to 25 Gbps", "X.BandwidthMaxGbps", 25)]
    [InlineData("- Link: 100 Mbps", "X.LinkMbps", 100)]
    public void Bandwidth_units_are_rates(string line, string member, int expected)
        => Assert.Equal(expected, Run(line).ConstantValue(member));

    [Fact]
    public void An_adjective_with_a_unit_reads_as_the_value()
    {
        var result = Run("- Logs kept for a 30-day window");

        Assert.Equal(30, result.ConstantValue("X.LogsKeptDays"));
    }

    [Fact]
    public void Older_in_a_parenthesis_is_history_only_of_superseded_versions()
    {
        var result = Run("- Retention: 3 days (older data 7 days)\n- Storage: 128 TB (64 TB on older engine versions)");

        Assert.Equal(3, result.ConstantValue("X.RetentionDays"));
        Assert.Equal(7, result.ConstantValue("X.OlderDataRetentionDays"));
        Assert.Equal(128, result.ConstantValue("X.StorageTb"));
        Assert.False(result.Has("X.StorageMinTb"), "64 TB on older engine versions is history, not a second value");
    }

    [Fact]
    public void A_dash_between_a_short_label_and_a_number_separates_them_like_a_colon()
    {
        var result = Run("- GSIs per table – 20\n- Standard – best for most workloads");

        Assert.Equal(20, result.ConstantValue("X.GsisPerTable"));
    }

    [Fact]
    public void Bold_labels_on_consecutive_lines_are_separate_sentences()
    {
        var result = Run("**Storage:** 20 GiB to 64 TiB\n**Read replicas:** up to 15 per database");

        Assert.Equal(new Range<DataSize>(DataSize.FromGigabytes(20), DataSize.FromTerabytes(64)), result.Value("X.Storage"));
        Assert.Equal(15, result.ConstantValue("X.ReadReplicasMaxPerDatabase"));
    }

    [Fact]
    public void Key_equals_value_lines_are_statements_of_their_own_at_their_own_lines()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n### Queue attributes\nretention_period = 4 days (min 60s, max 14 days)\nvisibility_timeout = 30s (max 12h)\nnumRetries = 3 (max 100)\n"))
            .AssertCompiles();

        Assert.Equal(4, result.ConstantValue("X.RetentionPeriodDays"));
        Assert.Equal(14, result.ConstantValue("X.RetentionPeriodMaxDays"));
        Assert.Equal(30, result.ConstantValue("X.VisibilityTimeoutDefaultSeconds")); // the value its maximum bounds is the setting's default
        Assert.Equal(12, result.ConstantValue("X.VisibilityTimeoutMaxHours"));
        Assert.Equal(100, result.ConstantValue("X.NumRetriesMax"));
        var source = result.AllSource;
        var cited = source.LastIndexOf("Source: notes/x.md, line ", source.IndexOf("VisibilityTimeoutMaxHours =", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("Source: notes/x.md, line 5.", source.Substring(cited), StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_forum_page_counts_about_itself_is_no_fact_and_an_opening_interjection_names_nothing()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n*r/aws · 3y ago · 187 upvotes · 64 comments*\n\n**u/sam** · 142 points\n\nNo, max timeout is 15 minutes, hard limit.\n"))
            .AssertCompiles();

        Assert.Equal(15, result.ConstantValue("X.MaxTimeoutMinutes"));
        Assert.False(result.Has("X.Upvotes") || result.Has("X.Comments") || result.Has("X.Points"), result.AllSource);
    }

    [Fact]
    public void A_default_quota_column_gives_the_quota_itself()
    {
        // Service Quotas' own word: the quota an account has until it asks for more, not a per-resource default.
        const string table = """
            | Resource | Default quota | Adjustable |
            |---|---|---|
            | Clusters per account | 10,000 | Yes |
            | Ephemeral storage per task | 20 GiB | Yes |
            """;
        var result = Run(table);

        Assert.Equal(10000, result.ConstantValue("X.ClustersPerAccount"));
        Assert.Equal(20, result.ConstantValue("X.EphemeralStoragePerTaskGb"));
        Assert.False(result.Has("X.ClustersPerAccountDefault"));
    }

    [Fact]
    public void A_list_item_named_with_a_digit_titles_the_values_under_it()
    {
        var result = Run("- gp3\n  - def 3,000 iops, 125 mb/s\n  - max 16,000 iops, 1,000 mb/s\n- io1\n  - max 64,000 iops\n");

        Assert.Equal(3000, result.ConstantValue("X.Gp3DefaultIops"));
        Assert.Equal(125, result.ConstantValue("X.Gp3DefaultMbPerSecond"));
        Assert.Equal(16000, result.ConstantValue("X.Gp3MaxIops"));
        Assert.Equal(1000, result.ConstantValue("X.Gp3MaxMbPerSecond"));
        Assert.Equal(64000, result.ConstantValue("X.Io1MaxIops"));
    }

    [Fact]
    public void A_table_of_limits_gives_a_member_per_cell_bounded_by_its_header()
    {
        const string table = """
            | Resource | Default | Maximum |
            |---|---|---|
            | Concurrent executions | 1,000 | 10,000 |
            | Function timeout (seconds) | 3 | 900 |
            """;
        var result = Run(table);

        Assert.Equal(1000, result.ConstantValue("X.ConcurrentExecutionsDefault"));
        Assert.Equal(10000, result.ConstantValue("X.ConcurrentExecutionsMax"));
        Assert.Equal(900, result.ConstantValue("X.FunctionTimeoutMaxSeconds"));
        Assert.Equal(TimeSpan.FromSeconds(3), result.Value("X.FunctionTimeoutDefault"));
        Assert.True(result.Has("X.Resources"), "the row type and its list stay, named by the first column");
    }

    [Fact]
    public void Numbers_each_followed_by_a_word_are_told_apart_by_it()
    {
        var result = Run("- Rules per security group: 60 inbound, 60 outbound");

        Assert.Equal(60, result.ConstantValue("X.InboundRulesPerSecurityGroup"));
        Assert.Equal(60, result.ConstantValue("X.OutboundRulesPerSecurityGroup"));
    }

    [Fact]
    public void A_unit_s_optional_plural_is_its_plural()
    {
        var result = Run("- High Resolution: 1/5/10/30 second(s) – Higher cost");

        Assert.Contains("{ 1, 5, 10, 30 }", result.AllSource);
    }
}
