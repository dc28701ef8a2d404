using System;
using System.Collections.Generic;

namespace AwsFacts.Tests.Library;

/// <summary>The small things users tripped on (issue #13 item 6): enum extension methods, Parse, sibling lookups, unknown ids.</summary>
public class SmallApiTests
{
    [Fact]
    public void Enum_values_have_their_aws_spelling_as_an_extension_method()
    {
        Assert.Equal("INSUFFICIENT_DATA", CloudWatch.AlarmState.InsufficientData.ToAwsName());
        Assert.Equal(CloudWatch.AlarmStates.ToAwsName(CloudWatch.AlarmState.Ok), CloudWatch.AlarmState.Ok.ToAwsName());
    }

    [Fact]
    public void Parse_reads_an_aws_spelling_and_names_the_valid_ones_when_it_cannot()
    {
        Assert.Equal(CloudWatch.AlarmState.Alarm, CloudWatch.AlarmStates.Parse("ALARM"));
        var error = Assert.Throws<FormatException>(() => CloudWatch.AlarmStates.Parse("alarm"));
        Assert.Contains("OK, INSUFFICIENT_DATA, ALARM", error.Message, StringComparison.Ordinal);
        Assert.True(CloudWatch.AlarmStates.TryParse("OK", out var ok) && ok == CloudWatch.AlarmState.Ok);
    }

    [Theory]
    [InlineData("Sqs.VisibilityTimeout", "sqs.visibility-timeout")]
    [InlineData("Sqs.VisibilityTimeoutMaxSeconds", "sqs.visibility-timeout")]
    [InlineData("Sqs.VisibilityTimeoutDefaultSeconds", "sqs.visibility-timeout")]
    [InlineData("Sqs.MaxMessageSizeKb", "sqs.max-message-size")]
    [InlineData("Sqs.QueueNames.MaxLength", "sqs.queue-names.length")]
    public void A_fact_is_found_from_any_of_its_members(string member, string id)
        => Assert.Equal(id, FactCatalog.FindByMember(member)?.Id);

    [Theory]
    [InlineData("Sqs.VisibilityTimeoutBanana")]
    [InlineData("Sqs.NoSuchThing")]
    [InlineData("")]
    public void A_member_that_is_no_fact_finds_nothing(string member) => Assert.Null(FactCatalog.FindByMember(member));

    [Fact]
    public void An_unknown_id_names_the_closest_ids()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => FactCatalog.Get("sqs.visibilty-timeout"));
        Assert.Contains("sqs.visibility-timeout", error.Message, StringComparison.Ordinal);
        Assert.Equal("sqs.visibility-timeout", FactCatalog.Closest("sqs.visibilty-timeout", 1)[0]);
    }
}
