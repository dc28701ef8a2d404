using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// A sentence that opens with its value and then says which bound of what it is: "64,000 is the max IOPS per volume",
/// "15 minutes is the maximum timeout". It reads as the label it implies: "max IOPS per volume: 64,000". What follows a
/// comma, or a premise ("assuming 16 KiB I/O"), is left out of the label.
/// </summary>
internal static class NumberFirst
{
    private static readonly Regex ValueThenBound = new(
        @"^(?<value>~?[0-9][0-9,]*(?:\.[0-9]+)?(?:\s?[A-Za-z/%]+)?)\s+(?:is|are)\s+(?:the\s+|a\s+)?"
        + @"(?<label>(?:max(?:imum)?|min(?:imum)?|default|(?:upper|lower)\s+limit|limit)\b[^,;:()]*?)"
        + @"(?=\s+(?:assuming|if|when|unless|for\s+example)\b|\s*[,;:(]|\s*\.?$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The sentence as a label and its value, or the sentence itself when it is no such sentence.</summary>
    public static string AsLabelled(string sentence)
    {
        if (sentence.Length == 0 || !char.IsDigit(sentence[0]) && sentence[0] != '~')
        {
            return sentence;
        }

        var match = ValueThenBound.Match(sentence);
        return match.Success && match.Groups["label"].Value.Trim().IndexOf(' ') > 0
            ? match.Groups["label"].Value.Trim() + ": " + match.Groups["value"].Value.Trim()
            : sentence;
    }
}
