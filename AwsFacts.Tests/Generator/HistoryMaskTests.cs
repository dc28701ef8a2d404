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
    // "older" is history only of what AWS superseded: "(64TB on older engine versions)", not "(older data 7 days)".
    private const string Superseded = "engine|engines|version|versions|generation|generations|release|releases|accounts|regions|instance|instances|api|apis|sdk|sdks|models|types|clusters|buckets";

    // "before" is history only of a time: "(before 2023)", "(before August 2025)", not "(raw, before base64)".
    private const string Months = "january|february|march|april|may|june|july|august|september|october|november|december";

    private static readonly Regex Definition = new(
        @"(?<=[(;])[^();]*\b(?:until|before(?=[^();]*(?:\d|" + Months + @"))|formerly|previously|was|were|older(?=\s*(?:" + Superseded + @")(?![A-Za-z])))\b[^();]*(?=[);])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static string ByDefinition(string text) => Definition.Replace(text, m => new string('\u2022', m.Length));

    [Theory]
    [InlineData("1,024 KB (1 MiB; 256 KB until August 2025)")]
    [InlineData("30 days (was 14 days)")]
    [InlineData("5 (previously 3) and 7 (Formerly 2; now 4)")]
    [InlineData("no clause here; until; (untilnow) (x_was) (older")]
    [InlineData("((was) nested (before ( after) ;was;)")]
    [InlineData("128TB (64TB on older engine versions)")]
    [InlineData("3 days (older data 7 days)")]
    [InlineData("16 kb (raw, before base64)")]
    [InlineData("10 (before 2023) and 5 (before May)")]
    public void Examples_match_the_definition(string text)
        => Assert.Equal(ByDefinition(text), FactBuilder.MaskHistory(text));

    [Fact]
    public void Random_text_matches_the_definition()
    {
        string[] pieces = { "until", "UNTIL", "was", "were", "older", "before", "formerly", "previously", "x", "1", "_", " ", "wasn", "awas", "(", ")", ";", " ", "-", "(", ")", ";", "engine", "Versions", "enginex", "data", "2023", "May", "base" };
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 30].Select(string.Concat)
            .Sample(text => FactBuilder.MaskHistory(text) == ByDefinition(text), iter: 20000);
    }
}
