using System.Globalization;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar;

/// <summary>
/// How a note writes a number, and the one place a written number is read: <c>256</c>, <c>1,024</c> (thousands
/// grouped by commas), <c>0.5</c>. Every form of the value grammar reads its numbers here.
/// </summary>
internal static class Numbers
{
    /// <summary>A written number, as a regular-expression fragment: <c>1,024</c>, <c>256</c>, <c>0.5</c>.</summary>
    public const string Pattern = @"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?";

    /// <summary>A whole number, as a regular-expression fragment: <c>1,024</c>, <c>256</c> (never <c>0.5</c>).</summary>
    public const string WholePattern = @"\d{1,3}(?:,\d{3})+(?!\d)|\d+";

    /// <summary>The value of a written number (<c>1,024</c> → 1024). Throws OverflowException past a decimal's 28 digits.</summary>
    public static decimal Parse(string written)
        => decimal.Parse(written.Replace(",", string.Empty), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>Whether a written number fits a decimal (28 digits): larger ones are reported, never parsed.</summary>
    public static bool Fits(string written)
        => decimal.TryParse(written.Replace(",", string.Empty), NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// A quantity as written: the number, an optional scale letter (<c>100K</c>, <c>12M</c>) and its unit.
    /// <c>Written</c> keeps the note's spelling (<c>100K</c>).
    /// </summary>
    public static Quantity Quantity(string written, UnitInfo unit, bool approximate = false, string scale = "")
    {
        var value = Parse(written);
        value *= scale switch { "K" => 1000m, "M" => 1000000m, _ => 1m };
        return new Quantity(value, written + scale, unit, approximate);
    }

    /// <summary>Whether the text has a digit: most prose has none, and no form need look at it.</summary>
    public static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the first character that is not white space is a digit.</summary>
    public static bool StartsWithDigit(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c is >= '0' and <= '9';
            }
        }

        return false;
    }
}
