using System;
using System.Linq;
using static AwsFacts.Ec2.InstanceTypes;

namespace AwsFacts.Tests.Validation;

/// <summary>EC2 instance type names taken apart by the naming conventions of notes/ec2.md.</summary>
public class InstanceTypeTests
{
    [Theory]
    [InlineData("m5.xlarge", "m", 5, "", null, "xlarge", null, false)]
    [InlineData("t3.micro", "t", 3, "", null, "micro", null, false)]
    [InlineData("t3a.nano", "t", 3, "a", null, "nano", null, false)]
    [InlineData("c6gn.2xlarge", "c", 6, "gn", null, "2xlarge", 2, false)]
    [InlineData("c6i.large", "c", 6, "i", null, "large", null, false)]
    [InlineData("m7i-flex.large", "m", 7, "i", "flex", "large", null, false)]
    [InlineData("u-6tb1.metal", "u", null, "", "6tb1", "metal", null, true)]
    [InlineData("u7in-16tb.224xlarge", "u", 7, "in", "16tb", "224xlarge", 224, false)]
    [InlineData("mac2-m2pro.metal", "mac", 2, "", "m2pro", "metal", null, true)]
    [InlineData("r6gd.16xlarge", "r", 6, "gd", null, "16xlarge", 16, false)]
    [InlineData("x2iezn.12xlarge", "x", 2, "iezn", null, "12xlarge", 12, false)]
    [InlineData("x1e.32xlarge", "x", 1, "e", null, "32xlarge", 32, false)]
    [InlineData("i4i.metal", "i", 4, "i", null, "metal", null, true)]
    [InlineData("im4gn.large", "im", 4, "gn", null, "large", null, false)]
    [InlineData("inf1.6xlarge", "inf", 1, "", null, "6xlarge", 6, false)]
    [InlineData("p4de.24xlarge", "p", 4, "de", null, "24xlarge", 24, false)]
    [InlineData("g4dn.xlarge", "g", 4, "dn", null, "xlarge", null, false)]
    [InlineData("hpc7g.16xlarge", "hpc", 7, "g", null, "16xlarge", 16, false)]
    [InlineData("z1d.metal", "z", 1, "d", null, "metal", null, true)]
    [InlineData("m5dn.metal-24xl", "m", 5, "dn", null, "metal-24xl", 24, true)]
    [InlineData("r7iz.medium", "r", 7, "iz", null, "medium", null, false)]
    [InlineData("d3en.small", "d", 3, "en", null, "small", null, false)]
    [InlineData("c7i-flex.48xlarge", "c", 7, "i", "flex", "48xlarge", 48, false)]
    [InlineData("a1.medium", "a", 1, "", null, "medium", null, false)]
    [InlineData("dl2q.24xlarge", "dl", 2, "q", null, "24xlarge", 24, false)]
    [InlineData("m8i.96xlarge", "m", 8, "i", null, "96xlarge", 96, false)]
    [InlineData("m8i.metal-96xl", "m", 8, "i", null, "metal-96xl", 96, true)]
    [InlineData("m8i.metal-48xl", "m", 8, "i", null, "metal-48xl", 48, true)]
    [InlineData("g7e.2xlarge", "g", 7, "e", null, "2xlarge", 2, false)]
    [InlineData("p6-b200.48xlarge", "p", 6, "", "b200", "48xlarge", 48, false)]
    [InlineData("p6e-gb200.36xlarge", "p", 6, "e", "gb200", "36xlarge", 36, false)]
    [InlineData("u7inh-32tb.480xlarge", "u", 7, "inh", "32tb", "480xlarge", 480, false)]
    [InlineData("mac-m4.metal", "mac", null, "", "m4", "metal", null, true)]
    [InlineData("mac2-m1ultra.metal", "mac", 2, "", "m1ultra", "metal", null, true)]
    public void Real_instance_types_parse_into_their_parts(
        string name, string series, int? generation, string attributes, string? option, string size, int? multiplier, bool metal)
    {
        var type = Ec2.InstanceType.Parse(name);

        Assert.Equal((name, series, generation, attributes, option, size, multiplier, metal),
            (type.Name, type.Series, type.Generation, type.Attributes, type.Option, type.Size, type.SizeMultiplier, type.IsMetal));
        Assert.Equal(name.Substring(0, name.IndexOf('.')), type.Family);
        Assert.True(Ec2.InstanceType.Validate(name).IsValid);
    }

