using System;
using System.Globalization;

namespace AwsFacts
{
    /// <summary>
    /// The checks name rules share: required, length and characters. Rule ids extend the id of the facts' group
    /// (<c>lambda.function-names.length</c>); messages name the setting as AWS spells it (<c>FunctionName</c>).
    /// </summary>
    internal static class NameChecks
    {
        /// <summary>The result for a null name: one "required" error.</summary>
        public static ValidationResult Missing(string group, string setting, Fact? fact)
        {
            var errors = new ErrorList();
            errors.Add(group + ".required", $"{setting} is required.", fact);
            return errors.ToResult(null);
        }

        /// <summary>Checks the length in UTF-16 characters, as AWS counts characters.</summary>
        public static void Length(ErrorList errors, string group, string setting, string value, int min, int max, Fact? fact, string? note = null)
        {
            if (value.Length == 0 && min > 0)
            {
                var limits = max == int.MaxValue ? string.Empty : $": {Between(min, max)} characters{note}";
                errors.Add(group + ".length", $"{setting} must not be empty{limits}.", fact);
            }
            else if (value.Length < min || value.Length > max)
            {
                errors.Add(group + ".length", $"{setting} must be {Between(min, max)} characters long{note}; this one has {Count(value.Length)}.", fact);
            }
        }

        /// <summary>Reports the first character outside <paramref name="allowed"/> among the first <paramref name="length"/> (a FIFO name's suffix aside).</summary>
        public static void Characters(ErrorList errors, string group, string setting, string value, CharacterSet allowed, Fact? fact, int length)
        {
            var bad = allowed.IndexOfFirstInvalid(value.AsSpan(0, length));
            if (bad >= 0)
            {
                errors.Add(group + ".characters", $"{setting} may contain only {allowed.Description}; '{Printable(value[bad])}' at {bad} is not allowed.", fact, bad);
            }
        }

        public static string Between(int min, int max)
            => min == max ? Count(min) : max == int.MaxValue ? "at least " + Count(min) : min == 0 ? "at most " + Count(max) : $"{Count(min)}–{Count(max)}";

        public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

        /// <summary>A character as a message can show it: control and space characters as <c>\u0009</c>.</summary>
        public static string Printable(char c) => char.IsControl(c) || char.IsWhiteSpace(c) ? $"\\u{(int)c:X4}" : c.ToString();
    }
}
