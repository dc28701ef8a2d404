using System;
using System.Linq;
using System.Reflection;

namespace AwsFacts.Tests.Audit;

/// <summary>
/// The accuracy audit of 2026-11 (items #67–#68 and #120–#142: notes/iam.md, monitoring.md, route53.md, s3.md),
/// one test per item whose value or set changed. Sources are in docs/seed-edits.md and the notes' footnotes.
/// </summary>
public class MonitoringRoute53IamS3AuditTests
{
    // #68: a statement's elements, complete (IAM JSON policy element reference).
    [Fact]
    public void Item68_statement_elements_include_condition_and_the_not_elements()
    {
        Assert.Equal(
            new[] { "Sid", "Effect", "Principal", "Action", "Resource", "NotPrincipal", "NotAction", "NotResource", "Condition" },
            Iam.StatementElements.All);

        // Appended: the values the enum had keep their numbers.
        Assert.Equal(0, (int)Iam.StatementElement.Sid);
        Assert.Equal(4, (int)Iam.StatementElement.Resource);
        Assert.True(Iam.StatementElements.TryParse("Condition", out var condition));
        Assert.Equal(Iam.StatementElement.Condition, condition);
    }

    // #122: StorageResolution takes 1 or 60, nothing else (API_MetricDatum).
    [Fact]
    public void Item122_storage_resolution_is_1_or_60_seconds()
    {
        Assert.Equal(1, CloudWatch.HighResStorageResolutionSeconds);
        Assert.Equal(TimeSpan.FromSeconds(1), CloudWatch.HighResStorageResolution);
        Assert.Equal(60, CloudWatch.StandardStorageResolutionSeconds);

        // 5/10/20/30 s are periods, not storage resolutions.
        Assert.Equal(new[] { 1, 5, 10, 20, 30 }, CloudWatch.HighResolutionMetricPeriodsSeconds);
        var storage = FactCatalog.All.Where(f => f.Member.Contains("StorageResolution", StringComparison.Ordinal)).Select(f => f.Value).ToList();
        Assert.Equal(new object[] { TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1) }, storage);
    }

    // #124 ⚑: a regular-resolution period is any multiple of 60 s, and the name says so.
    [Fact]
    public void Item124_standard_periods_are_a_multiple_of_60_seconds()
    {
        Assert.Equal(60, CloudWatch.MetricPeriodMultipleSeconds);
        Assert.Equal(TimeSpan.FromMinutes(1), CloudWatch.MetricPeriodMultiple);
        Assert.Contains("any multiple of 60 s", FactCatalog.Get("cloud-watch.metric-period-multiple").Sentence, StringComparison.Ordinal);
        Assert.Null(FactCatalog.Find("cloud-watch.standard-periods"));

#pragma warning disable CS0618 // the former names still compile, and say they are obsolete
        Assert.Equal(CloudWatch.MetricPeriodMultipleSeconds, CloudWatch.StandardPeriodsSeconds);
        Assert.Equal(CloudWatch.MetricPeriodMultiple, CloudWatch.StandardPeriods);
#pragma warning restore CS0618
        AssertObsolete(typeof(CloudWatch), "StandardPeriodsSeconds", "MetricPeriodMultipleSeconds");
        AssertObsolete(typeof(CloudWatch), "StandardPeriods", "MetricPeriodMultiple");
    }

    // #125: alarm periods are 10, 20, 30 or any multiple of 60 s (PutMetricAlarm).
    [Theory]
    [InlineData(10, true)]
    [InlineData(20, true)]
    [InlineData(30, true)]
    [InlineData(60, true)]
    [InlineData(300, true)]
    [InlineData(1, false)]
    [InlineData(5, false)]
    [InlineData(90, false)]
    public void Item125_alarm_periods_are_10_20_30_or_a_multiple_of_60(int seconds, bool valid)
    {
        var accepted = CloudWatch.HighResolutionAlarmPeriodsSeconds.Contains(seconds) || seconds % CloudWatch.AlarmPeriodMultipleSeconds == 0;
        Assert.Equal(valid, accepted);
    }

    // #126 / #127: retention is the set of 22 values up to 3,653 days, one fact (PutRetentionPolicy).
    [Fact]
    public void Item126_retention_is_the_22_values_and_the_validator_accepts_exactly_them()
    {
        var values = new[] { 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 };
        Assert.Equal(values, CloudWatchLogs.RetentionValuesDays);
        for (var days = -1; days <= 4000; days++)
        {
            Assert.Equal(values.Contains(days), CloudWatchLogs.RetentionInDays.IsValid(days));
        }

        // One fact: the range is gone from the catalog.
        Assert.Single(FactCatalog.All, f => f.Member.StartsWith("CloudWatchLogs.Retention", StringComparison.Ordinal));
        Assert.Null(FactCatalog.Find("cloud-watch-logs.retention"));
    }

    [Fact]
    public void Item126_the_former_range_members_are_obsolete_and_end_at_3653_days()
    {
#pragma warning disable CS0618 // the former names still compile, and say they are obsolete
        Assert.Equal(TimeSpan.FromDays(1), CloudWatchLogs.Retention.Min);
        Assert.Equal(TimeSpan.FromDays(3653), CloudWatchLogs.Retention.Max);
        Assert.Equal(86_400, CloudWatchLogs.RetentionMinSeconds);
        Assert.Equal(315_619_200, CloudWatchLogs.RetentionMaxSeconds);
#pragma warning restore CS0618
        foreach (var name in new[] { "Retention", "RetentionMinSeconds", "RetentionMaxSeconds" })
        {
            AssertObsolete(typeof(CloudWatchLogs), name, "RetentionValuesDays");
        }
    }

    // #130: a rate from 1 minute to 1 hour (plus run-once and cron, which are not numbers).
    [Fact]
    public void Item130_synthetics_rate_runs_from_1_minute_to_1_hour()
    {
        Assert.Equal(1, CloudWatch.SyntheticsScheduleMinMinutes);
        Assert.Equal(60, CloudWatch.SyntheticsScheduleMaxMinutes);
        Assert.Equal(TimeSpan.FromHours(1), CloudWatch.SyntheticsSchedule.Max);
        Assert.True(CloudWatch.SyntheticsSchedule.Contains(TimeSpan.FromMinutes(15)));
        Assert.Contains("rate(0 minute)", FactCatalog.Get("cloud-watch.synthetics-schedule").Sentence, StringComparison.Ordinal);
    }

    // #131: the comparison table is prose, not a row type.
    [Fact]
    public void Item131_the_service_comparison_is_no_longer_a_fact()
    {
        Assert.Null(typeof(CloudWatch).GetNestedType("ServiceRole"));
        Assert.Null(typeof(CloudWatch).GetField("ServiceRoles"));
    }

    // #132: every record type Route 53 supports (ResourceRecordSet Type).
    [Fact]
    public void Item132_record_types_are_complete()
    {
        Assert.Equal(
            new[] { "A", "AAAA", "CAA", "CNAME", "DS", "HTTPS", "MX", "NAPTR", "NS", "PTR", "SOA", "SPF", "SRV", "SSHFP", "SVCB", "TLSA", "TXT" },
            Route53.RecordTypes.All.OrderBy(t => t, StringComparer.Ordinal));
        Assert.True(Route53.RecordTypes.TryParse("SOA", out var soa));
        Assert.Equal(Route53.RecordType.Soa, soa);
        Assert.Equal(3, (int)Route53.RecordType.Mx); // the former four keep their numbers
    }

    // #134: IP-based routing was missing.
    [Fact]
    public void Item134_routing_policies_include_ip_based()
    {
        Assert.Equal(8, Route53.RoutingPolicies.All.Count);
        Assert.Equal("IP-based", Route53.RoutingPolicies.ToAwsName(Route53.RoutingPolicy.IpBased));
    }

    // #135: the health check types as the API spells them (HealthCheckConfig Type).
    [Fact]
    public void Item135_health_check_types_are_the_api_values()
    {
        Assert.Equal(
            new[] { "HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH", "TCP", "CALCULATED", "CLOUDWATCH_METRIC", "RECOVERY_CONTROL" },
            Route53.HealthCheckTypes.All);
        Assert.True(Route53.HealthCheckTypes.TryParse("RECOVERY_CONTROL", out var recovery));
        Assert.Equal(Route53.HealthCheckType.RecoveryControl, recovery);
        Assert.False(Enum.IsDefined(typeof(Route53.HealthCheckType), "Public"));
        Assert.False(Enum.IsDefined(typeof(Route53.HealthCheckType), "Private"));
    }

    // #140: "-an" is reserved for account regional namespace buckets.
    [Fact]
    public void Item140_reserved_suffixes_include_an()
    {
        Assert.Contains("-an", S3.BucketNames.ReservedSuffixes.All);
        Assert.Equal(6, S3.BucketNames.ReservedSuffixes.All.Count);
        Assert.False(S3.BucketNames.IsValid("mybucket-123456789012-us-east-1-an".AsSpan()));
    }

    // #141 / #142: the single values are obsolete aliases of the reserved lists' members; one fact per rule.
    [Fact]
    public void Item141_142_forbidden_prefix_and_suffix_are_obsolete_aliases()
    {
#pragma warning disable CS0618 // the former names still compile, and say they are obsolete
        Assert.Equal(S3.BucketNames.ReservedPrefixes.Xn, S3.BucketNames.ForbiddenPrefix);
        Assert.Equal(S3.BucketNames.ReservedSuffixes.S3alias, S3.BucketNames.ForbiddenSuffix);
#pragma warning restore CS0618
        AssertObsolete(typeof(S3.BucketNames), "ForbiddenPrefix", "ReservedPrefixes");
        AssertObsolete(typeof(S3.BucketNames), "ForbiddenSuffix", "ReservedSuffixes");
        Assert.Null(FactCatalog.Find("s3.bucket-names.forbidden-prefix"));
        Assert.Null(FactCatalog.Find("s3.bucket-names.forbidden-suffix"));
    }

    private static void AssertObsolete(Type type, string member, string pointsTo)
    {
        var info = (MemberInfo?)type.GetField(member) ?? type.GetProperty(member);
        Assert.True(info is not null, $"{type.Name}.{member} is gone");
        var obsolete = info!.GetCustomAttribute<ObsoleteAttribute>();
        Assert.True(obsolete is not null, $"{type.Name}.{member} is not [Obsolete]");
        Assert.Contains(pointsTo, obsolete!.Message, StringComparison.Ordinal);
    }
}
