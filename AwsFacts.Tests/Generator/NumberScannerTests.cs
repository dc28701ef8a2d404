using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Extract.Grammar;
using AwsFacts.Tests.Infrastructure;
using CsCheck;

namespace AwsFacts.Tests.Generator;

/// <summary>
/// The number scanner is hand-written (it runs on every value); its definition is <see cref="Numbers.Pattern"/>,
/// and the two must find the same numbers in any text.
/// </summary>
public class NumberScannerTests
{
    private static readonly Regex Definition = new(Numbers.Pattern, RegexOptions.CultureInvariant);

    private static string[] ByDefinition(string text) => Definition.Matches(text).Cast<Match>().Select(m => m.Value).ToArray();

    [Theory]
    [InlineData("1,024 KB and 0.5 GB", new[] { "1,024", "0.5" })]
    [InlineData("1,0245", new[] { "1", "0245" })]
    [InlineData("1,234,5678", new[] { "1,234", "5678" })]
    [InlineData("1234,567 12. 3.x", new[] { "1234", "567", "12", "3" })]
    [InlineData("1, 3 or 5", new[] { "1", "3", "5" })]
    public void Examples(string text, string[] numbers)
    {
        Assert.Equal(numbers, Numbers.In(text).ToArray());
        Assert.Equal(ByDefinition(text), Numbers.In(text).ToArray());
    }

    [Fact]
    public void Random_text_matches_the_definition()
    {
        string[] pieces = { "1", "23", "456", "7890", "0", ",", ",", ".", " ", "a", "K", "-", ",000", ",12", ".5" };
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 20].Select(string.Concat)
            .Sample(text => Numbers.In(text).SequenceEqual(ByDefinition(text)), iter: 20000);
    }

    [Fact]
    public void Digits_of_other_scripts_are_no_number_and_never_crash_the_generator()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Size: \u0663 GB, max 5 TB\n- Wait: \u0665\u0660 s\n- Max: 5 GB\n"));

        Assert.True(result.GeneratorDiagnostics.All(d => d.Id != "AWSF000"), string.Join("\n", result.GeneratorDiagnostics));
        Assert.Equal(5, result.AssertCompiles().ConstantValue("X.MaxGb"));
    }
}
