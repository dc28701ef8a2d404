using System;
using System.Linq;
using System.Text;
using AwsFacts.Tool.Lint;
using CsCheck;

namespace AwsFacts.Tests.Tool;

/// <summary>Values as CloudFormation reads them, what cannot be known is skipped, and no input crashes the linter.</summary>
public class TemplateReadingTests
{
    private const string Queue = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: ";

    [Theory]
    [InlineData("!GetAtt Other.Timeout")]
    [InlineData("!ImportValue shared-timeout")]
    [InlineData("!Sub '${Timeout}0'")]
    [InlineData("!Join ['', ['9', '9999']]")]
    [InlineData("!Select [0, [99999]]")]
    [InlineData("!Ref AWS::NoValue")]
    [InlineData("!Ref Other")]
    [InlineData("!Ref Ssm")]
    [InlineData("!Ref List")]
    [InlineData("!Ref NoDefault")]
    [InlineData("!FindInMap [Sizes, !Ref AWS::Region, Timeout]")]
    [InlineData("~")]
    public void What_cannot_be_known_before_deployment_is_skipped(string expression)
    {
        var template = "Parameters:\n  Ssm:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: '99999'\n"
            + "  List:\n    Type: CommaDelimitedList\n    Default: '99999'\n  NoDefault:\n    Type: Number\n"
            + "Mappings:\n  Sizes:\n    eu-west-1: { Timeout: 99999 }\n"
            + "Resources:\n  Other:\n    Type: AWS::SQS::Queue\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: " + expression + "\n";
        Assert.Empty(ToolHarness.Lint(template));
    }

    [Theory]
    [InlineData("!Sub '99999'")]
    [InlineData("{ 'Fn::Sub': '99999' }")]
    [InlineData("!FindInMap [Sizes, eu-west-1, Timeout]")]
    [InlineData("!If [C, 30, !If [D, 60, 99999]]")]
    [InlineData("99999.0")]
    [InlineData("9.9999e4")]
    public void What_is_known_is_checked(string expression)
    {
        var template = "Mappings:\n  Sizes:\n    eu-west-1: { Timeout: 99999 }\n" + Queue + expression + "\n";
        var finding = Assert.Single(ToolHarness.Lint(template));
        Assert.Equal("sqs.visibility-timeout", finding.Rule);
        // The finding is at the value itself: in the mapping for FindInMap, else in the expression (the mapping's 99999 comes first).
        var token = expression.Contains("e4", StringComparison.Ordinal) ? "9.9999e4" : expression.Contains(".0", StringComparison.Ordinal) ? "99999.0" : "99999";
        var occurrence = token == "99999" && !expression.Contains("FindInMap", StringComparison.Ordinal) ? 2 : 1;
        // A tagged scalar (!Sub '99999') starts at its tag, as YamlDotNet marks the node.
        var expected = expression.StartsWith("!Sub", StringComparison.Ordinal) ? ToolHarness.PositionOf(template, "!Sub") : ToolHarness.PositionOf(template, token, occurrence);
        Assert.Equal(expected, (finding.Line, finding.Column));
    }

