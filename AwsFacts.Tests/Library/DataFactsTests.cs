using System;
using System.Linq;

namespace AwsFacts.Tests.Library;

/// <summary>
/// Issue #15, data and streaming limits: DynamoDB items, keys, batches and indexes; Kinesis Data Streams records and
/// shards; SNS messages, topic names and filter policies; S3 objects and multipart uploads. Headline values through
/// the generated members, and the searches a user would type.
/// </summary>
public class DataFactsTests
{
    [Fact]
    public void DynamoDb_item_key_and_name_limits()
    {
        Assert.Equal(DataSize.FromKilobytes(400), DynamoDb.MaxItemSize);
        Assert.Equal(409600, DynamoDb.MaxItemSize.Bytes);
        Assert.Equal((1, 2048), (DynamoDb.PartitionKeySizeMinBytes, DynamoDb.PartitionKeySizeMaxBytes));
        Assert.Equal((1, 1024), (DynamoDb.SortKeySizeMinBytes, DynamoDb.SortKeySizeMaxBytes));
        Assert.Equal((3, 255), (DynamoDb.TableNames.MinLength, DynamoDb.TableNames.MaxLength));
        Assert.Equal("_-.", DynamoDb.TableNames.AllowedPunctuation);
        Assert.Equal(64, DynamoDb.AttributeNameSizeMaxKb);
        Assert.Equal(4, DynamoDb.ReadCapacityUnitItemSizeMaxKb);
        Assert.Equal(1, DynamoDb.WriteCapacityUnitItemSizeMaxKb);
    }

    [Fact]
    public void DynamoDb_batch_transaction_and_page_limits()
    {
        Assert.Equal(100, DynamoDb.BatchGetItemMaxItemsPerCall);
        Assert.Equal(DataSize.FromMegabytes(16), DynamoDb.MaxBatchGetItemResponseSize);
        Assert.Equal(25, DynamoDb.BatchWriteItemMaxRequestsPerCall);
        Assert.Equal(DataSize.FromMegabytes(16), DynamoDb.MaxBatchWriteItemRequestSize);
        Assert.Equal(100, DynamoDb.TransactWriteItemsMaxActionsPerCall);
        Assert.Equal(100, DynamoDb.TransactGetItemsMaxItemsPerCall);
        Assert.Equal(DataSize.FromMegabytes(4), DynamoDb.MaxTransactWriteItemsSize);
        Assert.Equal(DataSize.FromMegabytes(4), DynamoDb.MaxTransactGetItemsSize);
        Assert.Equal(DataSize.FromMegabytes(1), DynamoDb.MaxQueryOrScanPageSize);
    }

    [Fact]
    public void DynamoDb_indexes_distinguish_the_quota_from_the_hard_limit()
    {
        Assert.Equal(20, DynamoDb.GlobalSecondaryIndexesPerTableQuota);
        Assert.Equal(5, DynamoDb.MaxLocalSecondaryIndexesPerTable);
        Assert.Equal(FactKind.DefaultQuota, FactCatalog.FindByMember("DynamoDb.GlobalSecondaryIndexesPerTableQuota")!.Kind);
        Assert.Equal(FactKind.HardLimit, FactCatalog.FindByMember("DynamoDb.MaxLocalSecondaryIndexesPerTable")!.Kind);
    }

    [Fact]
    public void DynamoDb_table_name_length_is_bound_to_the_cloudformation_property()
    {
        var facts = FactCatalog.FindByBinding("AWS::DynamoDB::Table.TableName");
        var fact = Assert.Single(facts);
        Assert.Equal(DynamoDb.TableNames.Length, fact.Value);
    }

    [Fact]
    public void Kinesis_data_streams_records_and_shards()
    {
        Assert.Equal(new Range<DataSize>(DataSize.FromMegabytes(1), DataSize.FromMegabytes(10), DataSize.FromMegabytes(1)), KinesisDataStreams.MaxRecordSizeSetting);
        Assert.Equal(500, KinesisDataStreams.PutRecordsMaxRecordsPerRequest);
        Assert.Equal(DataSize.FromMegabytes(10), KinesisDataStreams.MaxPutRecordsRequestSize);
        Assert.Equal((1, 256), (KinesisDataStreams.PartitionKeyMinLength, KinesisDataStreams.PartitionKeyMaxLength));
        Assert.Equal(1, KinesisDataStreams.ShardWriteMbPerSecond);
        Assert.Equal(1000, KinesisDataStreams.ShardWriteRecordsPerSecond);
        Assert.Equal(2, KinesisDataStreams.ShardReadMbPerSecond);
        Assert.Equal(5, KinesisDataStreams.GetRecordsPerShardMaxReadTransactionsPerSecond);
        Assert.Equal(10000, KinesisDataStreams.GetRecordsMaxRecordsPerCall);
        Assert.Equal(DataSize.FromMegabytes(10), KinesisDataStreams.MaxGetRecordsResponseSize);
        Assert.Equal(50, KinesisDataStreams.OnDemandStreamsPerAccountQuota);
    }

