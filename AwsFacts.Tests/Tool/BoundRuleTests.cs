using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AwsFacts.Tool.Rules;

namespace AwsFacts.Tests.Tool;

/// <summary>
/// Every bound property the issue lists, with a good and a bad value of its own, written every way CloudFormation
/// reads a value — literal, numeric string, a parameter's Default, one of its AllowedValues, either branch of
/// Fn::If, the long forms of If and Ref — in YAML and in JSON. A bad value is one finding with the fact's id, at
/// the exact line and column of the value; a good one is none.
/// </summary>
public class BoundRuleTests
{
    /// <summary>Rule id, resource type, dotted property path, a good value, a bad value, whether the value is a number.</summary>
    internal static readonly (string Rule, string Type, string Path, string Good, string Bad, bool Numeric, Severity Severity)[] Rules =
    {
        ("sqs.visibility-timeout", "AWS::SQS::Queue", "VisibilityTimeout", "43200", "43201", true, Severity.Error),
        ("sqs.retention", "AWS::SQS::Queue", "MessageRetentionPeriod", "60", "59", true, Severity.Error),
        ("sqs.delay", "AWS::SQS::Queue", "DelaySeconds", "900", "901", true, Severity.Error),
        ("sqs.maximum-message-size-attribute", "AWS::SQS::Queue", "MaximumMessageSize", "1048576", "1048577", true, Severity.Error),
        ("sqs.receive-wait-time", "AWS::SQS::Queue", "ReceiveMessageWaitTimeSeconds", "20", "21", true, Severity.Error),
        ("cloud-watch-logs.retention-values-days", "AWS::Logs::LogGroup", "RetentionInDays", "3653", "45", true, Severity.Error),
        ("kinesis-data-streams.retention", "AWS::Kinesis::Stream", "RetentionPeriodHours", "8760", "8761", true, Severity.Error),
        ("firehose.buffer-interval", "AWS::KinesisFirehose::DeliveryStream", "ExtendedS3DestinationConfiguration.BufferingHints.IntervalInSeconds", "900", "901", true, Severity.Error),
        ("firehose.buffer-size", "AWS::KinesisFirehose::DeliveryStream", "S3DestinationConfiguration.BufferingHints.SizeInMBs", "128", "129", true, Severity.Error),
        ("firehose.buffer-size", "AWS::KinesisFirehose::DeliveryStream", "IcebergDestinationConfiguration.BufferingHints.SizeInMBs", "128", "129", true, Severity.Error),
        ("firehose.buffer-interval", "AWS::KinesisFirehose::DeliveryStream", "RedshiftDestinationConfiguration.S3Configuration.BufferingHints.IntervalInSeconds", "0", "901", true, Severity.Error),
        ("firehose.buffer-size", "AWS::KinesisFirehose::DeliveryStream", "SplunkDestinationConfiguration.S3Configuration.BufferingHints.SizeInMBs", "128", "129", true, Severity.Error),
        ("firehose.buffer-size", "AWS::KinesisFirehose::DeliveryStream", "ExtendedS3DestinationConfiguration.S3BackupConfiguration.BufferingHints.SizeInMBs", "1", "0", true, Severity.Error),
        ("firehose.http-endpoint-buffer-size", "AWS::KinesisFirehose::DeliveryStream", "HttpEndpointDestinationConfiguration.BufferingHints.SizeInMBs", "64", "65", true, Severity.Error),
        ("firehose.http-endpoint-buffer-interval", "AWS::KinesisFirehose::DeliveryStream", "HttpEndpointDestinationConfiguration.BufferingHints.IntervalInSeconds", "900", "901", true, Severity.Error),
        ("firehose.splunk-buffer-size", "AWS::KinesisFirehose::DeliveryStream", "SplunkDestinationConfiguration.BufferingHints.SizeInMBs", "5", "6", true, Severity.Error),
        ("firehose.splunk-buffer-interval", "AWS::KinesisFirehose::DeliveryStream", "SplunkDestinationConfiguration.BufferingHints.IntervalInSeconds", "60", "61", true, Severity.Error),
        ("firehose.open-search-buffer-size", "AWS::KinesisFirehose::DeliveryStream", "AmazonopensearchserviceDestinationConfiguration.BufferingHints.SizeInMBs", "100", "101", true, Severity.Error),
        ("firehose.open-search-buffer-interval", "AWS::KinesisFirehose::DeliveryStream", "AmazonopensearchserviceDestinationConfiguration.BufferingHints.IntervalInSeconds", "900", "901", true, Severity.Error),
        ("firehose.elasticsearch-buffer-size", "AWS::KinesisFirehose::DeliveryStream", "ElasticsearchDestinationConfiguration.BufferingHints.SizeInMBs", "100", "101", true, Severity.Error),
        ("firehose.elasticsearch-buffer-interval", "AWS::KinesisFirehose::DeliveryStream", "ElasticsearchDestinationConfiguration.BufferingHints.IntervalInSeconds", "900", "901", true, Severity.Error),
        ("firehose.open-search-serverless-buffer-size", "AWS::KinesisFirehose::DeliveryStream", "AmazonOpenSearchServerlessDestinationConfiguration.BufferingHints.SizeInMBs", "100", "101", true, Severity.Error),
        ("firehose.open-search-serverless-buffer-interval", "AWS::KinesisFirehose::DeliveryStream", "AmazonOpenSearchServerlessDestinationConfiguration.BufferingHints.IntervalInSeconds", "900", "901", true, Severity.Error),
        ("firehose.snowflake-buffer-size", "AWS::KinesisFirehose::DeliveryStream", "SnowflakeDestinationConfiguration.BufferingHints.SizeInMBs", "128", "129", true, Severity.Error),
        ("firehose.snowflake-buffer-interval", "AWS::KinesisFirehose::DeliveryStream", "SnowflakeDestinationConfiguration.BufferingHints.IntervalInSeconds", "900", "901", true, Severity.Error),
        ("ebs.volume-type", "AWS::EC2::Volume", "VolumeType", "gp3", "gp4", false, Severity.Error),
        ("ecs.fargate-ephemeral-storage", "AWS::ECS::TaskDefinition", "EphemeralStorage.SizeInGiB", "200", "201", true, Severity.Error),
        ("cloud-watch.high-resolution-alarm-periods-seconds", "AWS::CloudWatch::Alarm", "Period", "20", "45", true, Severity.Error),
        ("cloud-watch.high-resolution-alarm-periods-seconds", "AWS::CloudWatch::Alarm", "Period", "86400", "90", true, Severity.Error),
        ("lambda.memory-size", "AWS::Lambda::Function", "MemorySize", "10240", "10241", true, Severity.Error),
        ("lambda.timeout", "AWS::Lambda::Function", "Timeout", "900", "901", true, Severity.Error),
        ("lambda.ephemeral-storage", "AWS::Lambda::Function", "EphemeralStorage.Size", "512", "511", true, Severity.Error),
        ("iam.max-session-duration", "AWS::IAM::Role", "MaxSessionDuration", "43200", "43201", true, Severity.Error),
        ("api-gateway.rest-api.integration-timeout-quota", "AWS::ApiGateway::Method", "Integration.TimeoutInMillis", "29000", "29001", true, Severity.Warning),
    };

