using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Reference;

/// <summary>
/// The generated facts state what AWS publishes: every row of <c>reference-values.tsv</c> (filled from
/// shared/reference/aws-current-values.md) is compared with the catalog, so a note edit that drifts from the
/// published value fails here. Every compared fact must also cite its source.
/// </summary>
public class ReferenceValuesTests
{
    public static IEnumerable<object[]> Rows()
        => File.ReadAllLines(Path.Combine(Paths.TestProjectDir, "Reference", "reference-values.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal) && !l.StartsWith("id\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(c => new object[] { c[0], c[1], c[2] });

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_generated_fact_has_the_published_value(string id, string expected, string unit)
    {
        var fact = FactCatalog.Find(id);
        Assert.True(fact is not null, $"No fact '{id}' in the catalog.");

        Assert.Equal(expected, Canonical(fact!.Value));
        if (unit == "bytes")
        {
            Assert.True(fact.Value is DataSize or Range<DataSize>, $"{id} should be a size");
        }
        else if (unit == "s")
        {
            Assert.True(fact.Value is TimeSpan or Range<TimeSpan> || fact.Member.EndsWith("Seconds", StringComparison.Ordinal), $"{id} should be a duration");
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_generated_fact_cites_its_source_in_the_catalog_and_the_xml_docs(string id, string expected, string unit)
    {
        _ = (expected, unit);
        var fact = FactCatalog.Get(id);
        Assert.False(string.IsNullOrEmpty(fact.Reference), $"{id} ({fact.Source}:{fact.Line}) cites no source");
        Assert.Matches(@"^\d{4}-\d{2}", fact.AsOf);

        var docs = File.ReadAllText(Path.Combine(Path.GetDirectoryName(typeof(Sqs).Assembly.Location)!, "AwsFacts.xml"));
        Assert.Contains("Reference: " + fact.Reference.TrimEnd('.').Replace("&", "&amp;"), docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reference_topic_is_covered()
    {
        var topics = Rows().Select(r => ((string)r[0]).Split('.')[0]).Distinct().ToList();
        foreach (var service in new[] { "sqs", "sns", "firehose", "kinesis-data-streams", "cloud-watch-logs", "cloud-watch", "ecs", "ebs", "aurora", "beanstalk", "s3", "ec2" })
        {
            Assert.Contains(service, topics);
        }
    }

    [Fact]
    public void Renamed_members_keep_their_old_name_as_obsolete()
    {
#pragma warning disable CS0618 // the point: the old names still compile, and say they are obsolete
        Assert.Equal(Beanstalk.AppVersionsPerRegionQuota, Beanstalk.MaxAppVersionsPerRegion);
        Assert.Equal(Beanstalk.AppVersionsPerRegionQuota, Beanstalk.MaxAppVersionsPerAccount);
#pragma warning restore CS0618
        foreach (var old in new[] { "MaxAppVersionsPerRegion", "MaxAppVersionsPerAccount" })
        {
            var field = typeof(Beanstalk).GetField(old)!;
            var obsolete = (ObsoleteAttribute)Attribute.GetCustomAttribute(field, typeof(ObsoleteAttribute))!;
            Assert.Contains(nameof(Beanstalk.AppVersionsPerRegionQuota), obsolete.Message, StringComparison.Ordinal);
        }
    }

    private static string Canonical(object value) => value switch
    {
        DataSize size => size.Bytes.ToString(CultureInfo.InvariantCulture),
        TimeSpan time => Seconds(time),
        Range<DataSize> r => $"{r.Min.Bytes}..{r.Max.Bytes}" + (r.Default is { } d ? $" default {d.Bytes}" : string.Empty),
        Range<TimeSpan> r => $"{Seconds(r.Min)}..{Seconds(r.Max)}" + (r.Default is { } d ? $" default {Seconds(d)}" : string.Empty),
        Range<int> r => $"{r.Min}..{r.Max}" + (r.Default is { } d ? $" default {d}" : string.Empty),
        string text => text,
        IEnumerable items => string.Join(",", items.Cast<object>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
