using System;

namespace AwsFacts
{
    // Former names the generator cannot keep with their types (a <!-- was: --> alias takes the type of the new
    // fact's first member). Every value comes from the generated facts of notes/monitoring.md.
    public static partial class CloudWatch
    {
        /// <summary>
        /// The former name of <see cref="MetricPeriodMultipleSeconds"/>: a regular-resolution period is any multiple
        /// of 60 s, not only 60 s.
        /// </summary>
        [Obsolete("Renamed: use MetricPeriodMultipleSeconds (a period is any multiple of 60 s, not only 60 s).")]
        public const int StandardPeriodsSeconds = MetricPeriodMultipleSeconds;

        /// <summary>
        /// The former name of <see cref="MetricPeriodMultiple"/>: a regular-resolution period is any multiple of
        /// 60 s, not only 60 s.
        /// </summary>
        [Obsolete("Renamed: use MetricPeriodMultiple (a period is any multiple of 60 s, not only 60 s).")]
        public static TimeSpan StandardPeriods => MetricPeriodMultiple;
    }

    public static partial class CloudWatchLogs
    {
        private const string RetentionIsASet =
            "Retention takes only the values of RetentionValuesDays, not every value in between: use RetentionValuesDays or RetentionInDays.IsValid.";

        /// <summary>
        /// The former retention range, now from the first to the last value of <see cref="RetentionValuesDays"/>
        /// (1–3,653 days). Only the listed values are valid, not every duration in between.
        /// </summary>
        [Obsolete(RetentionIsASet)]
        public static Range<TimeSpan> Retention
            => new Range<TimeSpan>(TimeSpan.FromDays(RetentionValuesDays[0]), TimeSpan.FromDays(RetentionValuesDays[RetentionValuesDays.Count - 1]));

        /// <summary>The shortest retention, <see cref="RetentionValuesDays"/>' first value, in seconds.</summary>
        [Obsolete(RetentionIsASet)]
        public static int RetentionMinSeconds => (int)TimeSpan.FromDays(RetentionValuesDays[0]).TotalSeconds;

        /// <summary>The longest retention, <see cref="RetentionValuesDays"/>' last value (3,653 days), in seconds.</summary>
        [Obsolete(RetentionIsASet)]
        public static int RetentionMaxSeconds => (int)TimeSpan.FromDays(RetentionValuesDays[RetentionValuesDays.Count - 1]).TotalSeconds;
    }
}
