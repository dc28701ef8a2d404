using System.Linq;

namespace AwsFacts
{
    public static partial class CloudWatchLogs
    {
        /// <summary>
        /// Checks a log group retention in days: only the values of <see cref="RetentionValuesDays"/> are allowed
        /// (leave the setting out to keep logs forever). Never throws.
        /// </summary>
        public static ValidationResult ValidateRetention(int days)
        {
            var errors = new ErrorList();
            if (!IsValidRetention(days))
            {
                var fact = FactCatalog.FindByValue(RetentionValuesDays);
                errors.Add("logs.retention-days", $"Retention must be one of {string.Join(", ", RetentionValuesDays)} days; {days} is not.", fact);
            }

            return errors.ToResult(days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        /// <summary>Whether <paramref name="days"/> is an allowed retention. Allocates nothing.</summary>
        public static bool IsValidRetention(int days)
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

        /// <summary>The allowed retention nearest above <paramref name="days"/>, or null when it exceeds them all.</summary>
        public static int? NextAllowedRetention(int days)
            => RetentionValuesDays.Where(d => d >= days).Select(d => (int?)d).FirstOrDefault();
    }
}
