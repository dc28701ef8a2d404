using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsFacts.Tool.Validation
{
    /// <summary>A named validation rule of the library: what <c>awsfacts validate</c> runs and what lint runs on the properties in <see cref="Targets"/>.</summary>
    internal sealed record ToolValidator(string Name, string Description, IReadOnlyList<string> Targets, Func<string?, ValidationResult> Validate);

    /// <summary>
    /// The one place the tool meets the library's validators: the registry (<see cref="Validators"/>), with the
    /// CloudFormation properties each rule checks, all of them from its facts' bindings.
    /// </summary>
    internal static class ToolValidators
    {
        public const string ResourceType = "cfn-resource-type";
        public const string SqsQueueName = "sqs-queue-name";

        public static IReadOnlyList<ToolValidator> All { get; } = Validators.All
            .Select(v => new ToolValidator(v.Name, v.Description, CloudFormationTargets(v), v.Validate))
            .ToArray();

        public static ToolValidator? Find(string name)
            => All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>The validators of one property, as its binding names it: <c>AWS::S3::Bucket.BucketName</c>.</summary>
        public static IEnumerable<ToolValidator> ForTarget(string target)
            => All.Where(v => v.Targets.Contains(target, StringComparer.Ordinal));

        /// <summary>An SQS queue name for a FIFO queue (<paramref name="fifo"/>) or a standard one.</summary>
        public static ValidationResult ValidateQueueName(string? name, bool fifo) => Sqs.QueueNames.Validate(name, fifo);

        // API targets (sqs:QueueName) have no colon pair; CloudFormation ones name a resource type (AWS::S3::Bucket.BucketName).
        private static IReadOnlyList<string> CloudFormationTargets(Validator validator)
            => validator.Targets.Where(t => t.IndexOf("::", StringComparison.Ordinal) >= 0).ToArray();
    }
}
