using System.Linq;

namespace AwsFacts.Tests.Tool;

/// <summary>Names, instance types, resource types and list counts: the library's validators and count facts in templates.</summary>
public class NamedRuleTests
{
    [Theory]
    [InlineData("my-bucket", true)]
    [InlineData("logs.example.com", true)]
    [InlineData("My_Bucket", false)]
    [InlineData("xn--bucket", false)]
    [InlineData("bucket-s3alias", false)]
    [InlineData("ab", false)]
    public void S3_bucket_names_follow_every_naming_rule(string name, bool valid)
    {
        var template = $"Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: '{name}'\n";
        var findings = ToolHarness.Lint(template);
        Assert.Equal(valid, findings.Count == 0);
        Assert.All(findings, f =>
        {
            Assert.StartsWith("s3.bucket-names", f.Rule, System.StringComparison.Ordinal);
            Assert.Equal((5, 19), (f.Line, f.Column));
            Assert.Contains("BucketName", f.Message, System.StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("orders.fifo", "true", null)]
    [InlineData("orders", null, null)]
    [InlineData("orders", "false", null)]
    [InlineData("orders.fifo", null, "sqs.queue-names.standard-suffix")]
    [InlineData("orders.fifo", "'false'", "sqs.queue-names.standard-suffix")]
    [InlineData("orders", "true", "sqs.queue-names.fifo-suffix")]
    [InlineData("bad name!", "true", "sqs.queue-names.characters")]
    public void Sqs_queue_names_end_with_fifo_exactly_when_FifoQueue_is_true(string name, string? fifo, string? rule)
    {
        var template = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n" + (fifo is null ? string.Empty : $"      FifoQueue: {fifo}\n") + $"      QueueName: '{name}'\n";
        var findings = ToolHarness.Lint(template);
        if (rule is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Contains(findings, f => f.Rule == rule);
            Assert.All(findings, f => Assert.Equal(ToolHarness.PositionOf(template, name.Split(' ')[0]), (f.Line, f.Column)));
        }
    }

    [Fact]
    public void A_queue_whose_kind_is_unknown_gets_only_the_findings_true_for_both_kinds()
    {
        var template = "Parameters:\n  Fifo:\n    Type: String\n    AllowedValues: ['true', 'false']\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      FifoQueue: !Ref Fifo\n      QueueName: 'orders!.fifo'\n";
        var findings = ToolHarness.Lint(template);
        Assert.Equal("sqs.queue-names.characters", Assert.Single(findings).Rule);
        Assert.Empty(ToolHarness.Lint(template.Replace("orders!.fifo", "orders.fifo")));
    }

    [Theory]
    [InlineData("AWS::EC2::Instance", "InstanceType", "m5.large", "m5.hugemongous")]
    [InlineData("AWS::EC2::LaunchTemplate", "LaunchTemplateData.InstanceType", "c6gn.2xlarge", "c6gn")]
    public void Instance_types_that_do_not_parse_are_findings(string type, string path, string good, string bad)
    {
        foreach (var json in new[] { false, true })
        {
            var name = json ? "t.json" : "t.yaml";
            var badTemplate = BoundRuleTests.Template(json, BoundRuleTests.Form.Literal, type, path, bad, good, numeric: false);
            var finding = Assert.Single(ToolHarness.Lint(badTemplate, name));
            Assert.StartsWith("ec2.instance-types", finding.Rule, System.StringComparison.Ordinal);
            Assert.Equal(ToolHarness.PositionOf(badTemplate, bad), (finding.Line, finding.Column));
            Assert.Empty(ToolHarness.Lint(BoundRuleTests.Template(json, BoundRuleTests.Form.IfSecondBranch, type, path, good, good, numeric: false), name));
        }
    }

    [Theory]
    [InlineData("AWS::S3::Bucket", true)]
    [InlineData("Custom::Seeder", true)]
    [InlineData("AWS::Serverless::Function", true)]
    [InlineData("Acme::Billing::Invoice", true)]
    [InlineData("Acme::Billing::Invoice::MODULE", true)]
    [InlineData("aws::s3::bucket", false)]
    [InlineData("S3Bucket", false)]
    [InlineData("AWS::S3", false)]
    public void Resource_type_names_are_checked(string type, bool valid)
    {
        var template = $"Resources:\n  R:\n    Type: {type}\n";
        var findings = ToolHarness.Lint(template);
        Assert.Equal(valid, findings.Count == 0);
        Assert.All(findings, f =>
        {
            Assert.StartsWith("cloud-formation.resource-types", f.Rule, System.StringComparison.Ordinal);
            Assert.Equal((3, 11), (f.Line, f.Column));
            Assert.Equal("Type", f.Property);
        });
    }

    [Fact]
    public void A_task_with_more_containers_than_allowed_is_one_finding_at_the_first_one_too_many()
    {
        string Task(int count, string extra = "")
            => "Resources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n"
                + string.Concat(Enumerable.Range(1, count).Select(i => $"        - Name: c{i}\n")) + extra;

        Assert.Empty(ToolHarness.Lint(Task(10)));
        var finding = Assert.Single(ToolHarness.Lint(Task(11)));
        Assert.Equal("ecs.max-containers-per-task", finding.Rule);
        Assert.Equal(ToolHarness.PositionOf(Task(11), "Name: c11"), (finding.Line, finding.Column));

        // An entry that a condition may drop does not count: the finding must be certain.
        Assert.Empty(ToolHarness.Lint(Task(10, "        - !If [C, { Name: extra }, !Ref AWS::NoValue]\n")));
    }

    [Fact]
    public void A_json_task_definition_counts_its_containers_too()
    {
        var containers = string.Join(", ", Enumerable.Range(1, 11).Select(i => $"{{ \"Name\": \"c{i}\" }}"));
        var template = "{ \"Resources\": { \"T\": { \"Type\": \"AWS::ECS::TaskDefinition\", \"Properties\": { \"ContainerDefinitions\": [" + containers + "] } } } }";
        var finding = Assert.Single(ToolHarness.Lint(template, "t.json"));
        Assert.Equal((1, template.IndexOf("{ \"Name\": \"c11\"", System.StringComparison.Ordinal) + 1), (finding.Line, finding.Column));
    }
}

/// <summary>The name rules of the library's registry on the properties they target, in YAML and JSON.</summary>
public class RegistryNameRuleTests
{
    [Theory]
    [InlineData("AWS::Lambda::Function", "FunctionName", "orders-worker", "orders worker!", "lambda.function-names.")]
    [InlineData("AWS::DynamoDB::Table", "TableName", "orders", "ab", "dynamo-db.table-names.")]
    [InlineData("AWS::IAM::Role", "RoleName", "orders-worker", "orders/worker", "iam.role-names.")]
    [InlineData("AWS::StepFunctions::StateMachine", "StateMachineName", "orders-flow", "orders?flow", "step-functions.state-machine-names.")]
    [InlineData("AWS::SNS::Topic", "TopicName", "alerts", "alerts!", "sns.topic-names.")]
    [InlineData("AWS::IAM::User", "UserName", "jane.doe@example", "jane/doe", "iam.user-names.")]
    public void A_bad_name_is_found_at_the_value_and_a_good_one_passes(string type, string property, string good, string bad, string rulePrefix)
    {
        foreach (var json in new[] { false, true })
        {
            var name = json ? "t.json" : "t.yaml";
            var template = BoundRuleTests.Template(json, BoundRuleTests.Form.ParameterAllowedValue, type, property, bad, good, numeric: false);
            var findings = ToolHarness.Lint(template, name);
            Assert.NotEmpty(findings);
            Assert.All(findings, f =>
            {
                Assert.StartsWith(rulePrefix, f.Rule, System.StringComparison.Ordinal);
                Assert.Equal(ToolHarness.PositionOf(template, bad), (f.Line, f.Column));
            });
            Assert.Empty(ToolHarness.Lint(BoundRuleTests.Template(json, BoundRuleTests.Form.Literal, type, property, good, good, numeric: false), name));
        }
    }
}

/// <summary>
/// Instance types, topic names and user names reach the linter through their facts' bindings, like every other
/// property: the tool names no property itself, and a name fact bound to a property is checked once, by its validator.
/// </summary>
public class BoundValidatorTests
{
    [Theory]
    [InlineData("ec2-instance-type", "AWS::EC2::Instance.InstanceType")]
    [InlineData("ec2-instance-type", "AWS::EC2::LaunchTemplate.LaunchTemplateData.InstanceType")]
    [InlineData("sns-topic-name", "AWS::SNS::Topic.TopicName")]
    [InlineData("iam-user-name", "AWS::IAM::User.UserName")]
    public void The_property_comes_from_a_binding_of_the_validators_facts(string validator, string target)
    {
        Assert.Contains(Validators.ForTarget(target), v => v.Name == validator);
        Assert.Contains(FactCatalog.FindByBinding(target), f => f.Bindings.Any(b => b.Name == target));
        Assert.Contains(AwsFacts.Tool.Validation.ToolValidators.ForTarget(target), v => v.Name == validator);
    }

    [Theory]
    [InlineData("AWS::EC2::LaunchTemplate", "LaunchTemplateData.InstanceType", "m5.hugemongous", "ec2.instance-types")]
    [InlineData("AWS::SNS::Topic", "TopicName", "alerts!", "sns.topic-names")]
    [InlineData("AWS::IAM::User", "UserName", "jane doe", "iam.user-names")]
    public void A_bad_value_is_one_finding_citing_a_fact_bound_to_the_property(string type, string path, string bad, string rulePrefix)
    {
        foreach (var json in new[] { false, true })
        {
            var template = BoundRuleTests.Template(json, BoundRuleTests.Form.Literal, type, path, bad, bad, numeric: false);
            var finding = Assert.Single(ToolHarness.Lint(template, json ? "t.json" : "t.yaml"));
            Assert.StartsWith(rulePrefix, finding.Rule, System.StringComparison.Ordinal);
            Assert.Equal(ToolHarness.PositionOf(template, bad), (finding.Line, finding.Column));
            Assert.Equal(path, finding.Property);
            Assert.Contains(finding.Fact!.Bindings, b => b.Name == type + "." + path);
        }
    }

    [Fact]
    public void A_topic_name_too_long_is_one_finding_not_one_per_rule_path()
    {
        // The length fact is a bound Range<int> of characters, which the generic rules would check too; the validator owns it.
        var template = $"Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: {new string('a', 257)}\n";
        var finding = Assert.Single(ToolHarness.Lint(template));
        Assert.StartsWith("sns.topic-names", finding.Rule, System.StringComparison.Ordinal);
        Assert.Empty(ToolHarness.Lint(template.Replace(new string('a', 257), new string('a', 256), System.StringComparison.Ordinal)));
    }
}
