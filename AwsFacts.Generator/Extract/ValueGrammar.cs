using System.Globalization;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract;

/// <summary>The outcome of reading the value part of a <c>Label: value</c> line.</summary>
internal enum ValueKind
{
    /// <summary>Not a single value: the line is prose.</summary>
    NotAValue,

    /// <summary>A number with a recognised unit (or none).</summary>
    Value,

    /// <summary>A number whose unit is not recognised (<c>256 KBB</c>).</summary>
    UnknownUnit,

    /// <summary>A number too large for a 64-bit integer.</summary>
    OutOfRange,
}

internal readonly record struct ParsedValue(ValueKind Kind, FactValue Value, string UnitSuffix, string Unit);

/// <summary>
/// Reads a single value: an optional <c>~</c>, one number (<c>256</c>, <c>1,024</c>, <c>0.5</c>), an optional
/// unit (<c>KB</c>, <c>GB/month</c>, <c>min</c>) and an optional remark in parentheses without numbers.
/// </summary>
internal static class ValueGrammar
{
    private static readonly Regex Single = new(
        @"^(?<approx>~)?\s*(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?<unit>[A-Za-z%][A-Za-z%/]*)?\s*(?:\((?<remark>[^()0-9]*)\))?\s*\.?$",
        RegexOptions.CultureInvariant);

    public static ParsedValue Parse(string text)
    {
        var match = Single.Match(text.Trim());
        if (!match.Success)
        {
            return default;
        }

        var written = match.Groups["num"].Value;
        var unit = match.Groups["unit"].Value;
        var approximate = match.Groups["approx"].Success;
        var display = text.Trim().TrimEnd('.');

        var suffix = Units.SuffixOf(unit);
        if (suffix is null)
        {
            return new ParsedValue(ValueKind.UnknownUnit, new FactValue(string.Empty, string.Empty, display, approximate), string.Empty, unit);
        }

        var digits = written.Replace(",", string.Empty);
        FactValue value;
        if (digits.IndexOf('.') >= 0)
        {
            var number = double.Parse(digits, NumberStyles.Float, CultureInfo.InvariantCulture);
            value = new FactValue("double", number.ToString("R", CultureInfo.InvariantCulture), display, approximate);
            if (value.Literal.IndexOf('.') < 0 && value.Literal.IndexOf('E') < 0)
            {
                value = value with { Literal = value.Literal + ".0" };
            }
        }
        else if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
        {
            var type = integer <= int.MaxValue ? "int" : "long";
            var literal = integer.ToString(CultureInfo.InvariantCulture) + (type == "long" ? "L" : string.Empty);
            value = new FactValue(type, literal, display, approximate);
        }
        else
        {
            return new ParsedValue(ValueKind.OutOfRange, new FactValue(string.Empty, string.Empty, display, approximate), string.Empty, unit);
        }

        return new ParsedValue(ValueKind.Value, value, suffix, unit);
    }
}
