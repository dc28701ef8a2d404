using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Extract.Grammar;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// Whether a line that yielded nothing looked like it held a fact: a number with a unit (in any case:
/// <c>512mb</c>, <c>5 GB</c>, <c>30 sec</c>, <c>100 msg/s</c>) or a list of code spans. Such a line is reported
/// (AWSF017, an info unless AwsFactsReportUnmatched is true), so nothing is lost without a word.
/// </summary>
internal static class UnmatchedLine
{
    private static readonly Regex NumberWithUnit = new(
        @"(?<![A-Za-z0-9_.,])(?:" + Numbers.Pattern + @")[KkMm]?\+?\s?(?:"
        + string.Join("|", UnitTable.Spellings.Select(Regex.Escape))
        + @"|[A-Za-z]+/[A-Za-z]+"
        + "|(?-i:" + string.Join("|", UnitTable.LetterSpellings.Select(Regex.Escape)) + "))(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex CodeSpanList = new(@"`[^`]+`\s*(?:,|and|or)\s*`[^`]+`", RegexOptions.CultureInvariant);

    public static bool LooksLikeFact(string line)
        => NumberWithUnit.Matches(QuantityScanner.Mask(line)).Cast<Match>().Any(m => !QuantityScanner.IsExample(line, m.Index)) || CodeSpanList.IsMatch(line);
}
