using System.Collections.Generic;
using System.Linq;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// The units a value may carry: what each measures, the suffix it puts on a member's name (<c>256 KB</c> →
/// <c>…Kb</c>) so a constant's name always says what its number counts, and its factor to the base unit.
/// AWS writes binary sizes with decimal names: 1 KB = 1,024 bytes. A year is 365 days, a month 30.
/// </summary>
internal static class UnitTable
{
    private const decimal Kilo = 1024m;

    private static readonly Dictionary<string, UnitInfo> Units = Build(
        (UnitKind.Size, "Bytes", 1m, new[] { "B", "byte", "bytes" }),
        (UnitKind.Size, "Kb", Kilo, new[] { "KB", "KiB" }),
        (UnitKind.Size, "Mb", Kilo * Kilo, new[] { "MB", "MiB" }),
        (UnitKind.Size, "Gb", Kilo * Kilo * Kilo, new[] { "GB", "GiB" }),
        (UnitKind.Size, "Tb", Kilo * Kilo * Kilo * Kilo, new[] { "TB", "TiB" }),
        (UnitKind.Size, "Pb", Kilo * Kilo * Kilo * Kilo * Kilo, new[] { "PB", "PiB" }),
        (UnitKind.Duration, "Milliseconds", 0.001m, new[] { "ms" }),
        (UnitKind.Duration, "Seconds", 1m, new[] { "s", "sec", "secs", "second", "seconds" }),
        (UnitKind.Duration, "Minutes", 60m, new[] { "min", "mins", "minute", "minutes" }),
        (UnitKind.Duration, "Hours", 3600m, new[] { "h", "hr", "hrs", "hour", "hours" }),
        (UnitKind.Duration, "Days", 86400m, new[] { "day", "days" }),
        (UnitKind.Duration, "Weeks", 604800m, new[] { "week", "weeks" }),
        (UnitKind.Duration, "Months", 2592000m, new[] { "month", "months" }),
        (UnitKind.Duration, "Years", 31536000m, new[] { "yr", "yrs", "year", "years" }),
        (UnitKind.Percent, "Percent", 1m, new[] { "%" }));

    // After a slash a unit reads "per …": GB/month → GbPerMonth, msg/s → PerSecond.
    private static readonly Dictionary<string, string> Per = new()
    {
        ["s"] = "Second", ["sec"] = "Second", ["second"] = "Second",
        ["min"] = "Minute", ["minute"] = "Minute",
        ["h"] = "Hour", ["hr"] = "Hour", ["hour"] = "Hour",
        ["day"] = "Day", ["week"] = "Week", ["month"] = "Month", ["year"] = "Year", ["yr"] = "Year",
    };

    /// <summary>Every unit spelling, longest first, for the scanner's pattern.</summary>
    public static IEnumerable<string> Spellings => Units.Keys.OrderByDescending(k => k.Length);

    /// <summary>
    /// The unit for a spelling, or null when it is not one. A rate <c>X/Y</c> reads "X per Y"; a count per
    /// time (<c>msg/s</c>) is named by its time alone (<c>PerSecond</c>), a count per thing by both
    /// (<c>subscribers/topic</c> → <c>SubscribersPerTopic</c>).
    /// </summary>
    public static UnitInfo? Find(string written)
    {
        if (written.Length == 0)
        {
            return UnitInfo.None;
        }

        if (Units.TryGetValue(written, out var unit))
        {
            return unit with { Written = written };
        }

        var slash = written.IndexOf('/');
        if (slash <= 0 || slash == written.Length - 1 || written.IndexOf('/', slash + 1) >= 0)
        {
            return null;
        }

        var head = written.Substring(0, slash);
        var tail = written.Substring(slash + 1);
        var per = Per.TryGetValue(tail, out var time) ? time : IsWord(tail) ? Capitalise(tail) : null;
        if (per is null)
        {
            return null;
        }

        if (Units.TryGetValue(head, out var measured))
        {
            return new UnitInfo(written, UnitKind.Rate, measured.Suffix + "Per" + per, 1m);
        }

        if (!IsWord(head))
        {
            return null;
        }

        var suffix = time is not null ? "Per" + per : Capitalise(head) + "Per" + per;
        return new UnitInfo(written, UnitKind.Rate, suffix, 1m);
    }

    /// <summary>The unit a count noun gives: <c>characters</c> counts length.</summary>
    public static UnitInfo CountOf(string noun)
        => noun is "characters" or "chars"
            ? new UnitInfo(noun, UnitKind.Count, "Length", 1m)
            : new UnitInfo(noun, UnitKind.Count, string.Empty, 1m);

    /// <summary>The base unit of a kind, for ranges whose ends use different units.</summary>
    public static UnitInfo BaseOf(UnitKind kind) => kind switch
    {
        UnitKind.Size => Units["bytes"] with { Written = "bytes" },
        UnitKind.Duration => Units["s"] with { Written = "s" },
        _ => UnitInfo.None,
    };

    private static bool IsWord(string text) => text.Length > 0 && text.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z');

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant();

    private static Dictionary<string, UnitInfo> Build(params (UnitKind Kind, string Suffix, decimal Factor, string[] Spellings)[] units)
    {
        var table = new Dictionary<string, UnitInfo>();
        foreach (var (kind, suffix, factor, spellings) in units)
        {
            foreach (var spelling in spellings)
            {
                table[spelling] = new UnitInfo(spelling, kind, suffix, factor);
            }
        }

        return table;
    }
}
