using System.Text.RegularExpressions;
using AwsFacts.Generator.Extract;
using CsCheck;

namespace AwsFacts.Tests.Generator;

/// <summary>
/// The history mask is hand-written for speed (it runs on every sentence with a parenthesis); its definition
/// is the regular expression below, and the two must agree on any text.
/// </summary>
public class HistoryMaskTests
{
    private static readonly Regex Definition = new(
        @"(?<=[(;])[^();]*\b(?:until|before|formerly|previously|was|were|older)\b[^();]*(?=[);])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static string ByDefinition(string text) => Definition.Replace(text, m => new string('\u2022', m.Length));

    [Theory]
    [InlineData("1,024 KB (1 MiB; 256 KB until August 2025)")]
    [InlineData("30 days (was 14 days)")]
    [InlineData("5 (previously 3) and 7 (Formerly 2; now 4)")]
    [InlineData("no clause here; until; (untilnow) (x_was) (older")]
    [InlineData("((was) nested (before ( after) ;was;)")]
    public void Examples_match_the_definition(string text)
        => Assert.Equal(ByDefinition(text), FactBuilder.MaskHistory(text));

    [Fact]
    public void Random_text_matches_the_definition()
    {
        string[] pieces = { "until", "UNTIL", "was", "were", "older", "before", "formerly", "previously", "x", "1", "_", " ", "wasn", "awas", "(", ")", ";", " ", "-", "(", ")", ";" };
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 30].Select(string.Concat)
            .Sample(text => FactBuilder.MaskHistory(text) == ByDefinition(text), iter: 20000);
    }
}
