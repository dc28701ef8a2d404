using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace AwsFacts.Tests.Library;

/// <summary>The built AwsFacts library, used as a consumer uses it.</summary>
public class GeneratedConstantsTests
{
    // An attribute argument only accepts constants: this line compiling is the proof.
    [Theory]
    [InlineData(Sqs.MaxMessageSizeKb, 1024, "Sqs.MaxMessageSizeKb")]
    [InlineData(Ec2.Ports.Ssh, 22, "Ec2.Ports.Ssh")]
    [InlineData(Ec2.Ports.Rdp, 3389, "Ec2.Ports.Rdp")]
    [InlineData(Ec2.Ports.Ftp, 21, "Ec2.Ports.Ftp")]
    [InlineData(Ec2.Ports.Http, 80, "Ec2.Ports.Http")]
    [InlineData(Ec2.Ports.Https, 443, "Ec2.Ports.Https")]
    [InlineData(Ebs.MultiAttachMaxEc2Instances, 16, "Ebs.MultiAttachMaxEc2Instances")]
    public void Constants_carry_the_values_of_the_notes(int actual, int expected, string member)
        => Assert.True(expected == actual, $"{member} is {actual}, the notes say {expected}");

    [Theory]
    [InlineData(22, "ssh")]
    [InlineData(443, "https")]
    [InlineData(8080, "other")]
    public void Constants_work_as_switch_labels(int port, string expected)
    {
        // Case labels must be constants too. (Sftp, which shared 22 with Ssh and could not be a second label, is now an obsolete alias of Ssh.)
        var name = port switch
        {
            Ec2.Ports.Ssh => "ssh",
            Ec2.Ports.Https => "https",
            _ => "other",
        };

        Assert.Equal(expected, name);
    }

    [Fact]
    public void The_xml_documentation_file_carries_each_facts_sentence_and_source()
    {
        var path = Path.Combine(Path.GetDirectoryName(typeof(Sqs).Assembly.Location)!, "AwsFacts.xml");
        Assert.True(File.Exists(path), $"{path} was not produced");

        var member = XDocument.Load(path).Descendants("member")
            .Single(m => (string?)m.Attribute("name") == "F:AwsFacts.Sqs.MaxMessageSizeKb");
        Assert.Contains("The maximum message size, in KB (1 KB = 1,024 bytes): 1,024.", member.Element("summary")!.Value, StringComparison.Ordinal);
        Assert.Contains("The note says: Max message size: 1,024 KB (1 MiB).", member.Element("remarks")!.Value, StringComparison.Ordinal);
        Assert.Contains("Source: notes/messaging.md, line", member.Element("remarks")!.Value, StringComparison.Ordinal);
        Assert.Contains("History: 256 KB until August 2025.", member.Element("remarks")!.Value, StringComparison.Ordinal);
    }
}
