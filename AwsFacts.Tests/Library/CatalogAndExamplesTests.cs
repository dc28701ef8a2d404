using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsFacts.Tests.Library;

/// <summary>The examples the fact grammar must answer, on the built library, and the run-time catalog.</summary>
public class CatalogAndExamplesTests
{
    [Fact]
    public void Sqs_retention_is_a_range_with_its_default()
    {
        Assert.Equal(new Range<TimeSpan>(TimeSpan.FromMinutes(1), TimeSpan.FromDays(14), TimeSpan.FromDays(4)), Sqs.Retention);
        Assert.Equal(1209600, Sqs.RetentionMaxSeconds);
    }

    [Fact]
    public void Sqs_fifo_facts_live_in_a_nested_class()
    {
        Assert.Equal(300, Sqs.Fifo.ThroughputPerSecond);
        Assert.Equal(3000, Sqs.Fifo.BatchThroughputPerSecond);
        Assert.Equal(".fifo", Sqs.QueueNames.FifoSuffix);
        Assert.Equal(TimeSpan.FromMinutes(5), Sqs.Fifo.DeduplicationInterval);
    }

    [Fact]
    public void Examples_of_the_other_notes()
    {
        Assert.Equal(new Range<TimeSpan>(TimeSpan.Zero, TimeSpan.FromSeconds(900), TimeSpan.FromSeconds(300)), Firehose.BufferInterval);
        Assert.Equal(15, Aurora.MaxReadReplicas);
        Assert.Equal(new Range<DataSize>(DataSize.FromGigabytes(10), DataSize.FromTerabytes(256)), Aurora.Storage);
        Assert.Equal((3, 63), (S3.BucketNames.MinLength, S3.BucketNames.MaxLength));
        Assert.Equal(new[] { "Delete", "Retain", "RetainExceptOnCreate", "Snapshot" }, Enum.GetNames(typeof(CloudFormation.DeletionPolicy)));
        Assert.Equal("CAPABILITY_IAM", CloudFormation.Capabilities.CapabilityIam);
        Assert.Equal(5, Beanstalk.DeploymentPolicies.All.Count);
        Assert.Equal("TrafficSplitting", Beanstalk.DeploymentPolicies.ToAwsName(Beanstalk.DeploymentPolicy.TrafficSplitting));
        Assert.Equal("INSUFFICIENT_DATA", CloudWatch.AlarmStates.ToAwsName(CloudWatch.AlarmState.InsufficientData));
        Assert.Equal(DataSize.FromMegabytes(1), Sqs.MaxMessageSize);
    }

    [Fact]
    public void The_catalog_lists_every_fact_with_a_unique_stable_id()
    {
        var all = FactCatalog.All;
        Assert.True(all.Count > 80, $"only {all.Count} facts");
        Assert.Equal(all.Count, all.Select(f => f.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(all, f => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$", f.Id));
        Assert.All(all, f => Assert.StartsWith("notes/", f.Source, StringComparison.Ordinal));
        Assert.All(all, f => Assert.True(f.Line > 0));
    }

    [Fact]
    public void The_catalog_finds_a_fact_by_id_and_holds_the_members_value()
    {
        var fact = FactCatalog.Get("sqs.max-message-size");

        Assert.Equal("Sqs.MaxMessageSize", fact.Member);
        Assert.Equal(Sqs.MaxMessageSize, fact.Value);
        Assert.Equal("1,024 KB (1 MiB; 256 KB until August 2025)", fact.Text);
        Assert.Equal("Max message size: 1,024 KB (1 MiB; 256 KB until August 2025).", fact.Sentence);
        Assert.StartsWith("Amazon SQS API reference", fact.Reference, StringComparison.Ordinal);
        Assert.Equal("2026-11", fact.AsOf);
        Assert.Equal("notes/messaging.md", fact.Source);
        Assert.Same(fact, FactCatalog.Find("SQS.Max-Message-Size"));
        Assert.Null(FactCatalog.Find("no.such-fact"));
        Assert.Throws<KeyNotFoundException>(() => FactCatalog.Get("no.such-fact"));
    }

    [Fact]
    public void The_catalog_searches_text_case_insensitively()
    {
        var hits = FactCatalog.Search("retention SQS").ToList();

        Assert.Contains(hits, f => f.Id == "sqs.retention");
        Assert.DoesNotContain(hits, f => f.Id.StartsWith("cloud-watch-logs.", StringComparison.Ordinal));
        Assert.NotEmpty(FactCatalog.Search("insufficient_data"));
    }

    [Fact]
    public void Corrected_figures_are_exact()
    {
        // The seed's "~12M+" is now the published 12,500,000 (approximate figures: see FactGrammarTests).
        Assert.False(FactCatalog.Get("sns.subscriptions-per-topic-quota").IsApproximate);
        Assert.Equal(12_500_000, Sns.SubscriptionsPerTopicQuota);
    }
}
