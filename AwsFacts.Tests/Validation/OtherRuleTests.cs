using System;
using System.Linq;

namespace AwsFacts.Tests.Validation;

/// <summary>Queue names, ranges, log retention and CloudFormation resource types.</summary>
public class OtherRuleTests
{
    [Theory]
    [InlineData("orders", false, true)]
    [InlineData("orders-2024_v1", false, true)]
    [InlineData("Orders", false, true)]
    [InlineData("orders.fifo", true, true)]
    [InlineData("orders", true, false)]
    [InlineData("orders.fifo", false, false)]
    [InlineData("orders.v1", false, false)]
    [InlineData("or ders", false, false)]
    [InlineData("", false, false)]
    [InlineData(".fifo", true, true)]
    public void Queue_names(string name, bool fifo, bool valid)
    {
        Assert.Equal(valid, Sqs.QueueNames.Validate(name, fifo).IsValid);
        Assert.Equal(valid, Sqs.QueueNames.IsValid(name.AsSpan(), fifo));
    }

    [Fact]
    public void Queue_names_of_80_characters_pass_with_and_without_the_fifo_suffix_and_81_fail()
    {
        var standard = new string('q', 80);
        var fifo = new string('q', 75) + ".fifo";
        Assert.True(Sqs.QueueNames.IsValid(standard, fifo: false));
        Assert.True(Sqs.QueueNames.IsValid(fifo, fifo: true));
        Assert.False(Sqs.QueueNames.IsValid(standard + "q", fifo: false));
        Assert.False(Sqs.QueueNames.IsValid("q" + fifo, fifo: true));
        var error = Sqs.QueueNames.Validate("q" + fifo, fifo: true).Errors.Single();
        Assert.Equal("sqs.queue-names.length", error.RuleId);
        Assert.Contains("1–80 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("notes/messaging.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifo_rules_name_the_suffix()
    {
        Assert.Equal("sqs.queue-names.fifo-suffix", Sqs.QueueNames.Validate("orders", fifo: true).Errors.Single().RuleId);
        Assert.Equal("sqs.queue-names.standard-suffix", Sqs.QueueNames.Validate("orders.fifo", fifo: false).Errors.Single(e => e.RuleId.EndsWith("suffix", StringComparison.Ordinal)).RuleId);
        Assert.Throws<ValidationException>(() => Sqs.QueueNames.ThrowIfInvalid(null, fifo: false));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(43200, true)]
    [InlineData(43201, false)]
    [InlineData(-1, false)]
    public void Range_facts_validate_and_name_themselves(int seconds, bool valid)
    {
        var result = Sqs.VisibilityTimeout.Validate(TimeSpan.FromSeconds(seconds));

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var error = result.Errors.Single();
            Assert.Equal("sqs.visibility-timeout", error.RuleId);
            Assert.Contains("VisibilityTimeout must be from 0 s to 43,200 s", error.Message, StringComparison.Ordinal);
            Assert.Contains("notes/messaging.md, line", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_range_named_by_the_issue_validates()
    {
        Assert.True(Sqs.Delay.Validate(TimeSpan.FromSeconds(900)).IsValid);
        Assert.False(Sqs.Delay.Validate(TimeSpan.FromSeconds(901)).IsValid);
        Assert.False(Sqs.Retention.Validate(TimeSpan.FromSeconds(59)).IsValid);
        Assert.True(Sqs.ReceiveWaitTime.Validate(TimeSpan.Zero).IsValid);
        Assert.False(Sqs.ReceiveWaitTime.Validate(TimeSpan.FromSeconds(21)).IsValid);
        Assert.True(Firehose.BufferInterval.Validate(TimeSpan.Zero).IsValid);
        Assert.False(Firehose.BufferSize.Validate(DataSize.FromMegabytes(129)).IsValid);
        Assert.False(Ecs.FargateEphemeralStorage.Validate(DataSize.FromGigabytes(20)).IsValid);
        Assert.True(Ecs.FargateEphemeralStorage.Validate(DataSize.FromGigabytes(21)).IsValid);
        Assert.Contains("SizeInMBs must be from 1 MB to 128 MB", Firehose.BufferSize.Validate(DataSize.FromMegabytes(129)).Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_that_is_no_fact_still_validates()
        => Assert.Equal("range", new Range<int>(1, 2).Validate(3).Errors.Single().RuleId);

    [Theory]
    [InlineData(1, true)]
    [InlineData(3653, true)]
    [InlineData(400, true)]
    [InlineData(2, false)]
    [InlineData(0, false)]
    [InlineData(3654, false)]
    public void Log_retention_takes_only_the_allowed_days(int days, bool valid)
    {
        Assert.Equal(valid, CloudWatchLogs.RetentionInDays.IsValid(days));
        Assert.Equal(valid, CloudWatchLogs.RetentionInDays.Validate(days).IsValid);
    }

    [Fact]
    public void Log_retention_errors_list_the_allowed_values()
    {
        var error = CloudWatchLogs.RetentionInDays.Validate(2).Errors.Single();
        Assert.StartsWith("RetentionInDays must be one of 1, 3, 5, 7, 14", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, CloudWatchLogs.RetentionInDays.Next(2));
        Assert.Null(CloudWatchLogs.RetentionInDays.Next(4000));
    }

    [Theory]
    [InlineData("AWS::S3::Bucket", true)]
    [InlineData("AWS::EC2::Instance", true)]
    [InlineData("AWS::ElasticLoadBalancingV2::LoadBalancer", true)]
    [InlineData("Custom::MyCustomResourceTypeName", true)]
    [InlineData("Custom::My_Resource@v1-2", true)]
    [InlineData("AWS::S3", false)]
    [InlineData("AWS::S3::Bucket::Policy", false)]
    [InlineData("Initech::TPS::Report", true)]
    [InlineData("Some::IAM::Role::MODULE", true)]
    [InlineData("AWS::Serverless::Function", true)]
    [InlineData("MyCompany::Testing::MyTestHook", true)]
    [InlineData("Initech::TPS::Report::Module", false)]
    [InlineData("Initech::TPS::Report::MODULE::MODULE", false)]
    [InlineData("::TPS::Report", false)]
    [InlineData("custom::Foo::Bar", false)]
    [InlineData("aws::s3::bucket", false)]
    [InlineData("AWS::S3::", false)]
    [InlineData("AWS::3D::Thing", false)]
    [InlineData("Custom::", false)]
    [InlineData("Custom::Bad Name", false)]
    [InlineData("Alexa::ASK::Skill", true)]
    [InlineData("", false)]
    public void CloudFormation_resource_types(string type, bool valid)
    {
        Assert.Equal(valid, CloudFormation.ResourceTypes.Validate(type).IsValid);
        Assert.Equal(valid, CloudFormation.ResourceTypes.IsValid(type.AsSpan()));
    }

    [Fact]
    public void Custom_resource_types_are_at_most_60_characters()
    {
        var sixty = "Custom::" + new string('a', 52);
        Assert.True(CloudFormation.ResourceTypes.IsValid(sixty));
        Assert.False(CloudFormation.ResourceTypes.IsValid(sixty + "a"));
        Assert.Equal("cloud-formation.custom-resource-types.length", CloudFormation.ResourceTypes.Validate(sixty + "a").Errors.Single().RuleId);
        Assert.Null(CloudFormation.ResourceTypes.Validate(null).Subject);
    }
}

/// <summary>The span fast paths allocate nothing: counted with the runtime's allocation counter, not timed.</summary>
public class AllocationTests
{
    [Fact]
    public void IsValid_fast_paths_allocate_nothing()
    {
        var rules = Validators.All.ToArray();
        var names = new[] { "m7i-flex.large", "u-6tb1.metal", "c6gn.metal-24xl", "x.y", "my-bucket", "Bad_Name", "192.168.5.4", "xn--bucket", "bucket--ol-s3", "orders.fifo", "AWS::S3::Bucket", "Custom::X" };
        bool Run()
        {
            var any = false;
            foreach (var name in names)
            {
                any ^= S3.BucketNames.IsValid(name.AsSpan());
                any ^= Sqs.QueueNames.IsValid(name.AsSpan(), fifo: true);
                any ^= CloudFormation.ResourceTypes.IsValid(name.AsSpan());
                any ^= CloudWatchLogs.RetentionInDays.IsValid(name.Length);
                foreach (var rule in rules)
                {
                    any ^= rule.IsValid(name.AsSpan());
                }
            }

            return any;
        }

        // Static initialisation happens once, on first use; the runtime's tiered compilation may allocate on this
        // thread while it swaps in optimised code. What is measured is the steady state: the least of a few batches.
        for (var i = 0; i < 2000; i++)
        {
            Run();
        }

        var least = long.MaxValue;
        for (var batch = 0; batch < 5 && least > 0; batch++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                Run();
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
    }
}
