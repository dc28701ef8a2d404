using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsFacts
{
    /// <summary>
    /// Every validation rule of the library by name, for tools that choose a rule at run time:
    /// <c>Validators.Find("s3-bucket-name")</c>, or the rules that check a CloudFormation property,
    /// <c>Validators.ForTarget("AWS::S3::Bucket.BucketName")</c>. In code, call the rule's class directly
    /// (<see cref="S3.BucketNames.Validate"/>).
    /// </summary>
    public static class Validators
    {
        private static readonly Lazy<IReadOnlyList<Validator>> Rules = new(Create);

        /// <summary>Every rule, by name.</summary>
        public static IReadOnlyList<Validator> All => Rules.Value;

        /// <summary>The rule called <paramref name="name"/> (<c>sqs-queue-name</c>), ignoring case; null when there is none.</summary>
        public static Validator? Find(string name)
            => name is null ? null : All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// The rules whose facts are bound to <paramref name="setting"/>, a CloudFormation property
        /// (<c>AWS::SQS::Queue.QueueName</c>) or an API parameter (<c>sqs:QueueName</c>).
        /// </summary>
        public static IReadOnlyList<Validator> ForTarget(string setting)
            => setting is null ? Array.Empty<Validator>() : All.Where(v => v.Targets.Contains(setting, StringComparer.Ordinal)).ToArray();

        private static IReadOnlyList<Validator> Create() => new[]
        {
            Rule("s3-bucket-name", "An S3 general purpose bucket name (BucketName): length, characters, form, reserved prefixes and suffixes.",
                typeof(S3.BucketNames), v => S3.BucketNames.Validate(v), s => S3.BucketNames.IsValid(s)),
            Rule("sqs-queue-name", "An SQS queue name (QueueName); a name ending in .fifo is checked as a FIFO queue's.",
                typeof(Sqs.QueueNames), v => Sqs.QueueNames.Validate(v), s => Sqs.QueueNames.IsValid(s)),
            Rule("sns-topic-name", "An SNS topic name (TopicName); a name ending in .fifo is checked as a FIFO topic's.",
                typeof(Sns.TopicNames), v => Sns.TopicNames.Validate(v), s => Sns.TopicNames.IsValid(s)),
            Rule("lambda-function-name", "A Lambda function name (FunctionName, the name alone).",
                typeof(Lambda.FunctionNames), v => Lambda.FunctionNames.Validate(v), s => Lambda.FunctionNames.IsValid(s)),
            Rule("dynamodb-table-name", "A DynamoDB table or index name (TableName).",
                typeof(DynamoDb.TableNames), v => DynamoDb.TableNames.Validate(v), s => DynamoDb.TableNames.IsValid(s)),
            Rule("sfn-state-machine-name", "A Step Functions state machine name (StateMachineName).",
                typeof(StepFunctions.StateMachineNames), v => StepFunctions.StateMachineNames.Validate(v), s => StepFunctions.StateMachineNames.IsValid(s)),
            Rule("iam-role-name", "An IAM role name (RoleName).",
                typeof(Iam.RoleNames), v => Iam.RoleNames.Validate(v), s => Iam.RoleNames.IsValid(s)),
            Rule("iam-user-name", "An IAM user name (UserName).",
                typeof(Iam.UserNames), v => Iam.UserNames.Validate(v), s => Iam.UserNames.IsValid(s)),
            Rule("tag-key", "A resource tag key (Key).",
                typeof(Tags.Keys), v => Tags.Keys.Validate(v), s => Tags.Keys.IsValid(s)),
            Rule("tag-value", "A resource tag value (Value).",
                typeof(Tags.Values), v => Tags.Values.Validate(v), s => Tags.Values.IsValid(s)),
            new Validator("logs-retention", "A CloudWatch Logs retention in days (RetentionInDays): one of the allowed values.",
                () => new[] { Cite.Fact(typeof(CloudWatchLogs), CloudWatchLogs.RetentionValuesDays) },
                v => CloudWatchLogs.RetentionInDays.Validate(v), s => CloudWatchLogs.RetentionInDays.IsValid(s)),
            new Validator("cfn-resource-type", "A CloudFormation resource type name (Type): AWS, third-party, module or custom.",
                () => FactsOf(typeof(CloudFormation.CustomResourceTypes)),
                v => CloudFormation.ResourceTypes.Validate(v), s => CloudFormation.ResourceTypes.IsValid(s)),
            new Validator("ec2-instance-type", "An EC2 instance type name (InstanceType): family.size, as in m7i-flex.large.",
                () => FactsOf(typeof(Ec2.InstanceTypes)),
                v => Ec2.InstanceType.Validate(v), s => Ec2.InstanceType.IsValid(s)),
        };

        private static Validator Rule(string name, string description, Type facts, Func<string?, ValidationResult> validate, SpanRule isValid)
            => new(name, description, () => FactsOf(facts), validate, isValid);

        /// <summary>The facts of a generated class: the members under its path (<c>S3.BucketNames.</c>).</summary>
        private static IEnumerable<Fact?> FactsOf(Type owner)
        {
            var prefix = Cite.ClassPath(owner) + ".";
            return FactCatalog.All.Where(f => f.Member.StartsWith(prefix, StringComparison.Ordinal));
        }
    }
}
