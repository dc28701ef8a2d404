using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Reference;

/// <summary>
/// Facts are bound to the AWS settings they constrain (issue #12): the settings the validators and the template
/// checker need are bound, no setting is described by two facts, and every bound figure agrees with what AWS's
/// CloudFormation resource schemas give (<c>cfn-schema-values.tsv</c>), or is listed here with why it differs.
/// </summary>
public class BindingTests
{
    /// <summary>Settings a template checker must find a rule for.</summary>
    public static readonly string[] RequiredSettings =
    {
        "AWS::SQS::Queue.VisibilityTimeout", "AWS::SQS::Queue.MessageRetentionPeriod", "AWS::SQS::Queue.DelaySeconds",
        "AWS::SQS::Queue.MaximumMessageSize", "AWS::SQS::Queue.ReceiveMessageWaitTimeSeconds", "AWS::SQS::Queue.QueueName",
        "AWS::S3::Bucket.BucketName", "AWS::Logs::LogGroup.RetentionInDays", "AWS::Kinesis::Stream.RetentionPeriodHours",
        "AWS::KinesisFirehose::DeliveryStream.ExtendedS3DestinationConfiguration.BufferingHints.IntervalInSeconds",
        "AWS::KinesisFirehose::DeliveryStream.ExtendedS3DestinationConfiguration.BufferingHints.SizeInMBs",
        "AWS::KinesisFirehose::DeliveryStream.S3DestinationConfiguration.BufferingHints.IntervalInSeconds", "AWS::KinesisFirehose::DeliveryStream.S3DestinationConfiguration.BufferingHints.SizeInMBs",
        "AWS::KinesisFirehose::DeliveryStream.HttpEndpointDestinationConfiguration.BufferingHints.IntervalInSeconds", "AWS::KinesisFirehose::DeliveryStream.HttpEndpointDestinationConfiguration.BufferingHints.SizeInMBs",
        "AWS::KinesisFirehose::DeliveryStream.SplunkDestinationConfiguration.BufferingHints.IntervalInSeconds", "AWS::KinesisFirehose::DeliveryStream.SplunkDestinationConfiguration.BufferingHints.SizeInMBs",
        "AWS::KinesisFirehose::DeliveryStream.AmazonopensearchserviceDestinationConfiguration.BufferingHints.IntervalInSeconds", "AWS::KinesisFirehose::DeliveryStream.AmazonopensearchserviceDestinationConfiguration.BufferingHints.SizeInMBs",
        "AWS::KinesisFirehose::DeliveryStream.ElasticsearchDestinationConfiguration.BufferingHints.IntervalInSeconds", "AWS::KinesisFirehose::DeliveryStream.ElasticsearchDestinationConfiguration.BufferingHints.SizeInMBs",
        "AWS::KinesisFirehose::DeliveryStream.AmazonOpenSearchServerlessDestinationConfiguration.BufferingHints.IntervalInSeconds", "AWS::KinesisFirehose::DeliveryStream.AmazonOpenSearchServerlessDestinationConfiguration.BufferingHints.SizeInMBs",
        "AWS::KinesisFirehose::DeliveryStream.SnowflakeDestinationConfiguration.BufferingHints.IntervalInSeconds", "AWS::KinesisFirehose::DeliveryStream.SnowflakeDestinationConfiguration.BufferingHints.SizeInMBs",
        "AWS::KinesisFirehose::DeliveryStream.IcebergDestinationConfiguration.BufferingHints.IntervalInSeconds", "AWS::KinesisFirehose::DeliveryStream.IcebergDestinationConfiguration.BufferingHints.SizeInMBs",
        "AWS::KinesisFirehose::DeliveryStream.RedshiftDestinationConfiguration.S3Configuration.BufferingHints.IntervalInSeconds", "AWS::KinesisFirehose::DeliveryStream.RedshiftDestinationConfiguration.S3Configuration.BufferingHints.SizeInMBs",
        "AWS::EC2::Instance.InstanceType", "AWS::EC2::LaunchTemplate.LaunchTemplateData.InstanceType", "AWS::SNS::Topic.TopicName", "AWS::IAM::User.UserName",
        "AWS::EC2::Volume.VolumeType", "AWS::CloudWatch::Alarm.Period", "AWS::ECS::TaskDefinition.EphemeralStorage.SizeInGiB",
        "sqs:VisibilityTimeout", "sqs:MessageRetentionPeriod", "sqs:DelaySeconds", "sqs:MaximumMessageSize",
        "sqs:ReceiveMessageWaitTimeSeconds", "sqs:RedrivePolicy.maxReceiveCount",
    };

