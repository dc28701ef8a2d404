using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Name;

/// <summary>
/// The numbering other people's notes put before a heading — "Chapter 13.2 –", "Slide 3:", "1.", "Section 4:", "II)" — is
/// an outline position, not a name: <c>Chapter 15.2 Computing with Lambda</c> names <c>ComputingWithLambda</c>.
/// A number that belongs to the name stays: "2nd factor", "3-AZ", "Route 53", "X-Ray".
/// </summary>
internal static class Numbering
{
    private static readonly Regex Leading = new(
        @"^\s*(?:"
        + @"(?i:chapter|section|part|lesson|module|unit|step|appendix|topic|slide|lecture|video|episode|week|day|session|lab|exercise|ch\.|sec\.|§)\s*(?:\d+(?:\.\d+)*|[IVXLC]+|[A-Z])\b\s*(?:[.):]|\s[-–—·|])?"
        + @"|\d+(?:\.\d+)+\.?(?:\s*[-–—:·|])?"
        + @"|\d+(?:[.):]|\s+[-–—·|])"
        + @"|[IVXLC]+[.)]"
        + @")\s*(?=\S)",
        RegexOptions.CultureInvariant);

    /// <summary>The heading without its leading numbering, or as it is when nothing would be left.</summary>
    public static string Remove(string heading)
    {
        var match = Leading.Match(heading);
        return match.Success && match.Length < heading.Length ? heading.Substring(match.Length) : heading;
    }
}
