using System;
using System.Globalization;
using System.Linq;

namespace AwsFacts
{
    public static partial class CloudWatchLogs
    {
        /// <summary>Checks a log group retention in days; see <see cref="RetentionInDays.Validate(int)"/>.</summary>
        [Obsolete("Use CloudWatchLogs.RetentionInDays.Validate, the one validation shape of every rule.")]
        public static ValidationResult ValidateRetention(int days) => RetentionInDays.Validate(days);

        /// <summary>Whether <paramref name="days"/> is an allowed retention; see <see cref="RetentionInDays.IsValid(int)"/>.</summary>
        [Obsolete("Use CloudWatchLogs.RetentionInDays.IsValid, the one validation shape of every rule.")]
        public static bool IsValidRetention(int days) => RetentionInDays.IsValid(days);

        /// <summary>The allowed retention nearest above <paramref name="days"/>; see <see cref="RetentionInDays.Next"/>.</summary>
        [Obsolete("Use CloudWatchLogs.RetentionInDays.Next.")]
        public static int? NextAllowedRetention(int days) => RetentionInDays.Next(days);

        /// <summary>
        /// The rule for a log group's retention (<c>RetentionInDays</c>): only the values of
        /// <see cref="RetentionValuesDays"/> are allowed, not every number in between; leave the setting out to keep
        /// logs forever.
        /// </summary>
        public static class RetentionInDays
        {
            private const string Setting = "RetentionInDays";

            /// <summary>Checks a retention in days; the rule id is the retention fact's id. Never throws.</summary>
            /// <example><c>CloudWatchLogs.RetentionInDays.Validate(30).IsValid</c> is true; <c>Validate(2)</c> is not.</example>
            public static ValidationResult Validate(int days)
            {
                var errors = new ErrorList();
                if (!IsValid(days))
                {
                    var fact = Cite.Fact(typeof(CloudWatchLogs), RetentionValuesDays);
                    var next = Next(days) is { } above ? $" (the next allowed value is {above})" : string.Empty;
                    errors.Add(fact?.Id ?? "cloud-watch-logs.retention-values-days",
                        $"{Setting} must be one of {string.Join(", ", RetentionValuesDays)} days; {days} is not{next}.", fact);
                }

                return errors.ToResult(days.ToString(CultureInfo.InvariantCulture));
            }

            /// <summary>Checks a retention written as text (as templates and command lines hold it): a whole number of days.</summary>
            public static ValidationResult Validate(string? days)
            {
                if (int.TryParse(days, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value))
                {
                    return Validate(value);
                }

                var fact = Cite.Fact(typeof(CloudWatchLogs), RetentionValuesDays);
                var errors = new ErrorList();
                errors.Add(fact?.Id ?? "cloud-watch-logs.retention-values-days", $"{Setting} must be a whole number of days; '{days}' is not.", fact);
                return errors.ToResult(days);
            }

            /// <summary>Whether <paramref name="days"/> is an allowed retention. Allocates nothing.</summary>
            public static bool IsValid(int days)
            {
                var allowed = RetentionValuesDays;
                for (var i = 0; i < allowed.Count; i++)
                {
                    if (allowed[i] == days)
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>Whether the text is a whole number of days that is an allowed retention. Allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> days) => Whole(days) is { } value && IsValid(value);

            /// <summary>Whether the text is a whole number of days that is an allowed retention. False for null.</summary>
            public static bool IsValid(string? days) => days is not null && IsValid(days.AsSpan());

            /// <summary>Throws a <see cref="ValidationException"/> unless <paramref name="days"/> is an allowed retention.</summary>
            /// <exception cref="ValidationException">The retention is not one of the allowed values.</exception>
            public static void ThrowIfInvalid(int days) => Validate(days).ThrowIfInvalid();

            /// <summary>The allowed retention nearest above <paramref name="days"/>, or null when it exceeds them all.</summary>
            public static int? Next(int days) => RetentionValuesDays.Where(d => d >= days).Select(d => (int?)d).FirstOrDefault();

            /// <summary>Digits only, trimmed: the allocation-free twin of <see cref="int.TryParse(string, out int)"/> for this rule.</summary>
            private static int? Whole(ReadOnlySpan<char> text)
            {
                text = text.Trim();
                if (text.Length == 0 || text.Length > 9)
                {
                    return null;
                }

                var value = 0;
                foreach (var c in text)
                {
                    if (c is < '0' or > '9')
                    {
                        return null;
                    }

                    value = (value * 10) + (c - '0');
                }

                return value;
            }
        }
    }
}
