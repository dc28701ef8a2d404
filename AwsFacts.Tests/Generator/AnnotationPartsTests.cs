using System.Text.RegularExpressions;
using AwsFacts.Generator.Parse;
using CsCheck;

namespace AwsFacts.Tests.Generator;

/// <summary>
/// An annotation comment is read by hand for speed (it runs on every annotated line); its definition is the regular
/// expression below, and the two must agree on any comment.
/// </summary>
public class AnnotationPartsTests
{
    private static readonly Regex Definition = new(
        @"^<!--\s*(?<key>name|enum|was|kind|cfn|api)\s*(?::\s*(?<value>.*?))?\s*-->$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase);

    private static (string Key, string Value)? ByDefinition(string comment)
    {
        var match = Definition.Match(comment.Trim());
        return match.Success ? (match.Groups["key"].Value.ToLowerInvariant(), match.Groups["value"].Value.Trim()) : null;
    }

    [Theory]
    [InlineData("<!-- name: MaxSize -->")]
    [InlineData("<!--name:MaxSize-->")]
    [InlineData("  <!-- NAME : A, B -->  ")]
    [InlineData("<!-- enum -->")]
    [InlineData("<!-- names: X -->")]
    [InlineData("<!-- name Foo -->")]
    [InlineData("<!-- cfn: AWS::SQS::Queue.DelaySeconds [s] -->")]
    [InlineData("<!-- was: A --> b -->")]
    [InlineData("<!---->")]
    [InlineData("<!-->")]
    [InlineData("<!-- kind:\n quota\n -->")]
    [InlineData("<!-- api: -->")]
    public void Examples_match_the_definition(string comment)
        => Assert.Equal(ByDefinition(comment), Annotations.Parts(comment));

    [Fact]
    public void Random_comments_match_the_definition()
    {
        string[] pieces = { "<!--", "-->", "--", "-", ">", "<", "!", " ", "\t", "\n", ":", "name", "NaMe", "enum", "was", "kind", "cfn", "api", "s", "x", "Foo", ",", "a" };
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 12].Select(string.Concat)
            .Select(Gen.Int[0, 3], (text, wrap) => wrap == 0 ? text : "<!--" + text + "-->")
            .Sample(text => Equals(Annotations.Parts(text), ByDefinition(text)), iter: 20000);
    }
}
