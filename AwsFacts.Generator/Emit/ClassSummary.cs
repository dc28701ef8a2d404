using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Parse;

namespace AwsFacts.Generator.Emit;

/// <summary>
/// What a class holds, as a sentence: "Facts about Amazon SQS standard queues." — the heading without emoji,
/// numbering ("1.", "Chapter 13.2 –") or a trailing "Notes"/"Cheat Sheet".
/// </summary>
internal static class ClassSummary
{
    private static readonly Regex Numbering = new(@"^\s*(?:(?:chapter|section|part)\s+)?\d+(?:\.\d+)*[.):]?\s*[-–—:]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);


    private static readonly Regex Markup = new(@"[*_`#]+|\s{2,}", RegexOptions.CultureInvariant);

    public static string Of(string title, string name)
    {
        var clean = Clean(title);
        var words = clean.Split(' ');
        if (words.Length > 1 && words[0].Length > 1 && char.IsUpper(words[0][0]) && words[0].Skip(1).All(char.IsLower)
            && words.Skip(1).All(w => !w.Any(char.IsUpper)))
        {
            clean = char.ToLowerInvariant(clean[0]) + clean.Substring(1); // "Queue names" reads "queue names" mid-sentence
        }

        return "Facts about " + (clean.Length > 0 ? clean : Words(name)) + ".";
    }

    /// <summary>A heading or header as plain text: no emoji, numbering, Markdown markers or trailing "Notes".</summary>
    public static string Clean(string title)
    {
        var text = Markup.Replace(Emoji.Remove(title), " ").Trim();
        text = Numbering.Replace(text, string.Empty);
        text = AwsFacts.Generator.Name.IdentifierNamer.TrailingNotes.Replace(text, string.Empty).Trim().TrimEnd('.', ':', '-', '–').Trim();
        return text;
    }

    /// <summary><c>KeyApiCall</c> → "key API call"; <c>AlarmState</c> → "alarm state".</summary>
    public static string Words(string identifier)
        => string.Join(" ", Regex.Split(identifier.TrimStart('_', '@'), "(?<=[a-z0-9])(?=[A-Z])").Where(w => w.Length > 0)
            .Select(w => w.Length <= 3 && w.Skip(1).All(char.IsLower) && IsAcronym(w) ? w.ToUpperInvariant() : w.ToLowerInvariant()));

    private static bool IsAcronym(string word) => word is "Api" or "Sqs" or "Sns" or "Ec2" or "Ebs" or "Iam" or "Dns" or "Aws" or "Az" or "Ip" or "Ssl" or "Tls" or "Kms";
}
