using System;
using System.Collections.Generic;
using System.Linq;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar;

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
        (UnitKind.Size, "Eb", Kilo * Kilo * Kilo * Kilo * Kilo * Kilo, new[] { "EB", "EiB" }),
        (UnitKind.Duration, "Microseconds", 0.000001m, new[] { "µs" }),
        (UnitKind.Duration, "Milliseconds", 0.001m, new[] { "ms", "毫秒" }),
        (UnitKind.Duration, "Seconds", 1m, new[] { "s", "sec", "secs", "second", "seconds", "秒" }),
        (UnitKind.Duration, "Minutes", 60m, new[] { "m", "min", "mins", "minute", "minutes", "分钟", "分鐘" }),
        (UnitKind.Duration, "Hours", 3600m, new[] { "h", "hr", "hrs", "hour", "hours", "小时", "小時", "時間" }),
        (UnitKind.Duration, "Days", 86400m, new[] { "d", "day", "days", "天", "日" }),
        (UnitKind.Duration, "Weeks", 604800m, new[] { "week", "weeks", "周", "週", "週間" }),
        (UnitKind.Duration, "Months", 2592000m, new[] { "month", "months", "个月", "個月", "ヶ月", "か月" }),
        (UnitKind.Duration, "Years", 31536000m, new[] { "yr", "yrs", "year", "years", "年" }),
        (UnitKind.Percent, "Percent", 1m, new[] { "%" }),
        (UnitKind.Bandwidth, "BitsPerSecond", 1m, new[] { "bps" }),
        (UnitKind.Bandwidth, "Kbps", 1000m, new[] { "Kbps" }),
        (UnitKind.Bandwidth, "Mbps", 1000m * 1000m, new[] { "Mbps" }),
        (UnitKind.Bandwidth, "Gbps", 1000m * 1000m * 1000m, new[] { "Gbps" }));

    // Chinese and Japanese notes write durations in their own words ("60 秒 - 14 天", "最长 12 小时"): the same units.
    // Notes written by hand spell units in any case: "512mb", "100 Mb", "kB", "10 Seconds". One-letter
    // spellings stay exact ("s", "h", "B"): in another case they are words or letters, not units.
    private static readonly Dictionary<string, UnitInfo> UnitsIgnoringCase = new(
        Units.Where(u => u.Key.Length > 1).ToDictionary(u => u.Key, u => u.Value), StringComparer.OrdinalIgnoreCase);

    // After a slash a unit reads "per …": GB/month → GbPerMonth, msg/s → PerSecond.
    private static readonly Dictionary<string, string> Per = new(StringComparer.OrdinalIgnoreCase)
    {
        ["s"] = "Second", ["sec"] = "Second", ["second"] = "Second",
        ["min"] = "Minute", ["minute"] = "Minute",
        ["h"] = "Hour", ["hr"] = "Hour", ["hour"] = "Hour",
        ["day"] = "Day", ["week"] = "Week", ["month"] = "Month", ["year"] = "Year", ["yr"] = "Year",
    };

    /// <summary>The times a rate may be per (<c>s</c>, <c>min</c>, <c>month</c>), as written after its slash, longest first.</summary>
    public static IEnumerable<string> PerTimeSpellings => Per.Keys.OrderByDescending(k => k.Length);

    /// <summary>The unit spellings of two letters or more, longest first: the scanner matches them in any case.</summary>
    public static IEnumerable<string> Spellings => Units.Keys.Where(k => k.Length > 1).OrderByDescending(k => k.Length);

    /// <summary>The one-letter unit spellings (<c>s</c>, <c>h</c>, <c>B</c>, <c>%</c>): the scanner matches them exactly.</summary>
    public static IEnumerable<string> LetterSpellings => Units.Keys.Where(k => k.Length == 1);

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

        if (Lookup(written) is { } unit)
        {
            return unit with { Written = written };
        }

        if (Compound(written) is { } compound)
        {
            return compound;
        }

        var slash = written.IndexOf('/');
        if (slash == 0 && Per.TryGetValue(written.Substring(1), out var bare))
        {
            // "5,500/s": a count per time that the label names (Request rate → RequestRatePerSecond).
            return new UnitInfo(written, UnitKind.Rate, "Per" + bare, 1m);
        }

        if (slash <= 0 || slash == written.Length - 1 || written.IndexOf('/', slash + 1) >= 0)
        {
            return null;
        }

        var head = written.Substring(0, slash);
        var tail = written.Substring(slash + 1);
        if (!Per.ContainsKey(tail) && IsAcronym(head) && IsAcronym(tail))
        {
            // "3,500 PUT/COPY", "GET/HEAD": names side by side (HTTP methods, APIs), counted; never "PUT per COPY".
            return new UnitInfo(written, UnitKind.Count, Pascal(head) + Pascal(tail), 1m);
        }

        var per = Per.TryGetValue(tail, out var time) ? time : IsWord(tail) ? Capitalise(tail) : null;
        if (per is null)
        {
            return null;
        }

        if (Lookup(head) is { } measured)
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

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => c is >= 'A' and <= 'Z');

    private static string Pascal(string acronym) => acronym.Substring(0, 1) + acronym.Substring(1).ToLowerInvariant();

    /// <summary>
    /// What a count per time counts, PascalCased, when the rate names it (<c>requests/s</c> → "Requests",
    /// <c>msg/s</c> → "Messages"); "" for any other unit. A value without a label is named by it.
    /// </summary>
    public static string CountedHead(UnitInfo unit)
    {
        var written = unit.Written;
        var slash = written.IndexOf('/');
        if (unit.Kind != UnitKind.Rate || slash <= 0 || !Per.ContainsKey(written.Substring(slash + 1)))
        {
            return string.Empty;
        }

        var head = written.Substring(0, slash);
        return !IsWord(head) || Lookup(head) is not null ? string.Empty
            : head.Equals("msg", StringComparison.OrdinalIgnoreCase) || head.Equals("msgs", StringComparison.OrdinalIgnoreCase) ? "Messages"
            : Capitalise(head);
    }

    /// <summary>Whether the text is a unit's spelling (<c>GB</c>, <c>min</c>, <c>requests/s</c>), not a bare count.</summary>
    public static bool IsUnit(string written) => Find(written) is { Kind: not UnitKind.None };

    /// <summary>A spelling as written, else in any case when it has two letters or more.</summary>
    private static UnitInfo? Lookup(string written)
        => Units.TryGetValue(written, out var exact) ? exact
            : UnitsIgnoringCase.TryGetValue(written, out var anyCase) ? anyCase
            : null;

    /// <summary>
    /// A unit times a unit, as AWS bills: <c>GB-seconds</c> → <c>GbSeconds</c>, <c>GB-month</c> → <c>GbMonth</c>.
    /// It measures neither a size nor a duration, so it gets no typed value; a hyphenated word that is not a
    /// unit after a unit (<c>GB-ish</c>) is no unit at all, never the unit before the hyphen.
    /// </summary>
    private static UnitInfo? Compound(string written)
    {
        var hyphen = written.IndexOf('-');
        if (hyphen <= 0 || hyphen == written.Length - 1 || Lookup(written.Substring(0, hyphen)) is not { } head
            || Lookup(written.Substring(hyphen + 1)) is not { } tail || head.Kind == tail.Kind)
        {
            return null;
        }

        var tailWord = written.Substring(hyphen + 1);
        var tailSuffix = Per.TryGetValue(tailWord, out var single) && !tailWord.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? single : tail.Suffix;
        return new UnitInfo(written, UnitKind.Compound, head.Suffix + tailSuffix, 1m);
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
        UnitKind.Bandwidth => Units["bps"] with { Written = "bps" },
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
