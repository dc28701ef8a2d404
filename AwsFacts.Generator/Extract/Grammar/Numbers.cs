using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar;

/// <summary>
/// How a note writes a number, and the one place a written number is read: <c>256</c>, <c>1,024</c> (thousands
/// grouped by commas), <c>0.5</c>. Every form of the value grammar reads its numbers here.
/// </summary>
internal static class Numbers
{
    /// <summary>
    /// A written number, as a regular-expression fragment: <c>1,024</c>, <c>256</c>, <c>0.5</c>. ASCII digits only
    /// (<c>[0-9]</c>, not <c>\d</c>, which takes any script's digits).
    /// </summary>
    public const string Pattern = @"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|" + SpacedThousands + @"|[0-9]+(?:\.[0-9]+)?";

    /// <summary>A whole number, as a regular-expression fragment: <c>1,024</c>, <c>256</c> (never <c>0.5</c>).</summary>
    public const string WholePattern = @"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|" + SpacedThousands + @"|[0-9]+";

    /// <summary>
    /// Thousands grouped by a space, as much of Europe writes them: <c>100 000</c>, <c>20 000</c>. Only round thousands, so
    /// two figures side by side ("2 100 GB ports") stay two.
    /// </summary>
    private const string SpacedThousands = @"[1-9][0-9]{0,2}(?:[ \u00A0\u202F]000)+(?![0-9]|[.,][0-9])";

    /// <summary>A scale letter right after a number: <c>100K</c>, <c>5k</c>, <c>12M</c> (never the start of a word).</summary>
    public const string ScalePattern = "[KkM](?![A-Za-z])";

    /// <summary>Whether a letter is a scale (<see cref="ScalePattern"/>), not a unit.</summary>
    public static bool IsScale(string letter) => Scaled(letter) != 1m;

    /// <summary>The value of a written number (<c>1,024</c> → 1024). Throws OverflowException past a decimal's 28 digits.</summary>
    public static decimal Parse(string written)
        => decimal.Parse(WithoutGrouping(written), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string WithoutGrouping(string written)
        => written.IndexOfAny(GroupSeparators) < 0 ? written : new string(written.Where(c => System.Array.IndexOf(GroupSeparators, c) < 0).ToArray());

    private static readonly char[] GroupSeparators = { ',', ' ', '\u00A0', '\u202F' };

    /// <summary>Whether a written number fits a decimal (28 digits): larger ones are reported, never parsed.</summary>
    public static bool Fits(string written) => Fits(written, string.Empty);

    /// <summary>Whether the number, times its scale letter (<c>5k</c>), fits a decimal.</summary>
    public static bool Fits(string written, string scale)
        => decimal.TryParse(WithoutGrouping(written), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
           && System.Math.Abs(value) <= decimal.MaxValue / Scaled(scale);

    private static decimal Scaled(string scale) => scale switch { "K" or "k" => 1000m, "M" => 1000000m, _ => 1m };

    /// <summary>
    /// A quantity as written: the number, an optional scale letter (<c>100K</c>, <c>12M</c>) and its unit.
    /// <c>Written</c> keeps the note's spelling (<c>100K</c>).
    /// </summary>
    public static Quantity Quantity(string written, UnitInfo unit, bool approximate = false, string scale = "")
    {
        var value = Parse(written);
        value *= Scaled(scale);
        return new Quantity(value, written + scale, unit, approximate);
    }

    /// <summary>
    /// The length of the written number at <paramref name="start"/> (0 when none starts there), as
    /// <see cref="Pattern"/> reads it: <c>1,024</c> when every comma is followed by three digits and the last group by
    /// no digit, else a run of digits with an optional decimal part (<c>0.5</c>).
    /// </summary>
    public static int LengthAt(string text, int start)
    {
        var run = DigitsAt(text, start);
        if (run == 0)
        {
            return 0;
        }

        if (run <= 3)
        {
            // "1,024,000": comma groups of three; a group followed by a digit ("1,0245") ends the number before it.
            var end = start + run;
            var grouped = -1;
            while (end + 4 <= text.Length && text[end] == ',' && DigitsAt(text, end + 1) >= 3)
            {
                end += 4;
                if (end < text.Length && IsDigit(text[end]))
                {
                    break;
                }

                grouped = end;
            }

            if (grouped > 0)
            {
                return grouped - start;
            }

            if (text[start] != '0' && SpacedThousandsEnd(text, start + run) is var spaced && spaced > 0)
            {
                return spaced - start;
            }
        }

        var length = run;
        if (start + length + 1 < text.Length && text[start + length] == '.' && IsDigit(text[start + length + 1]))
        {
            length += 1 + DigitsAt(text, start + length + 1);
        }

        return length;
    }

    /// <summary>Where groups of " 000" after a number's first digits end (<c>100 000</c>), or -1 when none follows.</summary>
    private static int SpacedThousandsEnd(string text, int end)
    {
        var grouped = -1;
        while (end + 4 <= text.Length && text[end] is ' ' or '\u00A0' or '\u202F' && string.CompareOrdinal(text, end + 1, "000", 0, 3) == 0
               && (end + 4 == text.Length || !(IsDigit(text[end + 4]) || (text[end + 4] is '.' or ',' && end + 5 < text.Length && IsDigit(text[end + 5])))))
        {
            end += 4;
            grouped = end;
        }

        return grouped;
    }

    /// <summary>The written numbers in a text, left to right, as <see cref="Pattern"/> finds them.</summary>
    public static List<string> In(string text)
    {
        var numbers = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var length = LengthAt(text, i);
            if (length > 0)
            {
                numbers.Add(text.Substring(i, length));
                i += length - 1;
            }
        }

        return numbers;
    }

    private static int DigitsAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsDigit(text[end]))
        {
            end++;
        }

        return end - start;
    }

    // ASCII digits only, as in Pattern: a regular expression's \d also takes other scripts' digits ("٣"), which no
    // note writes as figures and decimal.Parse rejects (the note was lost, AWSF000).
    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Whether the text has a digit: most prose has none, and no form need look at it.</summary>
    public static bool HasDigit(string text) => FirstDigit(text) >= 0;

    /// <summary>Where the text's first (ASCII) digit is, or -1.</summary>
    public static int FirstDigit(string text) => FirstDigit(text, 0);

    /// <summary>Where the text's first (ASCII) digit at or after <paramref name="from"/> is, or -1.</summary>
    public static int FirstDigit(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsDigit(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a value starts with a number, perhaps marked approximate: <c>1,000</c>, <c>~ 12M</c>, <c>≈ 400 µs</c>.</summary>
    public static bool StartsWithValue(string value)
    {
        var start = value.TrimStart('~', ' ', '≈');
        return start.Length > 0 && char.IsDigit(start[0]);
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
