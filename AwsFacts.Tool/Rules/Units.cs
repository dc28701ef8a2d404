using System;
using System.Globalization;

namespace AwsFacts.Tool.Rules
{
    /// <summary>
    /// The units bindings write settings in (<c>s</c>, <c>hours</c>, <c>days</c>, <c>ms</c>, <c>bytes</c>,
    /// <c>MiB</c>, <c>GiB</c>, <c>MB</c>): a fact's typed value expressed as a number of them, so a template's
    /// plain number can be compared with it. Sizes follow <see cref="DataSize"/>: 1 KB = 1,024 bytes.
    /// </summary>
    internal static class Units
    {
        /// <summary>A duration, size or plain number in <paramref name="unit"/>, or null when the two do not convert.</summary>
        public static decimal? In(object value, string valueUnit, string unit) => value switch
        {
            TimeSpan time when Ticks(unit) is { } ticks => time.Ticks / (decimal)ticks,
            DataSize size when Bytes(unit) is { } bytes => size.Bytes / (decimal)bytes,
            int number => Scale(number, valueUnit, unit),
            _ => null,
        };

        /// <summary>A template's number as CloudFormation reads it (<c>90</c>, <c>'90'</c>, <c>1.5</c>, <c>1e3</c>), or null.</summary>
        public static decimal? ParseNumber(string text)
            => decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

        /// <summary><c>43,200</c>; <c>0.5</c>.</summary>
        public static string Format(decimal number) => number.ToString(number == decimal.Truncate(number) ? "#,0" : "#,0.###", CultureInfo.InvariantCulture);

        private static decimal? Scale(int number, string from, string to)
        {
            if (string.Equals(from, to, StringComparison.Ordinal))
            {
                return number;
            }

            if (Ticks(from) is { } fromTicks && Ticks(to) is { } toTicks)
            {
                return number * (decimal)fromTicks / toTicks;
            }

            return Bytes(from) is { } fromBytes && Bytes(to) is { } toBytes ? number * (decimal)fromBytes / toBytes : null;
        }

        private static long? Ticks(string unit) => unit switch
        {
            "ms" => TimeSpan.TicksPerMillisecond,
            "s" => TimeSpan.TicksPerSecond,
            "min" => TimeSpan.TicksPerMinute,
            "h" or "hours" => TimeSpan.TicksPerHour,
            "days" => TimeSpan.TicksPerDay,
            _ => null,
        };

        private static long? Bytes(string unit) => unit switch
        {
            "bytes" => 1L,
            "KB" or "KiB" => 1L << 10,
            "MB" or "MiB" => 1L << 20,
            "GB" or "GiB" => 1L << 30,
            "TB" or "TiB" => 1L << 40,
            _ => null,
        };
    }
}
