using AwsFacts.Generator.Name;

namespace AwsFacts.Tests.Generator;

/// <summary>The naming rules of docs/notes-format.md, one example each.</summary>
public class IdentifierNamerTests
{
    [Theory]
    [InlineData("⚡ EC2 Fundamentals – Notes", "Ec2Fundamentals")]
    [InlineData("⚡ Amazon S3 – Notes", "S3")]
    [InlineData("⚡ Route 53 – Notes", "Route53")]
    [InlineData("⚡ ELB + ASG – Notes", "ElbAsg")]
    [InlineData("1️⃣1️⃣ StackSets", "StackSets")]
    [InlineData("1️⃣ Stacks", "Stacks")]
    [InlineData("9️⃣ Service Roles", "ServiceRoles")]
    [InlineData("⚡ AWS CloudFormation Cheat Sheet", "CloudFormation")]
    [InlineData("Amazon SQS - Standard Queues", "SqsStandardQueues")]
    [InlineData("AWS Serverless", "Serverless")]
    [InlineData("AWS", "Aws")]
    [InlineData("MemoryDB for Redis", "MemoryDBForRedis")]
    [InlineData("CloudTrail vs CloudWatch vs X-Ray", "CloudTrailVsCloudWatchVsXRay")]
    public void Headings(string heading, string expected)
        => Assert.Equal(expected, IdentifierNamer.FromText(heading, isHeading: true));

    [Theory]
    [InlineData("Max message size", "MaxMessageSize")]
    [InlineData("SSH", "Ssh")]
    [InlineData("HTTPS", "Https")]
    [InlineData("Free tier", "FreeTier")]
    [InlineData("Amazon notes", "AmazonNotes")]
    [InlineData("2nd factor", "_2ndFactor")]
    [InlineData("Größe", "Größe")]
    [InlineData("!Equals", "EqualsValue")]
    [InlineData("ToString", "ToStringValue")]
    public void Labels(string label, string expected)
        => Assert.Equal(expected, IdentifierNamer.FromText(label, isHeading: false));

    [Theory]
    [InlineData("⚡")]
    [InlineData("–")]
    [InlineData("")]
    public void Text_without_letters_or_digits_has_no_name(string text)
        => Assert.Null(IdentifierNamer.FromText(text, isHeading: true));

    [Theory]
    [InlineData("Sqs", true)]
    [InlineData("_x1", true)]
    [InlineData("1x", false)]
    [InlineData("class", false)]
    [InlineData("Sqs.Fifo", false)]
    [InlineData("", false)]
    public void Pinned_names_must_be_identifiers(string name, bool valid)
        => Assert.Equal(valid, IdentifierNamer.IsValidExplicitName(name));
}
