using System;
using System.IO;
using System.Linq;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Library;

/// <summary>
/// The values the README's comments state are the library's values: each comment is rebuilt here from the
/// facts and must appear in README.md word for word, so a changed fact or a moved line fails this test.
/// </summary>
public class ReadmeValueTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Paths.RepoRoot, "README.md"));

    private static void Says(string comment) => Assert.True(Readme.Contains(comment, StringComparison.Ordinal), $"README.md should say: {comment}");

    [Fact]
    public void The_message_size_comment_states_the_fact()
        => Says($"// DataSize: {Sqs.MaxMessageSizeKb:#,0} KB = {Sqs.MaxMessageSize.Bytes:#,0} bytes");

    [Fact]
    public void The_retention_comment_states_the_range()
        => Says($"// Range<TimeSpan>: {Sqs.Retention}");

    [Fact]
    public void The_alarm_state_comment_states_the_spelling()
        => Says($"// \"{CloudWatch.AlarmState.InsufficientData.ToAwsName()}\"");

    [Fact]
    public void The_catalog_comment_states_where_the_fact_is_written()
    {
        var fact = FactCatalog.Get("sqs.max-message-size");
        Says($"// value, sentence, {fact.Source}, line {fact.Line}");
    }

    [Fact]
    public void The_bucket_comment_lists_every_error()
    {
        var result = S3.BucketNames.Validate("My_Bucket");
        Assert.True(result.Errors.Count > 1);
        foreach (var error in result.Errors)
        {
            Says("// " + error);
        }
    }

    [Fact]
    public void The_visibility_timeout_comment_is_the_message()
        => Says("// " + Sqs.VisibilityTimeout.Validate(TimeSpan.FromHours(13)).Errors.Single());

    [Fact]
    public void The_rule_comments_hold()
    {
        Assert.True(S3.BucketNames.IsValid("my-bucket".AsSpan()));
        Assert.True(Sqs.QueueNames.Validate("orders.fifo", fifo: true).IsValid);
        Says($"// {Sqs.QueueNames.MinLength}–{Sqs.QueueNames.MaxLength} characters");
        Assert.True(CloudWatchLogs.RetentionInDays.IsValid(30));
        Says($"// {string.Join(", ", CloudWatchLogs.RetentionValuesDays.Take(6))}, … {CloudWatchLogs.RetentionValuesDays.Last()} days");
        var type = Ec2.InstanceType.Parse("c6gn.2xlarge");
        Says($"// series {type.Series}, generation {type.Generation}, letters {type.Attributes}, size {type.Size}");
        Assert.True(Ec2.InstanceType.TryParse("m7i-flex.large", out var flex));
        Says($"// option \"{flex.Option}\"");
        Says($"// {Ec2.InstanceType.Parse("m5.xlarge").Category}:");
    }
}
