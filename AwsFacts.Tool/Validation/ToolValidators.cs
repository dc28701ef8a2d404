using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AwsFacts.Tool.Validation
{
    /// <summary>A named validation rule of the library: what <c>awsfacts validate</c> runs and what lint runs on the properties in <see cref="Targets"/>.</summary>
    internal sealed record ToolValidator(string Name, string Description, IReadOnlyList<string> Targets, Func<string?, ValidationResult> Validate);

    /// <summary>
    /// The one place the tool meets the library's validators. It lists them by name until the library has a
    /// registry of its own (<c>AwsFacts.Validators</c>); then this file only adapts that registry.
    /// </summary>
    internal static class ToolValidators
    {
        public const string ResourceType = "cfn-resource-type";
        public const string SqsQueueName = "sqs-queue-name";

        public static IReadOnlyList<ToolValidator> All { get; } = new[]
        {
            new ToolValidator("s3-bucket-name", "S3 bucket names: length, characters, reserved prefixes and suffixes.",
                new[] { "AWS::S3::Bucket.BucketName" }, name => S3.BucketNames.Validate(name)),
            new ToolValidator(SqsQueueName, "SQS queue names: length, characters, '.fifo' exactly for FIFO queues (--fifo).",
                new[] { "AWS::SQS::Queue.QueueName" }, name => Sqs.QueueNames.Validate(name, fifo: false)),
            new ToolValidator("logs-retention", "CloudWatch Logs retention in days: only the values AWS lists.",
                Array.Empty<string>(), ValidateRetention),
            new ToolValidator(ResourceType, "CloudFormation resource type names: AWS::, Custom::, third-party, ::MODULE.",
                Array.Empty<string>(), type => CloudFormation.ValidateResourceType(type)),
            new ToolValidator("ec2-instance-type", "EC2 instance type names that parse: family, generation, options, size.",
                new[] { "AWS::EC2::Instance.InstanceType", "AWS::EC2::LaunchTemplate.LaunchTemplateData.InstanceType" },
                name => Ec2.InstanceType.Validate(name)),
        };

        public static ToolValidator? Find(string name)
            => All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>The validators of one property, as its binding names it: <c>AWS::S3::Bucket.BucketName</c>.</summary>
        public static IEnumerable<ToolValidator> ForTarget(string target)
            => All.Where(v => v.Targets.Contains(target, StringComparer.Ordinal));

        /// <summary>An SQS queue name for a FIFO queue (<paramref name="fifo"/>) or a standard one.</summary>
        public static ValidationResult ValidateQueueName(string? name, bool fifo) => Sqs.QueueNames.Validate(name, fifo);

        private static ValidationResult ValidateRetention(string? days)
            => int.TryParse(days, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? CloudWatchLogs.ValidateRetention(value)
                : new ValidationResult(days, new[] { new ValidationError("cloud-watch-logs.retention-values-days", $"'{days}' is not a whole number of days.", null, FactCatalog.Find("cloud-watch-logs.retention-values-days")) });
    }
}
