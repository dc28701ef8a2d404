using System;
using System.Linq;
using System.Text;
using AwsFacts.Tool.Lint;
using AwsFacts.Tool.Rules;

namespace AwsFacts.Tests.Tool;

/// <summary>Lint rules come from the catalog's bindings: the listed properties are covered, and a new bound fact is a new rule without code.</summary>
public class RuleCatalogTests
{
    [Theory]
    [InlineData("AWS::SQS::Queue", "VisibilityTimeout")]
    [InlineData("AWS::SQS::Queue", "MessageRetentionPeriod")]
    [InlineData("AWS::SQS::Queue", "DelaySeconds")]
    [InlineData("AWS::SQS::Queue", "MaximumMessageSize")]
    [InlineData("AWS::SQS::Queue", "ReceiveMessageWaitTimeSeconds")]
    [InlineData("AWS::SQS::Queue", "QueueName")]
    [InlineData("AWS::S3::Bucket", "BucketName")]
    [InlineData("AWS::Logs::LogGroup", "RetentionInDays")]
    [InlineData("AWS::Kinesis::Stream", "RetentionPeriodHours")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "ExtendedS3DestinationConfiguration.BufferingHints.IntervalInSeconds")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "S3DestinationConfiguration.BufferingHints.SizeInMBs")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "HttpEndpointDestinationConfiguration.BufferingHints.SizeInMBs")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "HttpEndpointDestinationConfiguration.BufferingHints.IntervalInSeconds")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "SplunkDestinationConfiguration.BufferingHints.SizeInMBs")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "SplunkDestinationConfiguration.BufferingHints.IntervalInSeconds")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "AmazonopensearchserviceDestinationConfiguration.BufferingHints.SizeInMBs")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "AmazonopensearchserviceDestinationConfiguration.BufferingHints.IntervalInSeconds")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "ElasticsearchDestinationConfiguration.BufferingHints.SizeInMBs")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "ElasticsearchDestinationConfiguration.BufferingHints.IntervalInSeconds")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "AmazonOpenSearchServerlessDestinationConfiguration.BufferingHints.SizeInMBs")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "AmazonOpenSearchServerlessDestinationConfiguration.BufferingHints.IntervalInSeconds")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "SnowflakeDestinationConfiguration.BufferingHints.SizeInMBs")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "SnowflakeDestinationConfiguration.BufferingHints.IntervalInSeconds")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "IcebergDestinationConfiguration.BufferingHints.SizeInMBs")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "IcebergDestinationConfiguration.BufferingHints.IntervalInSeconds")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "RedshiftDestinationConfiguration.S3Configuration.BufferingHints.SizeInMBs")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "RedshiftDestinationConfiguration.S3Configuration.BufferingHints.IntervalInSeconds")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "RedshiftDestinationConfiguration.S3BackupConfiguration.BufferingHints.SizeInMBs")]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", "RedshiftDestinationConfiguration.S3BackupConfiguration.BufferingHints.IntervalInSeconds")]
    [InlineData("AWS::SNS::Topic", "TopicName")]
    [InlineData("AWS::IAM::User", "UserName")]
    [InlineData("AWS::EC2::Volume", "VolumeType")]
    [InlineData("AWS::EC2::Instance", "InstanceType")]
    [InlineData("AWS::EC2::LaunchTemplate", "LaunchTemplateData.InstanceType")]
    [InlineData("AWS::ECS::TaskDefinition", "ContainerDefinitions")]
    [InlineData("AWS::ECS::TaskDefinition", "EphemeralStorage.SizeInGiB")]
    [InlineData("AWS::CloudWatch::Alarm", "Period")]
    [InlineData("AWS::Lambda::Function", "MemorySize")]
    [InlineData("AWS::Lambda::Function", "Timeout")]
    [InlineData("AWS::Lambda::Function", "EphemeralStorage.Size")]
    public void Every_listed_property_has_a_check(string type, string path)
        => Assert.Contains(TemplateLinter.Default.Checks, c => c.AppliesTo(type, path));

    [Fact]
    public void Every_bound_fact_that_is_not_checked_has_a_reason()
    {
        var checkedFacts = TemplateLinter.Default.Checks.SelectMany(c => c.Facts).Select(f => f.Id).ToHashSet();
        var byValidator = TemplateLinter.Default.Checks.OfType<ValidatorCheck>().Select(c => c.Binding.Name)
            .Concat(TemplateLinter.Default.Checks.OfType<SqsQueueNameCheck>().Select(c => c.Binding.Name)).ToHashSet();
        var unexplained = FactCatalog.All
            .Where(f => f.Bindings.Any(b => b.Kind == FactBindingKind.CloudFormation && !byValidator.Contains(b.Name)))
            .Where(f => !checkedFacts.Contains(f.Id))
            .Where(f => f.Kind is not (FactKind.DefaultSetting or FactKind.Typical))
            .Where(f => f.Value is not string)                                   // a character set or suffix alone checks nothing
            .Where(f => !f.Id.Split('.', '-').Contains("min"))                   // minimums may hold for one variant only (ALB, not NLB)
            .Where(f => !(f.Kind == FactKind.Value && f.Value is int))           // a plain number (a port, a count of instances) is no limit
            .Where(f => !(f.Value is Range<TimeSpan> && f.Bindings.All(b => b.Unit.Length == 0))) // a duration written as text (rate(5 minutes))
            .Select(f => f.Id)
            .ToList();
        Assert.True(unexplained.Count == 0, "Bound facts without a check or a reason: " + string.Join(", ", unexplained));
    }

    [Fact]
    public void A_new_bound_fact_is_a_new_rule_without_code()
    {
        var fact = new Fact("widgets.size", "Widgets.Size", new Range<DataSize>(DataSize.FromGigabytes(1), DataSize.FromGigabytes(16)), "GiB", "1–16 GiB",
            "Widget size: 1–16 GiB", "notes/widgets.md", 3, false, "Widget API", "2026-11", FactKind.HardLimit,
            new[] { new FactBinding(FactBindingKind.CloudFormation, "Acme::Widget::Thing", "*.Size", "MiB") });
        var linter = new TemplateLinter(new[] { fact });

        var template = "Resources:\n  W:\n    Type: Acme::Widget::Thing\n    Properties:\n      Primary: { Size: 20000 }\n      Spare: { Size: 1024 }\n";
        var finding = Assert.Single(linter.Lint("t.yaml", Encoding.UTF8.GetBytes(template)).Findings);
        Assert.Equal(("widgets.size", 5, 24, "Primary.Size"), (finding.Rule, finding.Line, finding.Column, finding.Property));
        Assert.Contains("1,024–16,384 MiB", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_settings_and_minimums_make_no_rule()
    {
        var binding = new[] { new FactBinding(FactBindingKind.CloudFormation, "Acme::Widget::Thing", "Count", string.Empty) };
        var facts = new[]
        {
            new Fact("widgets.count-default", "Widgets.CountDefault", 10, "", "10", "Count: 10 by default", "notes/widgets.md", 4, false, "", "", FactKind.DefaultSetting, binding),
            new Fact("widgets.min-count", "Widgets.MinCount", 2, "", "at least 2", "Count: at least 2", "notes/widgets.md", 5, false, "", "", FactKind.HardLimit, binding),
        };
        Assert.DoesNotContain(new TemplateLinter(facts).Checks, c => c is not ValidatorCheck and not SqsQueueNameCheck);
    }
}
