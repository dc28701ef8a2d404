using System.Collections.Generic;
using System.Linq;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// The units a value may carry, and the suffix each puts on a member's name (<c>256 KB</c> → <c>…Kb</c>),
/// so a constant's name always says what its number counts.
/// </summary>
internal static class Units
{
    private static readonly Dictionary<string, string> Suffixes = new()
    {
        // Data sizes. Case matters: "MB" is a size, "mb" is not a unit we guess at.
        ["B"] = "Bytes", ["bytes"] = "Bytes", ["byte"] = "Bytes",
        ["KB"] = "Kb", ["MB"] = "Mb", ["GB"] = "Gb", ["TB"] = "Tb", ["PB"] = "Pb",
        ["KiB"] = "Kib", ["MiB"] = "Mib", ["GiB"] = "Gib", ["TiB"] = "Tib",
        // Durations.
        ["ms"] = "Milliseconds",
        ["s"] = "Seconds", ["sec"] = "Seconds", ["secs"] = "Seconds", ["second"] = "Seconds", ["seconds"] = "Seconds",
        ["min"] = "Minutes", ["mins"] = "Minutes", ["minute"] = "Minutes", ["minutes"] = "Minutes",
        ["h"] = "Hours", ["hr"] = "Hours", ["hrs"] = "Hours", ["hour"] = "Hours", ["hours"] = "Hours",
        ["day"] = "Days", ["days"] = "Days",
        ["week"] = "Weeks", ["weeks"] = "Weeks",
        ["month"] = "Months", ["months"] = "Months",
        ["yr"] = "Years", ["yrs"] = "Years", ["year"] = "Years", ["years"] = "Years",
        ["%"] = "Percent",
    };

    // After a slash a unit reads as "per …": GB/month → GbPerMonth, msg/s → …PerSecond.
    private static readonly Dictionary<string, string> PerSuffixes = new()
    {
        ["s"] = "Second", ["sec"] = "Second", ["second"] = "Second",
        ["min"] = "Minute", ["minute"] = "Minute",
        ["h"] = "Hour", ["hr"] = "Hour", ["hour"] = "Hour",
        ["day"] = "Day", ["week"] = "Week", ["month"] = "Month", ["year"] = "Year", ["yr"] = "Year",
    };

    /// <summary>
    /// The name suffix for a unit, or null when the unit is not recognised. A plain lower-case word
    /// (<c>characters</c>, <c>instances</c>) counts things and becomes its own suffix.
    /// </summary>
    public static string? SuffixOf(string unit)
    {
        if (unit.Length == 0)
        {
            return string.Empty;
        }

        var slash = unit.IndexOf('/');
        if (slash > 0)
        {
            var head = SuffixOf(unit.Substring(0, slash));
            var per = unit.Substring(slash + 1);
            if (head is null || per.Length == 0 || per.IndexOf('/') >= 0)
            {
                return null;
            }

            if (PerSuffixes.TryGetValue(per, out var perSuffix))
            {
                return head + "Per" + perSuffix;
            }

            return IsCountNoun(per) ? head + "Per" + Capitalise(per) : null;
        }

        if (Suffixes.TryGetValue(unit, out var suffix))
        {
            return suffix;
        }

        return IsCountNoun(unit) ? Capitalise(unit) : null;
    }

    private static bool IsCountNoun(string word) => word.Length > 1 && word.All(c => c is >= 'a' and <= 'z');

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);
}