    /// <summary>Bound figures that differ from the schema table on purpose: setting → why the fact is right.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
    };

    [Theory]
    [MemberData(nameof(Required))]
    public void The_setting_is_bound_to_a_fact(string setting)
        => Assert.True(FactCatalog.FindByBinding(setting).Count > 0, $"No fact is bound to {setting}.");

    public static IEnumerable<object[]> Required() => RequiredSettings.Select(s => new object[] { s });

    [Fact]
    public void No_setting_has_two_numeric_facts()
    {
        var twins = FactCatalog.All
            .Where(f => Numbers(f.Value) is not null)
            .Where(f => !NotInTableYet.ContainsKey(f.Id))
            .SelectMany(f => f.Bindings.Select(b => (Setting: b.Name, Fact: f.Id)))
            .GroupBy(p => p.Setting)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Fact))}")
            .ToList();
        Assert.True(twins.Count == 0, "Settings described by two facts:\n" + string.Join("\n", twins));
    }

    /// <summary>Settings written as text, not as a number in a unit: setting → what they hold.</summary>
    private static readonly Dictionary<string, string> TextSettings = new(StringComparer.Ordinal)
    {
        ["AWS::Synthetics::Canary.Schedule.Expression"] = "a rate() or cron() expression; the fact bounds the rate, in minutes",
        ["synthetics:Schedule.Expression"] = "a rate() or cron() expression; the fact bounds the rate, in minutes",
    };

    [Fact]
    public void Every_bound_setting_has_a_unit_when_its_fact_is_a_size_or_duration()
    {
        var missing = FactCatalog.All
            .Where(f => f.Value is TimeSpan or DataSize or Range<TimeSpan> or Range<DataSize>)
            .SelectMany(f => f.Bindings.Where(b => b.Unit.Length == 0 && !TextSettings.ContainsKey(b.Name)).Select(b => $"{f.Id} → {b.Name}"))
            .ToList();
        Assert.True(missing.Count == 0, "Bindings without a unit:\n" + string.Join("\n", missing));
    }

    /// <summary>Bound facts whose schema figures are not in the table yet: fact id → why.</summary>
    private static readonly Dictionary<string, string> NotInTableYet = new(StringComparer.Ordinal)
    {
        ["cloud-watch.high-resolution-metric-periods-seconds"] = "AWS::CloudWatch::Alarm's MetricStat definition was not read in the 2026-11 pass; the alarm Period row covers the alarm setting",
        ["cloud-watch.synthetics-schedule"] = "AWS::Synthetics::Canary's Schedule.Expression is a rate()/cron() string; its schema was not read in the 2026-11 pass",
    };

    [Fact]
    public void Every_numeric_cloudformation_binding_has_a_row_in_the_schema_table()
    {
        // Ranges and sets are what a schema bounds; names, spellings and single counts are checked by their own tests.
        var rows = SchemaRows().Select(r => r.Target).ToList();
        var missing = FactCatalog.All
            .Where(f => Numbers(f.Value) is not null)
            .Where(f => !NotInTableYet.ContainsKey(f.Id))
            .SelectMany(f => f.Bindings.Where(b => b.Kind == FactBindingKind.CloudFormation).Select(b => (Fact: f, Binding: b)))
            .Where(p => !rows.Any(r => p.Binding.Matches(r)))
            .Select(p => $"{p.Fact.Id} → {p.Binding.Name}")
            .ToList();
        Assert.True(missing.Count == 0, "Bound properties without a schema row in cfn-schema-values.tsv:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Bound_figures_agree_with_the_cloudformation_schemas()
    {
        var problems = new List<string>();
        foreach (var row in SchemaRows())
        {
            foreach (var fact in FactCatalog.FindByBinding(row.Target))
            {
                var binding = fact.Bindings.First(b => b.Matches(row.Target));
                var problem = Compare(fact, binding, row);
                if (problem is not null && !KnownDifferences.ContainsKey(row.Target))
                {
                    problems.Add($"{row.Target} ({fact.Id}): {problem}");
                }
            }
        }

        Assert.True(problems.Count == 0, "Bound facts that disagree with the schema table:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Known_differences_are_still_differences()
    {
        foreach (var setting in KnownDifferences.Keys)
        {
            var row = SchemaRows().Single(r => r.Target == setting);
            Assert.Contains(FactCatalog.FindByBinding(setting), f => Compare(f, f.Bindings.First(b => b.Matches(setting)), row) is not null);
        }
    }

    /// <summary>Why a fact disagrees with a schema row (or null): its bounds against minimum/maximum, its set against the enum.</summary>
    private static string? Compare(Fact fact, FactBinding binding, SchemaRow row)
    {
        if (row.Enum.Count > 0 && fact.Value is IEnumerable list and not string)
        {
            var items = list.Cast<object>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)!).ToList();
            return items.SequenceEqual(row.Enum) || new HashSet<string>(items).SetEquals(row.Enum)
                ? null
                : $"the fact lists {string.Join("|", items)}, the schema {string.Join("|", row.Enum)}";
        }

        if (Numbers(fact.Value) is not { } bounds)
        {
            return null;
        }

        var (min, max) = (InUnit(bounds.Min, binding.Unit), InUnit(bounds.Max, binding.Unit));
        var isLength = fact.Id.EndsWith(".length", StringComparison.Ordinal);
        var (schemaMin, schemaMax) = isLength ? (row.MinLength, row.MaxLength) : (row.Minimum, row.Maximum);
        if (schemaMin is { } lo && lo != min)
        {
            return $"minimum {min} ({binding.Unit}) against the schema's {lo}";
        }

        return schemaMax is { } hi && hi != max ? $"maximum {max} ({binding.Unit}) against the schema's {hi}" : null;
    }

    /// <summary>A range's or set's lowest and highest value, in base units (seconds, bytes), or null for other values.</summary>
    private static (decimal Min, decimal Max)? Numbers(object value) => value switch
    {
        Range<int> r => (r.Min, r.Max),
        Range<long> r => (r.Min, r.Max),
        Range<TimeSpan> r => ((decimal)r.Min.TotalSeconds, (decimal)r.Max.TotalSeconds),
        Range<DataSize> r => (r.Min.Bytes, r.Max.Bytes),
        IReadOnlyList<int> l when l.Count > 0 => (l.Min(), l.Max()),
        _ => null,
    };

    /// <summary>A figure in base units (seconds, bytes) in the binding's unit; counts pass through.</summary>
    private static decimal InUnit(decimal value, string unit) => unit switch
    {
        "s" or "" or "bytes" or "days" => value, // sets of days are listed in days already
        "ms" => value * 1000,
        "minutes" => value / 60,
        "hours" => value / 3600,
        "KiB" => value / 1024,
        "MiB" or "MB" => value / (1024 * 1024),
        "GiB" or "GB" => value / (1024 * 1024 * 1024),
        _ => throw new InvalidOperationException($"Unknown binding unit '{unit}'."),
    };

    private sealed record SchemaRow(string Target, decimal? Minimum, decimal? Maximum, IReadOnlyList<string> Enum, decimal? MinLength, decimal? MaxLength);

    private static IEnumerable<SchemaRow> SchemaRows()
        => File.ReadAllLines(Path.Combine(Paths.TestProjectDir, "Reference", "cfn-schema-values.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal) && !l.StartsWith("target\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(c => new SchemaRow(c[0], Number(c[2]), Number(c[3]),
                c[4].Length == 0 ? Array.Empty<string>() : c[4].Split('|'), Number(c[6]), Number(c[7])));

    private static decimal? Number(string cell)
        => decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
}