    [Fact]
    public void Attribute_letters_are_explained_by_the_notes()
    {
        Assert.Equal(new[] { AttributeLetter.G, AttributeLetter.N }, Ec2.InstanceType.Parse("c6gn.large").AttributeLetters);
        Assert.Equal(new[] { AttributeLetter.A }, Ec2.InstanceType.Parse("t3a.nano").AttributeLetters);
        Assert.Equal(new[] { AttributeLetter.Q }, Ec2.InstanceType.Parse("dl2q.24xlarge").AttributeLetters);
    }

    // The names issue #12 lists: each parses, and its parts are what the name says.
    [Theory]
    [InlineData("dl2q.24xlarge")]
    [InlineData("m7i-flex.large")]
    [InlineData("mac2-m2pro.metal")]
    [InlineData("m8i.96xlarge")]
    [InlineData("m8i.metal-96xl")]
    [InlineData("u7in-16tb.224xlarge")]
    [InlineData("c6gn.2xlarge")]
    [InlineData("g7e.2xlarge")]
    public void Current_instance_type_names_parse(string name)
    {
        Assert.True(Ec2.InstanceType.TryParse(name, out var type));
        Assert.Equal(name, type.Name);
        Assert.Equal(name, Ec2.InstanceType.Parse(name).ToString());
        Assert.True(Ec2.InstanceType.Validate(name).IsValid);
    }

    [Theory]
    [InlineData("m5.xlarge", Ec2.InstanceCategory.GeneralPurpose)]
    [InlineData("m7i-flex.large", Ec2.InstanceCategory.GeneralPurpose)]
    [InlineData("c6g.large", Ec2.InstanceCategory.ComputeOptimized)]
    [InlineData("c6gn.2xlarge", Ec2.InstanceCategory.ComputeOptimized)]
    [InlineData("r5.large", Ec2.InstanceCategory.MemoryOptimized)]
    [InlineData("i3.large", Ec2.InstanceCategory.StorageOptimized)]
    [InlineData("im4gn.large", Ec2.InstanceCategory.StorageOptimized)]
    [InlineData("hpc7g.16xlarge", Ec2.InstanceCategory.HighPerformanceComputing)]
    public void Series_whose_description_names_a_category_map_to_it(string name, Ec2.InstanceCategory category)
        => Assert.Equal(category, Ec2.InstanceType.Parse(name).Category);

    [Theory]
    [InlineData("t3.micro")]
    [InlineData("x1e.xlarge")]
    [InlineData("inf1.xlarge")]
    [InlineData("dl2q.24xlarge")]
    [InlineData("g7e.2xlarge")]
    [InlineData("u7in-16tb.224xlarge")]
    [InlineData("mac2-m2pro.metal")]
    [InlineData("d3en.small")]
    public void Series_whose_description_names_no_category_have_none(string name)
        => Assert.Null(Ec2.InstanceType.Parse(name).Category);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("m5")]
    [InlineData("m5.")]
    [InlineData(".large")]
    [InlineData("M5.xlarge")]
    [InlineData("m5.xxlarge")]
    [InlineData("m5.0xlarge")]
    [InlineData("m5.1xlarge")]
    [InlineData("m5.02xlarge")]
    [InlineData("5m.large")]
    [InlineData("m5..large")]
    [InlineData("m5.large.x")]
    [InlineData("m5-.large")]
    [InlineData("m5-Flex.large")]
    [InlineData("m5.metal-xl")]
    [InlineData("ux.large")]
    [InlineData("m5 .large")]
    [InlineData("m8i.metal-96")]
    [InlineData("m8i.96xl")]
    [InlineData("m8i.metal96xl")]
    [InlineData("u7in-16tb-x.224xlarge")]
    [InlineData("u7in-.224xlarge")]
    [InlineData("-16tb.224xlarge")]
    [InlineData("g7e.2XLARGE")]
    [InlineData("g7e.xlarge2")]
    [InlineData("mac2-m2pro.metal-xl")]
    public void Malformed_names_fail_cleanly(string? name)
    {
        Assert.False(Ec2.InstanceType.TryParse(name, out var type));
        Assert.Equal(default, type);
        Assert.False(Ec2.InstanceType.Validate(name).IsValid);
        if (name is not null)
        {
            var exception = Assert.Throws<FormatException>(() => Ec2.InstanceType.Parse(name));
            Assert.False(string.IsNullOrWhiteSpace(exception.Message));
        }
    }
}