    [Fact]
    public void A_value_that_is_not_a_number_for_a_numeric_setting_is_a_finding()
    {
        var finding = Assert.Single(ToolHarness.Lint(Queue + "thirty\n"));
        Assert.Contains("not a number", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_bad_allowed_value_of_a_parameter_is_reported_at_its_own_entry_and_says_so()
    {
        var template = "Parameters:\n  T:\n    Type: Number\n    Default: 30\n    AllowedValues:\n      - 30\n      - 50000\n      - 60000\n" + Queue + "!Ref T\n";
        var findings = ToolHarness.Lint(template);
        Assert.Equal(new[] { ToolHarness.PositionOf(template, "50000"), ToolHarness.PositionOf(template, "60000") }, findings.Select(f => (f.Line, f.Column)));
        Assert.All(findings, f => Assert.Contains("(parameter T, AllowedValues)", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_columns_count_characters_not_bytes()
    {
        var template = "{ \"Description\": \"Café ✓ 日本\", \"Resources\": { \"Q\": { \"Type\": \"AWS::SQS::Queue\", \"Properties\": { \"VisibilityTimeout\": 99999 } } } }";
        var finding = Assert.Single(ToolHarness.Lint(template, "t.json"));
        Assert.Equal((1, template.IndexOf("99999", StringComparison.Ordinal) + 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_template_file_picks_json_or_yaml_by_its_first_character()
    {
        Assert.Single(ToolHarness.Lint("{ \"Resources\": { \"Q\": { \"Type\": \"AWS::SQS::Queue\", \"Properties\": { \"DelaySeconds\": 901 } } } }", "t.template"));
        Assert.Single(ToolHarness.Lint("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: { DelaySeconds: 901 }\n", "t.template"));
    }

    [Theory]
    [InlineData("t.json", "{\n  \"Resources\": {\n    \"A\": 1\n    \"B\": 2\n  }\n}\n", 4, 5)]
    [InlineData("t.json", "{\n  \"Resources\": {\n", 3, 1)]
    [InlineData("t.yaml", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n   Properties: {}\n", 4, 4)]
    [InlineData("t.yaml", "Resources:\n  Q: [a, b\n", 3, 1)]
    public void A_file_that_does_not_parse_is_one_finding_at_the_parsers_position(string name, string text, int line, int column)
    {
        var result = TemplateLinter.Default.Lint(name, Encoding.UTF8.GetBytes(text));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ToolRules.ParseError, finding.Rule);
        Assert.Equal((line, column), (finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("t.yaml", "")]
    [InlineData("t.yaml", "name: ci\non: push\n")]
    [InlineData("t.yaml", "- a\n- b\n")]
    [InlineData("t.yaml", "Resources: 5\n")]
    [InlineData("t.yaml", "Resources: [a, b]\n")]
    [InlineData("t.json", "[1, 2]")]
    [InlineData("t.json", "\"text\"")]
    public void A_file_without_a_Resources_mapping_is_not_a_template(string name, string text)
    {
        var result = TemplateLinter.Default.Lint(name, Encoding.UTF8.GetBytes(text));
        Assert.False(result.IsTemplate);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("Resources:\n  Q: 5\n  R: [1]\n  S: { Type: 5 }\n  T: { Type: [a] }\n  U: { Type: AWS::SQS::Queue, Properties: 5 }\n  V: { Type: AWS::SQS::Queue, Properties: [1] }\n")]
    [InlineData("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: !If [C]\n      DelaySeconds: !If\n      QueueName: !Sub [1, 2, 3]\n      FifoQueue: !FindInMap [a]\n")]
    [InlineData("x: &a [*a]\nResources: {}\n")]
    [InlineData("x: &a { k: *a }\nResources: {}\n")]
    [InlineData("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\nResources: {}\n")]
    [InlineData("Resources:\n  Q: &q\n    Type: AWS::SQS::Queue\n    Properties: { DelaySeconds: 1 }\n  R: *q\n")]
    [InlineData("%YAML 1.1\n---\nResources: {}\n---\nsecond: doc\n")]
    public void Odd_templates_do_not_crash(string text)
    {
        var result = TemplateLinter.Default.Lint("t.yaml", Encoding.UTF8.GetBytes(text));
        Assert.DoesNotContain(result.Findings, f => f.Rule == ToolRules.InternalError);
    }

    [Fact]
    public void Random_bytes_and_mutated_templates_never_crash_the_linter()
    {
        var seed = Encoding.UTF8.GetBytes("{ \"Resources\": { \"Q\": { \"Type\": \"AWS::SQS::Queue\", \"Properties\": { \"DelaySeconds\": { \"Fn::If\": [\"C\", 1, 901] } } } } }");
        var yamlSeed = Encoding.UTF8.GetBytes(Queue + "!If [C, 30, !Ref P]\n");
        var mutation = Gen.Select(Gen.Int[0, 1], Gen.Int[0, 200], Gen.Byte, (which, at, b) => (which, at, b));
        mutation.Sample(m =>
        {
            foreach (var (name, source) in new[] { ("t.json", seed), ("t.yaml", yamlSeed), ("t.template", seed) })
            {
                var bytes = (byte[])source.Clone();
                bytes[m.at % bytes.Length] = m.b;
                var result = TemplateLinter.Default.Lint(name, m.which == 0 ? bytes : bytes.AsSpan(0, m.at % bytes.Length).ToArray());
                Assert.DoesNotContain(result.Findings, f => f.Rule == ToolRules.InternalError);
            }
        }, iter: 2000);

        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            Assert.DoesNotContain(TemplateLinter.Default.Lint("r.yaml", bytes).Findings, f => f.Rule == ToolRules.InternalError);
            Assert.DoesNotContain(TemplateLinter.Default.Lint("r.json", bytes).Findings, f => f.Rule == ToolRules.InternalError);
        }, iter: 1000);
    }
}
