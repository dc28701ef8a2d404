using System;
using System.Linq;
using CsCheck;

namespace AwsFacts.Tests.Validation;

/// <summary>
/// The name rules of the services added in issue #15, and the one validation shape every rule shares. Valid and
/// invalid cases follow the AWS documentation each note cites.
/// </summary>
public class NameRuleTests
{
    [Theory]
    [InlineData("my-function", true)]
    [InlineData("resize_image_v2", true)]
    [InlineData("MyFunction", true)]
    [InlineData("my function", false)] // spaces are not in [a-zA-Z0-9-_]
    [InlineData("my.function", false)]
    [InlineData("", false)]
    public void Lambda_function_names(string name, bool valid) => Check(Lambda.FunctionNames.Validate, Lambda.FunctionNames.IsValid, name, valid);

    [Fact]
    public void Lambda_function_names_stop_at_64_characters()
    {
        Assert.True(Lambda.FunctionNames.IsValid(new string('f', Lambda.FunctionNames.MaxLength)));
        var error = Lambda.FunctionNames.Validate(new string('f', 65)).Errors.Single();
        Assert.Equal("lambda.function-names.length", error.RuleId);
        Assert.StartsWith("FunctionName must be 1–64 characters long; this one has 65.", error.Message, StringComparison.Ordinal);
        Assert.Contains("notes/lambda.md", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Orders", true)]
    [InlineData("orders.v2_2024-11", true)]
    [InlineData("ab", false)]
    [InlineData("orders table", false)]
    [InlineData("orders#1", false)]
    public void DynamoDb_table_names(string name, bool valid) => Check(DynamoDb.TableNames.Validate, DynamoDb.TableNames.IsValid, name, valid);

    [Fact]
    public void DynamoDb_table_names_run_from_3_to_255_characters()
    {
        Assert.True(DynamoDb.TableNames.IsValid(new string('t', 255)));
        Assert.False(DynamoDb.TableNames.IsValid(new string('t', 256)));
        Assert.Equal("dynamo-db.table-names.length", DynamoDb.TableNames.Validate("ab").Errors.Single().RuleId);
    }

    [Theory]
    [InlineData("order-flow", true)]
    [InlineData("Order.Flow_2", true)]
    [InlineData("überprüfung", true)] // only the listed characters are forbidden
    [InlineData("order flow", false)]
    [InlineData("order/flow", false)]
    [InlineData("order*", false)]
    [InlineData("a`b", false)]
    [InlineData("tab\there", false)]
    [InlineData("c1\u0085", false)]
    [InlineData("", false)]
    public void Step_Functions_state_machine_names(string name, bool valid)
        => Check(StepFunctions.StateMachineNames.Validate, StepFunctions.StateMachineNames.IsValid, name, valid);

    [Fact]
    public void State_machine_names_stop_at_80_characters_and_point_at_the_forbidden_character()
    {
        Assert.True(StepFunctions.StateMachineNames.IsValid(new string('s', 80)));
        Assert.False(StepFunctions.StateMachineNames.IsValid(new string('s', 81)));
        var error = StepFunctions.StateMachineNames.Validate("order:flow").Errors.Single();
        Assert.Equal("step-functions.state-machine-names.characters", error.RuleId);
        Assert.Equal(5, error.Position);
        Assert.StartsWith("StateMachineName may contain only characters other than white space, control characters and", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("orders", null, true)]
    [InlineData("orders.fifo", null, true)]
    [InlineData("orders.fifo", true, true)]
    [InlineData("orders", true, false)]
    [InlineData("orders.fifo", false, false)]
    [InlineData("order_events-2", null, true)]
    [InlineData("orders.v2", null, false)]
    [InlineData("", null, false)]
    public void Sns_topic_names(string name, bool? fifo, bool valid)
    {
        Assert.Equal(valid, Sns.TopicNames.Validate(name, fifo).IsValid);
        Assert.Equal(valid, Sns.TopicNames.IsValid(name, fifo));
        Assert.Equal(valid, Sns.TopicNames.IsValid(name.AsSpan(), fifo));
    }

    [Fact]
    public void Sns_topic_names_count_the_fifo_suffix_in_their_256_characters()
    {
        Assert.True(Sns.TopicNames.IsValid(new string('t', 251) + ".fifo"));
        Assert.False(Sns.TopicNames.IsValid(new string('t', 252) + ".fifo"));
        Assert.Equal("sns.topic-names.fifo-suffix", Sns.TopicNames.Validate("orders", fifo: true).Errors.Single().RuleId);
    }

    [Theory]
    [InlineData("deploy-role", true)]
    [InlineData("svc+ci=prod,eu.team@corp_1", true)]
    [InlineData("deploy role", false)]
    [InlineData("deploy/role", false)]
    [InlineData("", false)]
    public void Iam_role_and_user_names(string name, bool valid)
    {
        Check(Iam.RoleNames.Validate, Iam.RoleNames.IsValid, name, valid);
        Check(Iam.UserNames.Validate, Iam.UserNames.IsValid, name, valid);
    }

    [Fact]
    public void Iam_role_names_stop_at_64_characters()
    {
        Assert.True(Iam.RoleNames.IsValid(new string('r', 64)));
        Assert.Equal("iam.role-names.length", Iam.RoleNames.Validate(new string('r', 65)).Errors.Single().RuleId);
    }

    [Theory]
    [InlineData("cost-center", true)]
    [InlineData("Project Name", true)]
    [InlineData("team:owner/x=y+z@a_b.c", true)]
    [InlineData("コスト", true)] // letters in any script
    [InlineData("aws:createdBy", false)]
    [InlineData("AWS:createdBy", false)] // the reserved prefix in any case
    [InlineData("a|b", false)]
    [InlineData("", false)]
    public void Tag_keys(string key, bool valid) => Check(Tags.Keys.Validate, Tags.Keys.IsValid, key, valid);

    [Theory]
    [InlineData("", true)] // a value may be empty
    [InlineData("aws:owner", true)] // the prefix is reserved in keys
    [InlineData("Production 2", true)]
    [InlineData("a|b", false)]
    [InlineData("semi;colon", false)]
    public void Tag_values(string value, bool valid) => Check(Tags.Values.Validate, Tags.Values.IsValid, value, valid);

    [Fact]
    public void Tag_lengths_come_from_the_facts()
    {
        Assert.True(Tags.Keys.IsValid(new string('k', 128)));
        Assert.False(Tags.Keys.IsValid(new string('k', 129)));
        Assert.True(Tags.Values.IsValid(new string('v', 256)));
        Assert.Equal("tags.values.length", Tags.Values.Validate(new string('v', 257)).Errors.Single().RuleId);
        Assert.Equal("tags.keys.reserved-prefix", Tags.Keys.Validate("aws:x").Errors.Single().RuleId);
    }

    [Fact]
    public void Null_is_one_required_error_and_ThrowIfInvalid_throws()
    {
        foreach (var rule in Validators.All)
        {
            var result = rule.Validate(null);
            Assert.False(result.IsValid);
            Assert.False(rule.IsValid((string?)null));
            Assert.Throws<ValidationException>(() => rule.ThrowIfInvalid(null));
        }

        Assert.Equal("lambda.function-names.required", Lambda.FunctionNames.Validate(null).Errors.Single().RuleId);
        Assert.Throws<ValidationException>(() => Tags.Keys.ThrowIfInvalid("aws:x"));
        Tags.Values.ThrowIfInvalid("");
    }

    private static void Check(Func<string?, ValidationResult> validate, Func<string?, bool> isValid, string value, bool valid)
    {
        var result = validate(value);
        Assert.True(valid == result.IsValid, result.ToString());
        Assert.Equal(valid, isValid(value));
        Assert.All(result.Errors, e => Assert.NotNull(e.Fact));
    }
}

/// <summary>What every rule of <see cref="Validators"/> promises: one shape, fact-id rule ids, the fast path agreeing.</summary>
public class ValidatorShapeTests
{
    private static readonly string[] Samples =
    {
        "", " ", "a", "My_Bucket", "my-bucket", "orders.fifo", "aws:owner", "AWS::S3::Bucket", "Custom::X", "m5.xlarge", "30", "2",
        "order flow", "x/y", "192.168.5.4", "a..b", new string('n', 300), "tab\t", "ü", "a`b",
    };

    [Fact]
    public void The_registry_names_every_rule_once()
    {
        var names = Validators.All.Select(v => v.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        foreach (var expected in new[] { "s3-bucket-name", "sqs-queue-name", "sns-topic-name", "lambda-function-name", "dynamodb-table-name",
                     "sfn-state-machine-name", "iam-role-name", "iam-user-name", "tag-key", "tag-value", "logs-retention", "cfn-resource-type", "ec2-instance-type" })
        {
            Assert.NotNull(Validators.Find(expected));
        }

        Assert.Null(Validators.Find("no-such-rule"));
        Assert.All(Validators.All, v => Assert.EndsWith(".", v.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_error_cites_a_fact_and_its_rule_id_extends_the_facts_id()
    {
        foreach (var rule in Validators.All)
        {
            foreach (var sample in Samples)
            {
                foreach (var error in rule.Validate(sample).Errors)
                {
                    Assert.True(error.Fact is not null, $"{rule.Name} '{sample}': {error} cites no fact");
                    var group = error.Fact!.Id.Substring(0, error.Fact.Id.LastIndexOf('.') + 1);
                    Assert.True(error.RuleId == error.Fact.Id || error.RuleId.StartsWith(group, StringComparison.Ordinal),
                        $"{rule.Name}: rule id {error.RuleId} does not extend fact id {error.Fact.Id}");
                    Assert.Contains(error.Fact.Source, error.Message, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void The_fast_path_agrees_with_Validate_for_every_rule()
        => Gen.String[Gen.Char["abAB09-_.:/ +=@,aws`|\u00fc"], 0, 90].Sample(s =>
            Validators.All.All(v => v.IsValid(s) == v.Validate(s).IsValid && v.IsValid(s.AsSpan()) == v.IsValid(s)), iter: 3000);

    [Fact]
    public void Random_strings_never_throw()
        => Gen.String[Gen.Char, 0, 300].Sample(s =>
        {
            foreach (var v in Validators.All)
            {
                _ = v.Validate(s);
                _ = v.IsValid(s.AsSpan());
            }
        }, iter: 2000);

    [Fact]
    public void Bound_rules_find_their_cloudformation_properties()
    {
        Assert.Contains(Validators.ForTarget("AWS::S3::Bucket.BucketName"), v => v.Name == "s3-bucket-name");
        Assert.Contains(Validators.ForTarget("AWS::SQS::Queue.QueueName"), v => v.Name == "sqs-queue-name");
        Assert.Contains(Validators.ForTarget("AWS::Lambda::Function.FunctionName"), v => v.Name == "lambda-function-name");
        Assert.Contains(Validators.ForTarget("AWS::DynamoDB::Table.TableName"), v => v.Name == "dynamodb-table-name");
        Assert.Contains(Validators.ForTarget("AWS::StepFunctions::StateMachine.StateMachineName"), v => v.Name == "sfn-state-machine-name");
        Assert.Contains(Validators.ForTarget("AWS::IAM::Role.RoleName"), v => v.Name == "iam-role-name");
        Assert.Contains(Validators.ForTarget("AWS::Logs::LogGroup.RetentionInDays"), v => v.Name == "logs-retention");
        Assert.Empty(Validators.ForTarget("AWS::Nothing::Here.Prop"));
    }

    [Fact]
    public void Range_facts_have_the_same_shape()
    {
        Assert.True(Sqs.VisibilityTimeout.IsValid(TimeSpan.FromSeconds(30)));
        var error = Assert.Throws<ValidationException>(() => Sqs.Delay.ThrowIfInvalid(TimeSpan.FromSeconds(901))).Result.Errors.Single();
        Assert.Equal("sqs.delay", error.RuleId);
        Assert.StartsWith("DelaySeconds must be from 0 s to 900 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retention_has_the_same_shape_from_numbers_and_text()
    {
        Assert.True(CloudWatchLogs.RetentionInDays.IsValid("30"));
        Assert.False(CloudWatchLogs.RetentionInDays.IsValid("thirty"));
        Assert.Equal("cloud-watch-logs.retention-values-days", CloudWatchLogs.RetentionInDays.Validate("2").Errors.Single().RuleId);
        Assert.Contains("next allowed value is 3", CloudWatchLogs.RetentionInDays.Validate(2).Errors.Single().Message, StringComparison.Ordinal);
        Assert.Throws<ValidationException>(() => CloudWatchLogs.RetentionInDays.ThrowIfInvalid(2));
    }

#pragma warning disable CS0618 // the former names still work
    [Fact]
    public void Former_validator_names_still_answer()
    {
        Assert.Equal("orders.fifo", Sqs.QueueNames.EnsureValid("orders.fifo", fifo: true));
        Assert.Equal("my-bucket", S3.BucketNames.EnsureValid("my-bucket"));
        Assert.True(CloudFormation.IsValidResourceType("AWS::S3::Bucket".AsSpan()));
        Assert.True(CloudFormation.ValidateResourceType("Initech::TPS::Report").IsValid);
        Assert.True(CloudWatchLogs.IsValidRetention(30));
        Assert.False(CloudWatchLogs.ValidateRetention(2).IsValid);
        Assert.Equal(3, CloudWatchLogs.NextAllowedRetention(2));
    }
#pragma warning restore CS0618
}