    [Fact]
    public void Kinesis_record_size_setting_is_bound_in_kib_and_keeps_its_history()
    {
        var fact = Assert.Single(FactCatalog.FindByBinding("kinesis:MaxRecordSizeInKiB"));
        Assert.Equal(KinesisDataStreams.MaxRecordSizeSetting, fact.Value);
        Assert.Equal("KiB", fact.Bindings.Single().Unit);
        Assert.Contains("before large-record support", fact.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Sns_messages_topic_names_and_filter_policies()
    {
        Assert.Equal(new Range<DataSize>(DataSize.FromBytes(1024), DataSize.FromBytes(1048576), DataSize.FromBytes(262144)), Sns.MaximumMessageSizeAttribute);
        Assert.Equal(100, Sns.LargeMessageTopicMaxSubscriptionsPerTopic);
        Assert.Equal(10, Sns.RawDeliveryMaxMessageAttributesPerMessage);
        Assert.Equal((1, 256), (Sns.TopicNames.MinLength, Sns.TopicNames.MaxLength));
        Assert.Equal(".fifo", Sns.TopicNames.FifoSuffix);
        Assert.Equal(5, Sns.FilterPolicyMaxKeys);
        Assert.Equal(150, Sns.FilterPolicyMaxCombinations);
        Assert.Equal(DataSize.FromKilobytes(256), Sns.MaxFilterPolicySize);
        Assert.Equal(200, Sns.FilterPoliciesPerTopicQuota);
        Assert.Equal(FactKind.DefaultQuota, FactCatalog.FindByMember("Sns.FilterPoliciesPerAccountQuota")!.Kind);
        Assert.Single(FactCatalog.FindByBinding("sns:MaximumMessageSize"));
    }

    [Fact]
    public void S3_object_and_multipart_limits()
    {
        Assert.Equal(DataSize.FromGigabytes(50000), S3.Objects.MaxObjectSize);
        Assert.Equal(DataSize.FromGigabytes(5), S3.Objects.MaxSinglePutSize);
        Assert.Equal(1024, S3.Objects.MaxKeySizeBytes);
        Assert.Equal(DataSize.FromKilobytes(2), S3.Objects.MaxUserDefinedMetadataSize);
        Assert.Equal(10, S3.Objects.MaxTagsPerObject);
        Assert.Equal(10000, S3.Objects.Multipart.MaxPartsPerUpload);
        Assert.Equal(new Range<DataSize>(DataSize.FromMegabytes(5), DataSize.FromGigabytes(5)), S3.Objects.Multipart.PartSize);
        Assert.Equal((3, 63), (S3.BucketNames.MinLength, S3.BucketNames.MaxLength));
    }

    [Theory]
    [InlineData("dynamodb item size", "DynamoDb.MaxItemSize")]
    [InlineData("dynamodb BatchWriteItem", "DynamoDb.BatchWriteItemMaxRequestsPerCall")]
    [InlineData("dynamodb global secondary indexes", "DynamoDb.GlobalSecondaryIndexesPerTableQuota")]
    [InlineData("dynamodb scan", "DynamoDb.MaxQueryOrScanPageSize")]
    [InlineData("kinesis record size", "KinesisDataStreams.MaxRecordSizeSetting")]
    [InlineData("kinesis PutRecords", "KinesisDataStreams.PutRecordsMaxRecordsPerRequest")]
    [InlineData("kinesis shard write", "KinesisDataStreams.ShardWriteMbPerSecond")]
    [InlineData("sns filter policy", "Sns.FilterPolicyMaxKeys")]
    [InlineData("sns MaximumMessageSize", "Sns.MaximumMessageSizeAttribute")]
    [InlineData("s3 object size", "S3.Objects.MaxObjectSize")]
    [InlineData("s3 multipart part size", "S3.Objects.Multipart.PartSize")]
    public void Searches_by_service_and_topic_find_the_fact(string query, string member)
    {
        Assert.Contains(FactCatalog.Search(query), f => f.Member == member);
    }
}