    public enum Form
    {
        Literal,
        NumericString,
        ParameterDefault,
        ParameterAllowedValue,
        IfFirstBranch,
        IfSecondBranch,
        LongFormIf,
        LongFormRef,
    }

    public static IEnumerable<object[]> Cases()
        => from index in Enumerable.Range(0, Rules.Length)
           from form in Enum.GetValues<Form>()
           from json in new[] { false, true }
           select new object[] { index, form, json };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_value_is_one_finding_at_the_value_and_a_good_one_none(int rule, Form form, bool json)
    {
        var (id, type, path, good, bad, numeric, severity) = Rules[rule];
        var name = json ? "template.json" : "template.yaml";

        var badTemplate = Template(json, form, type, path, bad, good, numeric);
        var findings = ToolHarness.Lint(badTemplate, name);
        var finding = Assert.Single(findings);
        Assert.Equal(id, finding.Rule);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(ToolHarness.PositionOf(badTemplate, bad), (finding.Line, finding.Column));
        Assert.Equal("R", finding.Resource);
        Assert.Equal(path, finding.Property);
        Assert.Contains(path, finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.Fact!.Source, finding.Message, StringComparison.Ordinal);

        var goodTemplate = Template(json, form, type, path, good, good, numeric);
        Assert.True(ToolHarness.Lint(goodTemplate, name).Count == 0, ToolHarness.Describe(ToolHarness.Lint(goodTemplate, name)) + "\n" + goodTemplate);
    }

