using System;
using System.Collections.Generic;
using System.Linq;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Generator;

/// <summary>The value forms of the fact grammar, each on a small inline note, values read from the compiled output.</summary>
public class FactGrammarTests
{
    private static GenerationResult Run(string lines)
        => GeneratorHarness.Run(("notes/x.md", "# X\n\n" + lines + "\n")).AssertCompiles().AssertNoGeneratorDiagnostics();

    [Theory]
    [InlineData("256 KB", "Kb", 256, 262144L)]
    [InlineData("5 MB", "Mb", 5, 5242880L)]
    [InlineData("10GB", "Gb", 10, 10737418240L)]
    [InlineData("128TB", "Tb", 128, 140737488355328L)]
    [InlineData("100 bytes", "Bytes", 100, 100L)]
    public void Sizes_give_a_const_in_their_unit_and_a_DataSize_in_binary_bytes(string value, string suffix, int number, long bytes)
    {
        var result = Run($"- Limit: {value}");

        Assert.Equal(number, result.ConstantValue("X.Limit" + suffix));
        Assert.Equal(DataSize.FromBytes(bytes), result.Value("X.Limit"));
    }

    [Theory]
    [InlineData("30s", "Seconds", 30, 30.0)]
    [InlineData("10 ms", "Milliseconds", 10, 0.010)]
    [InlineData("15 min", "Minutes", 15, 900.0)]
    [InlineData("4 days", "Days", 4, 345600.0)]
    [InlineData("1 year", "Years", 1, 31536000.0)]
    [InlineData("10 yrs", "Years", 10, 315360000.0)]
    [InlineData("2 hours", "Hours", 2, 7200.0)]
    public void Durations_give_a_const_in_their_unit_and_a_TimeSpan(string value, string suffix, int number, double seconds)
    {
        var result = Run($"- Wait: {value}");

        Assert.Equal(number, result.ConstantValue("X.Wait" + suffix));
        Assert.Equal(TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond)), result.Value("X.Wait"));
    }

    [Fact]
    public void A_range_with_a_default_gives_a_Range_and_consts_for_its_ends_in_seconds_when_units_differ()
    {
        var result = Run("- **Retention:** 1 min – 14 days (default 4 days).");

        var range = Assert.IsType<Range<TimeSpan>>(result.Value("X.Retention"));
        Assert.Equal(TimeSpan.FromMinutes(1), range.Min);
        Assert.Equal(TimeSpan.FromDays(14), range.Max);
        Assert.Equal(TimeSpan.FromDays(4), range.Default);
        Assert.True(range.Contains(TimeSpan.FromDays(14)));
        Assert.False(range.Contains(TimeSpan.FromSeconds(59)));
        Assert.Equal(60, result.ConstantValue("X.RetentionMinSeconds"));
        Assert.Equal(1209600, result.ConstantValue("X.RetentionMaxSeconds"));
        Assert.Equal(345600, result.ConstantValue("X.RetentionDefaultSeconds"));
    }

    [Fact]
    public void A_range_written_with_one_unit_keeps_it_for_both_ends()
    {
        var result = Run("- Consumer waits (1–20s) if queue is empty <!-- name: WaitTime -->");

        Assert.Equal(1, result.ConstantValue("X.WaitTimeMinSeconds"));
        Assert.Equal(20, result.ConstantValue("X.WaitTimeMaxSeconds"));
        var range = Assert.IsType<Range<TimeSpan>>(result.Value("X.WaitTime"));
        Assert.Null(range.Default);
    }

    [Fact]
    public void Min_and_max_with_a_default_make_one_range()
    {
        var result = Run("- Buffer Interval: 300s default (min 60s, max 900s)");

        var range = Assert.IsType<Range<TimeSpan>>(result.Value("X.BufferInterval"));
        Assert.Equal((TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(900), (TimeSpan?)TimeSpan.FromSeconds(300)), (range.Min, range.Max, range.Default));
        Assert.Equal(300, result.ConstantValue("X.BufferIntervalDefaultSeconds"));
    }

    [Fact]
    public void Character_ranges_are_lengths()
    {
        var result = GeneratorHarness.Run(("notes/s3.md", "# S3\n\n- Bucket naming conventions: <!-- name: BucketNames -->\n  - 3–63 characters, lowercase letters & numbers\n"))
            .AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(3, result.ConstantValue("S3.BucketNames.MinLength"));
        Assert.Equal(63, result.ConstantValue("S3.BucketNames.MaxLength"));
        Assert.Equal(new Range<int>(3, 63), result.Value("S3.BucketNames.Length"));
    }

    [Fact]
    public void Size_ranges_with_different_units_are_given_in_bytes()
    {
        var result = Run("- Auto-scaling storage (10GB → 128TB) <!-- name: Storage -->\n- Volumes: ephemeral (20–200 GB) <!-- name: Ephemeral -->");

        Assert.Equal(new Range<DataSize>(DataSize.FromGigabytes(10), DataSize.FromTerabytes(128)), result.Value("X.Storage"));
        Assert.Equal(140737488355328L, result.ConstantValue("X.StorageMaxBytes"));
        Assert.Equal(20, result.ConstantValue("X.EphemeralMinGb"));
        Assert.Equal(200, result.ConstantValue("X.EphemeralMaxGb"));
    }

    [Fact]
    public void Year_ranges_become_TimeSpans_of_365_day_years()
    {
        var result = Run("- **Reserved**: 1-3 years, upfront or partial");

        Assert.Equal(1, result.ConstantValue("X.ReservedMinYears"));
        Assert.Equal(3, result.ConstantValue("X.ReservedMaxYears"));
        Assert.Equal(TimeSpan.FromDays(3 * 365), ((Range<TimeSpan>)result.Value("X.Reserved")!).Max);
    }

    [Theory]
    [InlineData("- Postpone message visibility for up to 15 min <!-- name: Delay -->", "X.DelayMaxMinutes", 15)]
    [InlineData("- Up to 15 read replicas", "X.MaxReadReplicas", 15)]
    [InlineData("- Low latency (<10 ms).", "X.LowLatencyMaxMilliseconds", 10)]
    [InlineData("- Failover < 30 sec", "X.FailoverMaxSeconds", 30)]
    [InlineData("- Max 1000 app versions per account", "X.MaxAppVersionsPerAccount", 1000)]
    [InlineData("- Up to 10 containers per task", "X.MaxContainersPerTask", 10)]
    [InlineData("- HA = at least 2 AZs", "X.HaMinAzs", 2)]
    [InlineData("- For large messages (>256 KB), store payload in S3", "X.LargeMessagesMinKb", 256)]
    public void One_sided_bounds_become_Max_or_Min_consts(string line, string member, int expected)
        => Assert.Equal(expected, Run(line).ConstantValue(member));

    [Fact]
    public void An_exclusive_bound_says_so()
    {
        var result = Run("- Low latency (<10 ms).");

        Assert.Equal(TimeSpan.FromMilliseconds(10), result.Value("X.LowLatencyMax"));
        Assert.Contains("exclusive", result.AllSource);
    }

    [Theory]
    [InlineData("- Message becomes invisible to others for default 30s after receipt <!-- name: VisibilityTimeout -->", "X.VisibilityTimeoutDefaultSeconds", 30)]
    [InlineData("- Buffer Size: 5 MB (default) → bigger = efficiency, smaller = faster", "X.BufferSizeDefaultMb", 5)]
    [InlineData("- Timeout: 300s default", "X.TimeoutDefaultSeconds", 300)]
    public void Defaults_become_Default_consts(string line, string member, int expected)
        => Assert.Equal(expected, Run(line).ConstantValue(member));

    [Fact]
    public void Rates_and_counts_are_named_by_what_they_count()
    {
        var result = Run(string.Join("\n",
            "- Free tier: 30 GB/month",
            "- **Limits:** ~12M+ subscribers/topic, 100K topics/account",
            "- 6 copies across 3 AZs <!-- name: Storage -->",
            "- Multi-Attach: attach io1/io2 to 16 EC2 instances in same AZ",
            "- Archive (75% cheaper) <!-- name: ArchiveSaving -->"));

        Assert.Equal(30, result.ConstantValue("X.FreeTierGbPerMonth"));
        Assert.Equal(12000000, result.ConstantValue("X.LimitsSubscribersPerTopic"));
        Assert.Equal(100000, result.ConstantValue("X.LimitsTopicsPerAccount"));
        Assert.Equal(6, result.ConstantValue("X.StorageCopies"));
        Assert.Equal(3, result.ConstantValue("X.StorageAzs"));
        Assert.Equal(16, result.ConstantValue("X.MultiAttachEc2Instances"));
        Assert.Equal(75, result.ConstantValue("X.ArchiveSavingPercent"));
        Assert.Contains("approximate", result.Sources["notes.x.md.g.cs"]);
    }

    [Fact]
    public void Several_values_on_a_line_are_named_by_their_qualifiers()
    {
        var result = Run("- Throughput: 300 msg/s (no batch), 3000 msg/s (batch)");

        Assert.Equal(300, result.ConstantValue("X.ThroughputPerSecond"));
        Assert.Equal(3000, result.ConstantValue("X.BatchThroughputPerSecond"));
    }

    [Fact]
    public void A_set_of_values_becomes_a_list()
    {
        var result = Run("- Storage resolution: standard 60s, high-res 1s/5s/10s/30s");

        Assert.Equal(60, result.ConstantValue("X.StandardStorageResolutionSeconds"));
        Assert.Equal(new[] { 1, 5, 10, 30 }, (IReadOnlyList<int>)result.Value("X.HighResStorageResolutionSeconds")!);
    }

    [Fact]
    public void Literals_in_backticks_become_string_consts()
    {
        var result = Run(string.Join("\n",
            "- Resource type format: `AWS::Service::ResourceType`.",
            "- Directory: `.ebextensions/` at source root",
            "- Name must end with `.fifo` <!-- name: NameSuffix -->",
            "- No uppercase, `xn--` prefix, `-s3alias` suffix <!-- name: ForbiddenPrefix, ForbiddenSuffix -->"));

        Assert.Equal("AWS::Service::ResourceType", result.ConstantValue("X.ResourceTypeFormat"));
        Assert.Equal(".ebextensions/", result.ConstantValue("X.Directory"));
        Assert.Equal(".fifo", result.ConstantValue("X.NameSuffix"));
        Assert.Equal("xn--", result.ConstantValue("X.ForbiddenPrefix"));
        Assert.Equal("-s3alias", result.ConstantValue("X.ForbiddenSuffix"));
    }

    [Fact]
    public void A_list_of_code_names_becomes_an_enum_with_the_aws_spellings()
    {
        var result = Run("**Key API Calls:** `CreateQueue`, `DeleteQueue`, `PurgeQueue`");

        var type = result.TypeOf("X.KeyApiCall");
        Assert.True(type.IsEnum);
        Assert.Equal(new[] { "CreateQueue", "DeleteQueue", "PurgeQueue" }, Enum.GetNames(type));
        Assert.Equal("PurgeQueue", result.ConstantValue("X.KeyApiCalls.PurgeQueue"));
    }

    [Fact]
    public void A_marked_list_of_words_becomes_an_enum_and_keeps_spellings_that_differ()
    {
        var result = Run("- Alarm states: OK, INSUFFICIENT_DATA, ALARM <!-- enum: AlarmState -->");

        Assert.Equal(new[] { "Ok", "InsufficientData", "Alarm" }, Enum.GetNames(result.TypeOf("X.AlarmState")));
        Assert.Equal("INSUFFICIENT_DATA", result.ConstantValue("X.AlarmStates.InsufficientData"));
        Assert.Equal(new[] { "OK", "INSUFFICIENT_DATA", "ALARM" }, (IReadOnlyList<string>)result.Value("X.AlarmStates.All")!);
    }

    [Fact]
    public void An_unmarked_list_of_words_stays_prose()
        => Assert.Empty(GeneratorHarness.Run(("notes/x.md", "# X\n\n- Node Types: Managed, Self-managed, Fargate\n")).NoteSources);

    [Fact]
    public void A_definition_list_becomes_an_enum_with_its_default_and_descriptions()
    {
        const string note = """
            # X

            ## Deletion Policy
            - Types: <!-- name: DeletionPolicy -->
              - `Delete` (default) – resource is deleted.
              - `Retain` – resource preserved.
              - `Snapshot` – snapshot created before deletion (DBs, EBS).
            """;
        var result = GeneratorHarness.Run(("notes/x.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

        var type = result.TypeOf("X.DeletionPolicy");
        Assert.Equal(new[] { "Delete", "Retain", "Snapshot" }, Enum.GetNames(type));
        Assert.Equal(Convert.ToInt32(Enum.Parse(type, "Delete")), result.ConstantValue("X.DeletionPolicies.Default"));
        Assert.Contains("/// The AWS value <c>Retain</c>: resource preserved.", result.AllSource);
    }

    [Fact]
    public void A_heading_over_code_definitions_names_the_enum_and_a_closing_remark_stays_prose()
    {
        const string note = """
            # X

            ## 1️⃣4️⃣ Capabilities
            - `CAPABILITY_IAM`: acknowledge templates creating IAM resources without names.
            - `CAPABILITY_NAMED_IAM`: for IAM resources with explicit names.
            - Must acknowledge in console or CLI.
            """;
        var result = GeneratorHarness.Run(("notes/x.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(new[] { "CapabilityIam", "CapabilityNamedIam" }, Enum.GetNames(result.TypeOf("X.Capability")));
        Assert.Equal("CAPABILITY_IAM", result.ConstantValue("X.Capabilities.CapabilityIam"));
    }

    [Fact]
    public void The_spellings_class_converts_both_ways()
    {
        var result = Run("- Alarm states: OK, INSUFFICIENT_DATA, ALARM <!-- enum: AlarmState -->");
        var spellings = result.TypeOf("X.AlarmStates");
        var enumType = result.TypeOf("X.AlarmState");

        var insufficient = Enum.Parse(enumType, "InsufficientData");
        Assert.Equal("INSUFFICIENT_DATA", spellings.GetMethod("ToAwsName")!.Invoke(null, new[] { insufficient }));
        var arguments = new object?[] { "ALARM", null };
        Assert.True((bool)spellings.GetMethod("TryParse")!.Invoke(null, arguments)!);
        Assert.Equal(Enum.Parse(enumType, "Alarm"), arguments[1]);
        Assert.False((bool)spellings.GetMethod("TryParse")!.Invoke(null, new object?[] { "alarm", null })!);
    }

    [Fact]
    public void A_table_becomes_a_row_type_with_named_rows_and_a_list()
    {
        const string note = """
            # X

            ### Deployment Modes
            | Mode | Description |
            |------|------------|
            | All at once | Fastest, downtime, good for dev |
            | Blue/Green | New environment → test → swap URLs, zero downtime |
            """;
        var result = GeneratorHarness.Run(("notes/x.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

        var rows = ((System.Collections.IEnumerable)result.Value("X.DeploymentModes")!).Cast<object>().ToList();
        Assert.Equal(2, rows.Count);
        var blueGreen = result.Value("X.DeploymentMode.BlueGreen")!;
        Assert.Same(rows[1], blueGreen);
        Assert.Equal("Blue/Green", blueGreen.GetType().GetProperty("Mode")!.GetValue(blueGreen));
        Assert.Equal("New environment → test → swap URLs, zero downtime", blueGreen.GetType().GetProperty("Description")!.GetValue(blueGreen));
    }

    [Fact]
    public void A_pinned_bold_pseudo_heading_groups_facts_in_a_nested_class()
    {
        const string note = """
            # Messaging

            ### Amazon SQS - Standard Queues {#Sqs}
            - Max message size: 256 KB

            **SQS FIFO Queues** <!-- name: Fifo -->
            - Throughput: 300 msg/s (no batch), 3000 msg/s (batch)

            **Details**
            - Deduplication interval: 5 min
            """;
        var result = GeneratorHarness.Run(("notes/messaging.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(256, result.ConstantValue("Sqs.MaxMessageSizeKb"));
        Assert.Equal(300, result.ConstantValue("Sqs.Fifo.ThroughputPerSecond"));
        Assert.Equal(5, result.ConstantValue("Sqs.Fifo.DeduplicationIntervalMinutes"));
    }

    [Fact]
    public void Without_the_support_types_only_constants_are_generated()
    {
        var result = GeneratorHarness.Run(TestOptionsProvider.ForNamespace("Notes"), withSupport: false,
            ("notes/x.md", "# X\n\n- Retention: 1 min – 14 days\n- Max message size: 256 KB\n")).AssertCompiles();

        Assert.Equal(256, result.ConstantValue("X.MaxMessageSizeKb"));
        Assert.Equal(1209600, result.ConstantValue("X.RetentionMaxSeconds"));
        Assert.False(result.Has("X.Retention"));
        Assert.False(result.Has("X.MaxMessageSize"));
        Assert.DoesNotContain("AwsFacts.Catalog.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void Every_fact_is_in_the_generated_catalog()
    {
        var result = Run("- Max message size: 256 KB\n- Retention: 1 min – 14 days");

        var all = result.Catalog;
        Assert.Equal(new[] { "x.max-message-size", "x.retention" }, all.Select(f => f.Id));
        Assert.Equal(DataSize.FromKilobytes(256), all[0].Value);
        Assert.Equal(("X.MaxMessageSize", "notes/x.md", 3, "256 KB"), (all[0].Member, all[0].Source, all[0].Line, all[0].Text));
    }

    [Fact]
    public void Catalog_ids_do_not_move_when_other_lines_do()
    {
        static IEnumerable<string> Ids(GenerationResult result)
            => result.Catalog.Select(f => f.Id);

        var before = Run("- Max message size: 256 KB\n- Retention: 1 min – 14 days");
        var after = Run("- Batch size: 10 messages\n\n- Max message size: 256 KB\n- Retention: 1 min – 14 days");

        Assert.Equal(new[] { "x.max-message-size", "x.retention" }, Ids(before));
        var afterIds = Ids(after).ToList();
        Assert.Equal(3, afterIds.Count);
        Assert.Equal(Ids(before), afterIds.Skip(1));
    }
}
