using System.Collections.Generic;
using System.Linq;

namespace AwsFacts.Tests.Validation;

/// <summary>SQS queue attributes as the API takes them: names and string values, checked through the facts' bindings.</summary>
public class QueueAttributeTests
{
    private static ValidationResult Check(params (string Name, string Value)[] attributes)
        => Sqs.QueueAttributes.Validate(attributes.ToDictionary(a => a.Name, a => a.Value));

    [Fact]
    public void Attributes_within_their_limits_are_valid()
    {
        var result = Check(("VisibilityTimeout", "43200"), ("MessageRetentionPeriod", "60"), ("DelaySeconds", "0"),
            ("MaximumMessageSize", "1048576"), ("ReceiveMessageWaitTimeSeconds", "20"));
        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("VisibilityTimeout", "50000", "sqs.visibility-timeout", "VisibilityTimeout must be from 0 to 43,200 seconds; 50,000 is outside.")]
    [InlineData("MessageRetentionPeriod", "59", "sqs.retention", "MessageRetentionPeriod must be from 60 to 1,209,600 seconds; 59 is outside.")]
    [InlineData("DelaySeconds", "901", "sqs.delay", "DelaySeconds must be from 0 to 900 seconds; 901 is outside.")]
    [InlineData("MaximumMessageSize", "1048577", "sqs.maximum-message-size-attribute", "MaximumMessageSize must be from 1,024 to 1,048,576 bytes; 1,048,577 is outside.")]
    [InlineData("ReceiveMessageWaitTimeSeconds", "21", "sqs.receive-wait-time", "ReceiveMessageWaitTimeSeconds must be from 0 to 20 seconds; 21 is outside.")]
    public void An_attribute_out_of_its_limits_is_reported_by_its_aws_name_and_fact(string name, string value, string rule, string message)
    {
        var error = Assert.Single(Check((name, value)).Errors);
        Assert.Equal(rule, error.RuleId);
        Assert.StartsWith(message, error.Message, System.StringComparison.Ordinal);
        Assert.Contains("(notes/messaging.md, line ", error.Message, System.StringComparison.Ordinal);
        Assert.Equal(rule, error.Fact?.Id);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData(null)]
    public void A_value_that_is_not_a_whole_number_is_an_error_not_an_exception(string? value)
    {
        var error = Assert.Single(Sqs.QueueAttributes.Validate(new Dictionary<string, string> { ["VisibilityTimeout"] = value! }).Errors);
        Assert.Contains("VisibilityTimeout must be a whole number of seconds", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_without_a_fact_is_a_warning()
    {
        var result = Check(("KmsMasterKeyId", "alias/aws/sqs"), ("DelaySeconds", "5"));
        Assert.True(result.IsValid);
        Assert.Contains("KmsMasterKeyId", Assert.Single(result.Warnings).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void No_attributes_and_null_are_valid()
    {
        Assert.True(Sqs.QueueAttributes.Validate(null).IsValid);
        Assert.True(Sqs.QueueAttributes.IsValid(new Dictionary<string, string>()));
    }

    [Fact]
    public void The_redrive_policy_is_read_as_json_and_its_max_receive_count_checked()
    {
        Assert.True(Check(("RedrivePolicy", "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-2:111122224444:dlq\",\"maxReceiveCount\":\"5\"}")).IsValid);
        Assert.True(Check(("RedrivePolicy", "{\"maxReceiveCount\": 4}")).IsValid);
        var error = Assert.Single(Check(("RedrivePolicy", "{\"maxReceiveCount\":\"five\"}")).Errors);
        Assert.Contains("maxReceiveCount must be a whole number", error.Message, System.StringComparison.Ordinal);
        Assert.Equal("sqs.max-receive-count-default", error.RuleId);
        Assert.Contains("RedrivePolicy must be a JSON object", Assert.Single(Check(("RedrivePolicy", "maxReceiveCount=5")).Errors).Message, System.StringComparison.Ordinal);
        Assert.Empty(Check(("RedrivePolicy", "{}")).Warnings);
    }
}
