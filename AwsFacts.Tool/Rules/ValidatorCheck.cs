using System.Collections.Generic;
using System.Linq;
using AwsFacts.Tool.Resolve;
using AwsFacts.Tool.Validation;

namespace AwsFacts.Tool.Rules
{
    /// <summary>A named validator of the library on the property it targets (a bucket name, an instance type); each of its errors is a finding.</summary>
    internal sealed class ValidatorCheck : PropertyCheck
    {
        private readonly ToolValidator _validator;

        public ValidatorCheck(FactBinding binding, ToolValidator validator)
            : base(binding) => _validator = validator;

        public override IEnumerable<Violation> Check(PropertyValue value, ResourceContext resource)
            => value.IsListItem || Scalar(value) is not { } scalar
                ? Enumerable.Empty<Violation>()
                : Findings(_validator.Validate(scalar.Value), value, scalar);

        // The library's messages name AWS's setting (BucketName may contain only …); the finding adds the value.
        internal static IEnumerable<Violation> Findings(ValidationResult result, PropertyValue value, Templates.ScalarNode scalar)
            => result.Errors.Select(e => new Violation(e.RuleId, Severity.Error, $"'{scalar.Value}'{Via(value)}: {e.Message}", e.Fact, scalar.Position));

        /// <summary>The binding a validator's target names: <c>AWS::S3::Bucket.BucketName</c> → type and property path.</summary>
        public static FactBinding BindingOf(string target)
        {
            var dot = target.IndexOf('.');
            return new FactBinding(FactBindingKind.CloudFormation, dot < 0 ? target : target.Substring(0, dot), dot < 0 ? string.Empty : target.Substring(dot + 1), string.Empty);
        }
    }

    /// <summary>
    /// An SQS queue's name against its own kind: <c>.fifo</c> exactly when <c>FifoQueue</c> is true. When the kind
    /// is unknown (a condition, a parameter without one value), only what is wrong for both kinds is reported.
    /// </summary>
    internal sealed class SqsQueueNameCheck : PropertyCheck
    {
        public SqsQueueNameCheck()
            : base(ValidatorCheck.BindingOf("AWS::SQS::Queue.QueueName"))
        {
        }

        public override IEnumerable<Violation> Check(PropertyValue value, ResourceContext resource)
        {
            if (value.IsListItem || Scalar(value) is not { } scalar)
            {
                return Enumerable.Empty<Violation>();
            }

            var fifo = resource.Properties["FifoQueue"] is { } node ? resource.Resolver.Single(node)?.Trim().ToLowerInvariant() : "false";
            if (fifo is "true" or "false")
            {
                return ValidatorCheck.Findings(ToolValidators.ValidateQueueName(scalar.Value, fifo == "true"), value, scalar);
            }

            var asStandard = ToolValidators.ValidateQueueName(scalar.Value, fifo: false);
            var asFifo = ToolValidators.ValidateQueueName(scalar.Value, fifo: true).Errors.Select(e => e.RuleId).ToHashSet();
            return ValidatorCheck.Findings(new ValidationResult(scalar.Value, asStandard.Errors.Where(e => asFifo.Contains(e.RuleId))), value, scalar);
        }
    }
}
