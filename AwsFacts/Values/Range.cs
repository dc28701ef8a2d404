using System;
using System.Collections.Generic;
using System.Globalization;

namespace AwsFacts
{
    /// <summary>
    /// A range of values a fact allows — "1 min – 14 days (default 4 days)" — with an optional default.
    /// Both ends are inclusive unless the note says otherwise (<c>&lt;10 ms</c> is an exclusive maximum).
    /// </summary>
    /// <typeparam name="T">The value type: <see cref="int"/>, <see cref="long"/>, <see cref="DataSize"/> or <see cref="TimeSpan"/>.</typeparam>
    public sealed class Range<T> : IEquatable<Range<T>>
        where T : struct, IComparable<T>
    {
        /// <summary>A range from <paramref name="min"/> to <paramref name="max"/>.</summary>
        /// <exception cref="ArgumentException"><paramref name="max"/> is below <paramref name="min"/>, or the default lies outside.</exception>
        public Range(T min, T max, T? @default = null, bool minInclusive = true, bool maxInclusive = true)
        {
            if (max.CompareTo(min) < 0)
            {
                throw new ArgumentException($"The maximum {max} is below the minimum {min}.", nameof(max));
            }

            Min = min;
            Max = max;
            Default = @default;
            MinInclusive = minInclusive;
            MaxInclusive = maxInclusive;
            if (@default is { } value && !Contains(value))
            {
                throw new ArgumentException($"The default {value} lies outside {this}.", nameof(@default));
            }
        }

        /// <summary>The lower end.</summary>
        public T Min { get; }

        /// <summary>The upper end.</summary>
        public T Max { get; }

        /// <summary>The default, when the note gives one.</summary>
        public T? Default { get; }

        /// <summary>Whether <see cref="Min"/> itself is allowed.</summary>
        public bool MinInclusive { get; }

        /// <summary>Whether <see cref="Max"/> itself is allowed.</summary>
        public bool MaxInclusive { get; }

        /// <summary>Whether <paramref name="value"/> lies in the range.</summary>
        public bool Contains(T value)
        {
            var low = value.CompareTo(Min);
            var high = value.CompareTo(Max);
            return (MinInclusive ? low >= 0 : low > 0) && (MaxInclusive ? high <= 0 : high < 0);
        }

        /// <summary>
        /// Checks <paramref name="value"/> against the range. The rule id is the id of the fact the range belongs to,
        /// and the message names the setting as AWS spells it when the fact is bound to one, such as
        /// <c>VisibilityTimeout must be from 0 s to 12 h; 14 h is outside. (notes/messaging.md, line 35)</c>. Never throws.
        /// </summary>
        public ValidationResult Validate(T value)
        {
            var errors = new ErrorList();
            if (!Contains(value))
            {
                var fact = FactCatalog.FindByValue(this);
                var low = MinInclusive ? "from " + Display(Min) : "above " + Display(Min);
                var high = MaxInclusive ? " to " + Display(Max) : " below " + Display(Max);
                errors.Add(fact is null ? "range" : fact.Id, $"{SettingName(fact)} must be {low}{high}; {Display(value)} is outside.", fact);
            }

            return errors.ToResult(Display(value));
        }

        /// <summary>Whether <paramref name="value"/> lies in the range: the same answer as <see cref="Contains"/>, by the name every rule uses.</summary>
        public bool IsValid(T value) => Contains(value);

        /// <summary>Throws a <see cref="ValidationException"/> unless <paramref name="value"/> lies in the range.</summary>
        /// <exception cref="ValidationException">The value is outside the range.</exception>
        public void ThrowIfInvalid(T value) => Validate(value).ThrowIfInvalid();

        /// <summary>AWS's name for the setting (the bound property, <c>VisibilityTimeout</c>), else the C# member, else "The value".</summary>
        private static string SettingName(Fact? fact)
        {
            if (fact is null)
            {
                return "The value";
            }

            // The first binding's last path segment: EphemeralStorage.SizeInGiB → SizeInGiB.
            return fact.Bindings.Count > 0 ? fact.Bindings[0].Path.Substring(fact.Bindings[0].Path.LastIndexOf('.') + 1) : fact.Member;
        }

        /// <inheritdoc />
        public bool Equals(Range<T>? other)
            => other is not null
               && EqualityComparer<T>.Default.Equals(Min, other.Min)
               && EqualityComparer<T>.Default.Equals(Max, other.Max)
               && Nullable.Equals(Default, other.Default)
               && MinInclusive == other.MinInclusive
               && MaxInclusive == other.MaxInclusive;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Range<T> other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                var hash = Min.GetHashCode();
                hash = (hash * 397) ^ Max.GetHashCode();
                hash = (hash * 397) ^ Default.GetHashCode();
                return (hash * 4) + (MinInclusive ? 2 : 0) + (MaxInclusive ? 1 : 0);
            }
        }

        /// <summary>Interval notation, invariantly formatted: <c>[60, 900] (default 300)</c>.</summary>
        public override string ToString()
        {
            var text = Format(Min) + " \u2013 " + Format(Max);
            if (!MinInclusive || !MaxInclusive)
            {
                text += !MinInclusive && !MaxInclusive ? " (both ends excluded)" : !MinInclusive ? " (minimum excluded)" : " (maximum excluded)";
            }

            return Default is { } value ? text + " (default " + Format(value) + ")" : text;
        }

        // Durations read best in seconds, the unit AWS APIs take.
        private static string Display(T value) => value is TimeSpan time
            ? time.TotalSeconds.ToString("#,0.###", CultureInfo.InvariantCulture) + " s"
            : value is IFormattable formattable ? formattable.ToString("#,0.###", CultureInfo.InvariantCulture) : Format(value);

        private static string Format(T value) => value switch
        {
            TimeSpan span => Duration(span),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        /// <summary>A duration in its largest whole unit, as AWS writes it: <c>14 days</c>, <c>12 h</c>, <c>1 min</c>, <c>30 s</c>.</summary>
        private static string Duration(TimeSpan span)
        {
            var ticks = span.Ticks;
            if (ticks != 0 && ticks % TimeSpan.TicksPerDay == 0)
            {
                var days = ticks / TimeSpan.TicksPerDay;
                return days.ToString("#,0", CultureInfo.InvariantCulture) + (days == 1 ? " day" : " days");
            }

            return ticks != 0 && ticks % TimeSpan.TicksPerHour == 0 ? (ticks / TimeSpan.TicksPerHour).ToString("#,0", CultureInfo.InvariantCulture) + " h"
                : ticks != 0 && ticks % TimeSpan.TicksPerMinute == 0 ? (ticks / TimeSpan.TicksPerMinute).ToString("#,0", CultureInfo.InvariantCulture) + " min"
                : ticks % TimeSpan.TicksPerSecond == 0 ? (ticks / TimeSpan.TicksPerSecond).ToString("#,0", CultureInfo.InvariantCulture) + " s"
                : span.TotalMilliseconds.ToString("#,0.###", CultureInfo.InvariantCulture) + " ms";
        }
    }
}
