using System;
using System.Reflection;

namespace AwsFacts.Tests.Audit;

/// <summary>
/// One test per item of the 2026-11 accuracy audit (messaging.md, items 69–119) whose value, name or set changed,
/// and per twin collapsed under issue #12: the corrected value holds, a wrong member is gone or obsolete.
/// </summary>
public class MessagingAuditTests
{
    private static FieldInfo? Field(Type type, string name) => type.GetField(name, BindingFlags.Public | BindingFlags.Static);

    private static void AssertObsoleteAlias(Type type, string oldName, string replacement)
    {
        var field = Field(type, oldName);
        Assert.True(field is not null, $"{type.Name}.{oldName} should stay as an obsolete alias");
        var obsolete = (ObsoleteAttribute?)Attribute.GetCustomAttribute(field!, typeof(ObsoleteAttribute));
        Assert.True(obsolete is not null, $"{type.Name}.{oldName} should be [Obsolete]");
        Assert.Contains(replacement, obsolete!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Item72_the_message_body_limit_is_1_MiB_and_the_old_extended_client_name_points_to_it()
    {
        Assert.Equal(DataSize.FromBytes(1_048_576), Sqs.MaxMessageSize);
        Assert.Equal(1024, Sqs.MaxMessageSizeKb);
        AssertObsoleteAlias(typeof(Sqs), "ExtendedClientThresholdMinKb", "MaxMessageSizeKb");
        Assert.Equal(Sqs.MaxMessageSizeKb, Field(typeof(Sqs), "ExtendedClientThresholdMinKb")!.GetRawConstantValue());
    }

    [Fact]
    public void Item75_the_MaximumMessageSize_attribute_defaults_to_1_MiB()
        => Assert.Equal(new Range<DataSize>(DataSize.FromBytes(1024), DataSize.FromBytes(1_048_576), DataSize.FromBytes(1_048_576)), Sqs.MaximumMessageSizeAttribute);

    [Fact]
    public void Item79_low_latency_is_prose_not_a_maximum()
    {
        Assert.Null(Field(typeof(Sqs), "LowLatencyMax"));
        Assert.Null(Field(typeof(Sqs), "LowLatencyMaxMilliseconds"));
    }

    [Fact]
    public void Item82_the_scaling_metric_is_the_CloudWatch_metric()
    {
        Assert.Equal("ApproximateNumberOfMessagesVisible", Sqs.ScalingMetric);
        Assert.Contains("AWS/SQS", FactCatalog.FindByMember("Sqs.ScalingMetric")!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Item87_the_redrive_policy_key_is_maxReceiveCount_default_10()
    {
        Assert.Equal("maxReceiveCount", Sqs.MaxReceiveCountKey);
        Assert.Equal(10, Sqs.MaxReceiveCountDefault);
        AssertObsoleteAlias(typeof(Sqs), "MaxReceivesAttribute", "MaxReceiveCountKey");
        Assert.Equal("maxReceiveCount", Field(typeof(Sqs), "MaxReceivesAttribute")!.GetRawConstantValue());
    }

    [Fact]
    public void Items88_89_delay_is_one_fact_0_to_900_seconds_default_0()
    {
        Assert.Equal(new Range<TimeSpan>(TimeSpan.Zero, TimeSpan.FromMinutes(15), TimeSpan.Zero), Sqs.Delay);
        Assert.Equal((0, 900, 0), (Sqs.DelayMinSeconds, Sqs.DelayMaxSeconds, Sqs.DelayDefaultSeconds));
        AssertObsoleteAlias(typeof(Sqs), "DelayMax", "Delay");
        Assert.Null(Field(typeof(Sqs), "DelayMaxMinutes"));
        Assert.DoesNotContain(FactCatalog.All, f => f.Member == "Sqs.DelayMax"); // one fact: the old name leads to sqs.delay
        Assert.Equal("sqs.delay", FactCatalog.FindByMember("Sqs.DelayMax")?.Id);
    }

    [Fact]
    public void Items91_93_receive_wait_time_is_one_fact_0_to_20_seconds_default_0()
    {
        Assert.Equal(new Range<TimeSpan>(TimeSpan.Zero, TimeSpan.FromSeconds(20), TimeSpan.Zero), Sqs.ReceiveWaitTime);
        Assert.Equal(0, Sqs.ReceiveWaitTimeDefaultSeconds);
        AssertObsoleteAlias(typeof(Sqs), "LongPollingWait", "ReceiveWaitTime");
        Assert.Null(FactCatalog.FindByMember("Sqs.LongPollingWait"));
    }

    [Fact]
    public void Item94_the_extended_client_threshold_is_the_library_s_256_KB()
    {
        Assert.Equal(DataSize.FromKilobytes(256), Sqs.ExtendedClientLibraryThreshold);
        Assert.Equal(DataSize.FromGigabytes(2), Sqs.ExtendedClientPayloadMax);
        Assert.Null(Field(typeof(Sqs), "ExtendedClientThresholdMin"));
    }

    [Fact]
    public void Item96_the_fifo_suffix_is_one_fact_with_the_queue_name_rules()
    {
        Assert.Equal(".fifo", Sqs.QueueNames.FifoSuffix);
        AssertObsoleteAlias(typeof(Sqs.Fifo), "NameSuffix", "FifoSuffix");
        Assert.Null(FactCatalog.FindByMember("Sqs.Fifo.NameSuffix"));
    }

    [Fact]
    public void Item97_fifo_throughput_states_its_scope_per_API_action()
    {
        Assert.Equal(300, Sqs.Fifo.ThroughputPerSecond);
        Assert.Contains("per API action", FactCatalog.FindByMember("Sqs.Fifo.ThroughputPerSecond")!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Item100_high_throughput_mode_is_a_region_dependent_quota()
    {
        Assert.Equal(70_000, Sqs.Fifo.HighThroughputModeQuotaPerSecond);
        AssertObsoleteAlias(typeof(Sqs.Fifo), "HighThroughputModeMaxPerSecond", "HighThroughputModeQuotaPerSecond");
        var sentence = FactCatalog.FindByMember("Sqs.Fifo.HighThroughputModeQuotaPerSecond")!.Sentence;
        Assert.Contains("US East (N. Virginia)", sentence, StringComparison.Ordinal);
        Assert.Contains("lower in other Regions", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Item103_sns_protocols_are_the_complete_Subscribe_set()
        => Assert.Equal(new[] { "http", "https", "email", "email-json", "sms", "sqs", "application", "lambda", "firehose" }, Sns.SubscriberProtocols.All);

    [Fact]
    public void Items104_to_107_sns_topic_figures_are_default_quotas()
    {
        Assert.Equal(100_000, Sns.TopicsPerAccountQuota);
        Assert.Equal(12_500_000, Sns.SubscriptionsPerTopicQuota);
        Assert.Equal(1_000, Sns.FifoTopicsPerAccountQuota);
        Assert.Equal(100, Sns.FifoSubscriptionsPerTopicQuota);
        AssertObsoleteAlias(typeof(Sns), "LimitsTopicsPerAccount", "TopicsPerAccountQuota");
        AssertObsoleteAlias(typeof(Sns), "LimitsSubscribersPerTopic", "SubscriptionsPerTopicQuota");
        AssertObsoleteAlias(typeof(Sns), "FifoLimitsTopicsPerAccount", "FifoTopicsPerAccountQuota");
        AssertObsoleteAlias(typeof(Sns), "FifoLimitsSubscriptionsPerTopic", "FifoSubscriptionsPerTopicQuota");
        Assert.DoesNotContain("formerly", FactCatalog.FindByMember("Sns.SubscriptionsPerTopicQuota")!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Item108_firehose_sources_are_the_DeliveryStreamType_values()
        => Assert.Equal(new[] { "DirectPut", "KinesisStreamAsSource", "MSKAsSource", "DatabaseAsSource" }, Firehose.Sources.All);

    [Fact]
    public void Item109_firehose_destinations_are_examples_not_an_enum()
    {
        Assert.Null(typeof(Firehose).GetNestedType("Destinations"));
        Assert.Null(typeof(Firehose).GetNestedType("Destination"));
    }

    [Fact]
    public void Items110_to_115_buffering_hints_are_ranges_for_S3_destinations()
    {
        Assert.Equal(new Range<DataSize>(DataSize.FromMegabytes(1), DataSize.FromMegabytes(128), DataSize.FromMegabytes(5)), Firehose.BufferSize);
        Assert.Equal(new Range<TimeSpan>(TimeSpan.Zero, TimeSpan.FromSeconds(900), TimeSpan.FromSeconds(300)), Firehose.BufferInterval);
        Assert.Contains("S3 destinations", FactCatalog.FindByMember("Firehose.BufferSize")!.Sentence, StringComparison.Ordinal);
        Assert.Contains("S3 destinations", FactCatalog.FindByMember("Firehose.BufferInterval")!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Item116_the_comparison_table_is_prose()
    {
        Assert.Null(typeof(Firehose).GetNestedType("VsDataStream"));
        Assert.Null(Field(typeof(Firehose), "VsDataStreams"));
    }

    [Fact]
    public void Items117_to_119_kinesis_retention_is_24_to_8760_hours_default_24()
        => Assert.Equal(new Range<TimeSpan>(TimeSpan.FromHours(24), TimeSpan.FromHours(8760), TimeSpan.FromHours(24)), KinesisDataStreams.Retention);
}
