using System;
using System.Globalization;
using System.Linq;
using System.Text;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Emit;

/// <summary>
/// The one sentence a member's hover starts with: what the member is, in words, and its value —
/// "The maximum visibility timeout, in seconds: 43,200." The note's own sentence follows as a remark.
/// Returns escaped XML (code spans as &lt;c&gt;).
/// </summary>
internal static class MemberSummary
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Of(NamedMember member)
    {
        var (lead, subject) = Lead(member);
        var unit = ValueLiterals.IsConst(member.Value.Type) && member.Value.Type != TypedKind.String ? UnitClause(member.Unit) : string.Empty;
        var text = new StringBuilder(lead);
        if (subject.Length > 0)
        {
            text.Append(' ').Append(XmlDoc.Escape(subject));
        }

        text.Append(unit).Append(": ").Append(Value(member)).Append('.');
        return member.ReplacedBy is { } replacement
            ? $"<c>{member.Name}</c> is the former name of <see cref=\"{replacement}\"/>, kept so existing code compiles. {text}"
            : text.ToString();
    }

    /// <summary>"The maximum" + "visibility timeout": the role (min, max, default, range, set) and what is measured.</summary>
    private static (string Lead, string Subject) Lead(NamedMember member)
    {
        var subject = member.Subject;
        var role = member.Role;
        if (role.Length == 0)
        {
            // A plain value whose subject starts with a bound word ("max message size") takes that word as its role.
            role = StripLeading(ref subject, "maximum", "max", "minimum", "min", "default") ?? string.Empty;
        }
        else
        {
            // Only the word that restates the role goes: "max session duration" keeps its "max" as a default.
            var words = role switch { "Max" => new[] { "maximum", "max" }, "Min" => new[] { "minimum", "min" }, "Default" => new[] { "default" }, _ => new string[0] };
            StripLeading(ref subject, words);
            if (role == "Default" && subject.EndsWith(" default", StringComparison.OrdinalIgnoreCase))
            {
                subject = subject.Substring(0, subject.Length - " default".Length); // "max receive count default" says it once
            }
        }

        if (member.Traits.Kind == FactKinds.Quota && subject.EndsWith(" quota", StringComparison.OrdinalIgnoreCase))
        {
            subject = subject.Substring(0, subject.Length - " quota".Length); // the lead already says "default quota"
        }

        var lead = role switch
        {
            "Min" => "The minimum",
            "Max" => "The maximum",
            "Default" => "The default",
            "Range" => "The allowed range of the",
            "Set" => "The allowed values of the",
            _ => "The",
        };
        if (member.Traits.Kind == FactKinds.Quota && role != "Default")
        {
            lead = role == "Min" ? "The minimum default quota for the" : "The default quota for the";
        }
        else if (member.Traits.Kind == FactKinds.Typical)
        {
            lead = "The typical";
        }

        if (subject.Length == 0)
        {
            subject = "value";
        }

        if (member.Unit == "characters" && !subject.EndsWith("length", StringComparison.OrdinalIgnoreCase))
        {
            subject += " length"; // "3–63 characters" in a class of its own is the name's length
        }

        return (lead, subject);
    }

    /// <summary>Removes a leading bound word from the subject; returns the role it names, or null.</summary>
    private static string? StripLeading(ref string subject, params string[] words)
    {
        foreach (var word in words)
        {
            if (subject.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase))
            {
                subject = subject.Substring(word.Length + 1);
                return word.StartsWith("max", StringComparison.OrdinalIgnoreCase) ? "Max"
                    : word.StartsWith("min", StringComparison.OrdinalIgnoreCase) ? "Min" : "Default";
            }
        }

        return null;
    }

    /// <summary>", in seconds" — what a constant's number counts.</summary>
    private static string UnitClause(string unit)
    {
        var words = UnitWords(unit);
        return words.Length == 0 ? string.Empty : ", in " + words;
    }

    private static string UnitWords(string unit) => unit.Trim() switch
    {
        "" => string.Empty,
        "s" or "sec" or "secs" or "second" or "seconds" => "seconds",
        "ms" => "milliseconds",
        "min" or "mins" or "minute" or "minutes" => "minutes",
        "h" or "hr" or "hrs" or "hour" or "hours" => "hours",
        "day" or "days" => "days",
        "week" or "weeks" => "weeks",
        "month" or "months" => "months",
        "yr" or "yrs" or "year" or "years" => "years",
        "B" or "byte" or "bytes" => "bytes",
        "KB" or "KiB" or "kB" or "kb" => "KB (1 KB = 1,024 bytes)",
        "MB" or "MiB" or "mb" => "MB (1 MB = 1,024 KB)",
        "GB" or "GiB" or "gb" => "GB (1 GB = 1,024 MB)",
        "TB" or "TiB" or "tb" => "TB (1 TB = 1,024 GB)",
        "PB" or "PiB" => "PB (1 PB = 1,024 TB)",
        "%" => "percent",
        var other => XmlDoc.Escape(other),
    };

    /// <summary>The value in words: "43,200", "1 MB (1,048,576 bytes)", "0 seconds to 12 hours (default 30 seconds)".</summary>
    private static string Value(NamedMember member)
    {
        var parts = member.Value.Parts;
        switch (member.Value.Type)
        {
            case TypedKind.String:
                return "<c>" + XmlDoc.Escape(parts[0]) + "</c>";
            case TypedKind.DataSize:
                return Size(Long(parts[0]));
            case TypedKind.TimeSpan:
                return Duration(Dec(parts[0]) / TicksPerSecond);
            case TypedKind.RangeDataSize:
                return Range(parts, p => Size(Long(p), withBytes: false));
            case TypedKind.RangeTimeSpan:
                return Range(parts, p => Duration(Dec(p) / TicksPerSecond));
            case TypedKind.RangeInt or TypedKind.RangeLong:
                var unit = UnitWords(member.Unit);
                return Range(parts, p => Counted(p, unit));
            case TypedKind.IntList or TypedKind.LongList:
                var list = string.Join(", ", parts.Select(Number));
                var words = UnitWords(member.Unit);
                return words.Length > 0 ? list + " (" + words + ")" : list;
            default:
                return Number(parts[0]);
        }
    }

    private static string Range(EquatableArray<string> parts, Func<string, string> format)
    {
        var text = format(parts[0]) + " to " + format(parts[1]);
        if (parts.Count > 2 && parts[2].Length > 0)
        {
            text += " (default " + format(parts[2]) + ")";
        }

        return text;
    }

    // Typed durations are held in ticks, as TimeSpan.FromTicks takes them.
    private const decimal TicksPerSecond = 10_000_000m;

    /// <summary>"80 characters", "1 character".</summary>
    private static string Counted(string invariant, string unit)
        => unit.Length == 0 ? Number(invariant)
            : Number(invariant) + " " + (invariant == "1" && unit.EndsWith("s", StringComparison.Ordinal) && unit.IndexOf(' ') < 0 ? unit.Substring(0, unit.Length - 1) : unit);

    private static string Number(string invariant)
        => decimal.TryParse(invariant, NumberStyles.Number, Invariant, out var n)
            ? (n == decimal.Truncate(n) ? n.ToString("#,0", Invariant) : n.ToString(Invariant))
            : XmlDoc.Escape(invariant);

    private static long Long(string invariant) => long.Parse(invariant, NumberStyles.Integer, Invariant);

    private static decimal Dec(string invariant) => decimal.Parse(invariant, NumberStyles.Number, Invariant);

    private static readonly (long Factor, string Unit)[] SizeUnits =
    {
        (1L << 50, "PB"), (1L << 40, "TB"), (1L << 30, "GB"), (1L << 20, "MB"), (1L << 10, "KB"),
    };

    private static string Size(long bytes, bool withBytes = true)
    {
        foreach (var (factor, unit) in SizeUnits)
        {
            if (bytes >= factor && bytes % factor == 0)
            {
                var text = (bytes / factor).ToString("#,0", Invariant) + " " + unit;
                return withBytes ? text + " (" + bytes.ToString("#,0", Invariant) + " bytes)" : text;
            }
        }

        return bytes.ToString("#,0", Invariant) + (bytes == 1 ? " byte" : " bytes");
    }

    private static readonly (decimal Seconds, string One, string Many)[] DurationUnits =
    {
        (86400m, "day", "days"), (3600m, "hour", "hours"), (60m, "minute", "minutes"), (1m, "second", "seconds"),
    };

    private static string Duration(decimal seconds)
    {
        foreach (var (factor, one, many) in DurationUnits)
        {
            if (seconds >= factor && seconds % factor == 0)
            {
                var count = seconds / factor;
                return count.ToString("#,0", Invariant) + " " + (count == 1 ? one : many);
            }
        }

        return seconds == 0 ? "0 seconds" : seconds.ToString(Invariant) + " seconds";
    }
}