    /// <summary>Each Firehose destination has its own buffering hints: the finding names that destination's limit, not the S3 one.</summary>
    [Theory]
    [InlineData("HttpEndpointDestinationConfiguration.BufferingHints.SizeInMBs", "65", "1–64 MiB")]
    [InlineData("SplunkDestinationConfiguration.BufferingHints.SizeInMBs", "6", "1–5 MiB")]
    [InlineData("SplunkDestinationConfiguration.BufferingHints.IntervalInSeconds", "61", "0–60 s")]
    [InlineData("AmazonopensearchserviceDestinationConfiguration.BufferingHints.SizeInMBs", "101", "1–100 MiB")]
    [InlineData("ElasticsearchDestinationConfiguration.BufferingHints.SizeInMBs", "101", "1–100 MiB")]
    [InlineData("AmazonOpenSearchServerlessDestinationConfiguration.BufferingHints.SizeInMBs", "101", "1–100 MiB")]
    [InlineData("SnowflakeDestinationConfiguration.BufferingHints.IntervalInSeconds", "901", "0–900 s")]
    [InlineData("SplunkDestinationConfiguration.S3Configuration.BufferingHints.SizeInMBs", "129", "1–128 MiB")]
    [InlineData("IcebergDestinationConfiguration.BufferingHints.SizeInMBs", "129", "1–128 MiB")]
    public void A_firehose_destination_is_checked_against_its_own_buffering_hints(string path, string bad, string allowed)
    {
        foreach (var json in new[] { false, true })
        {
            var template = Template(json, Form.Literal, "AWS::KinesisFirehose::DeliveryStream", path, bad, bad, numeric: true);
            var finding = Assert.Single(ToolHarness.Lint(template, json ? "t.json" : "t.yaml"));
            Assert.Contains($"is outside {allowed}", finding.Message, StringComparison.Ordinal);
            Assert.Equal(ToolHarness.PositionOf(template, bad), (finding.Line, finding.Column));
        }
    }

    /// <summary>A template with one resource R whose property <paramref name="path"/> takes <paramref name="value"/> in the given form.</summary>
    internal static string Template(bool json, Form form, string type, string path, string value, string other, bool numeric)
        => json ? Json(form, type, path, value, other, numeric) : Yaml(form, type, path, value, other);

    private static string Yaml(Form form, string type, string path, string value, string other)
    {
        var text = new StringBuilder();
        if (form is Form.ParameterDefault or Form.ParameterAllowedValue or Form.LongFormRef)
        {
            text.Append("Parameters:\n  P:\n    Type: String\n");
            text.Append(form == Form.ParameterAllowedValue ? $"    Default: {other}\n    AllowedValues: [{other}, {value}]\n" : $"    Default: {value}\n");
        }

        text.Append("Conditions:\n  C: !Equals [a, b]\nResources:\n  R:\n    Type: ").Append(type).Append("\n    Properties:\n");
        var keys = path.Split('.');
        for (var i = 0; i < keys.Length; i++)
        {
            text.Append(' ', 6 + (2 * i)).Append(keys[i]).Append(':');
            text.Append(i < keys.Length - 1 ? "\n" : " " + YamlValue(form, value, other) + "\n");
        }

        return text.ToString();
    }

    private static string YamlValue(Form form, string value, string other) => form switch
    {
        Form.Literal => value,
        Form.NumericString => $"'{value}'",
        Form.ParameterDefault or Form.ParameterAllowedValue => "!Ref P",
        Form.IfFirstBranch => $"!If [C, {value}, {other}]",
        Form.IfSecondBranch => $"!If [C, {other}, {value}]",
        Form.LongFormIf => $"{{ \"Fn::If\": [C, {other}, {value}] }}",
        _ => "{ Ref: P }",
    };

    private static string Json(Form form, string type, string path, string value, string other, bool numeric)
    {
        string Literal(string v) => numeric && form != Form.NumericString ? v : $"\"{v}\"";
        var text = new StringBuilder("{\n");
        if (form is Form.ParameterDefault or Form.ParameterAllowedValue or Form.LongFormRef)
        {
            text.Append("  \"Parameters\": {\n    \"P\": {\n      \"Type\": \"").Append(numeric ? "Number" : "String").Append("\",\n");
            text.Append(form == Form.ParameterAllowedValue
                ? $"      \"Default\": {Literal(other)},\n      \"AllowedValues\": [{Literal(other)}, {Literal(value)}]\n"
                : $"      \"Default\": {Literal(value)}\n");
            text.Append("    }\n  },\n");
        }

        text.Append("  \"Conditions\": { \"C\": { \"Fn::Equals\": [\"a\", \"b\"] } },\n");
        text.Append("  \"Resources\": {\n    \"R\": {\n      \"Type\": \"").Append(type).Append("\",\n      \"Properties\": ");
        var expression = form switch
        {
            Form.Literal or Form.NumericString => Literal(value),
            Form.ParameterDefault or Form.ParameterAllowedValue or Form.LongFormRef => "{ \"Ref\": \"P\" }",
            Form.IfFirstBranch => $"{{ \"Fn::If\": [\"C\", {Literal(value)}, {Literal(other)}] }}",
            _ => $"{{ \"Fn::If\": [\"C\", {Literal(other)}, {Literal(value)}] }}",
        };
        var keys = path.Split('.');
        text.Append(string.Concat(keys.Select(k => $"{{\n        \"{k}\": "))).Append(expression).Append(new string('}', keys.Length)).Append('\n');
        text.Append("    }\n  }\n}\n");
        return text.ToString();
    }
}
