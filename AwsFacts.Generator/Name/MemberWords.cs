using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsFacts.Generator.Name;

/// <summary>
/// Tidies a member's base name the way a user would write it: <c>Maximum…</c> and <c>Minimum…</c> as
/// <c>Max…</c> and <c>Min…</c>, the class's own name not repeated (<c>S3.S3StandardAvailability</c> →
/// <c>S3.StandardAvailability</c>), and a unit the base already ends with not repeated by the suffix
/// (<c>&lt;!-- name: TimeoutSeconds --&gt;</c> → <c>TimeoutSeconds</c>, not <c>TimeoutSecondsSeconds</c>).
/// </summary>
internal static class MemberWords
{
    /// <summary>A base name made from text (never a pinned one), shortened: <c>MaximumExecution</c> → <c>MaxExecution</c>.</summary>
    public static string Shorten(string baseName, string[] classPath)
    {
        var name = ShortBound(baseName, "Maximum", "Max");
        name = ShortBound(name, "Minimum", "Min");
        // "DynamoDbItems" in DynamoDB: the class's name in any casing.
        if (classPath.Length > 0 && StartsWithWord(name, classPath[classPath.Length - 1], StringComparison.OrdinalIgnoreCase))
        {
            name = name.Substring(classPath[classPath.Length - 1].Length);
        }

        return name;
    }

    /// <summary>
    /// A base's text without words that name nothing: articles and "number of" ("Max number of workflows in a domain" →
    /// "Max workflows in domain"), unless nothing else is left.
    /// </summary>
    public static string Plain(string text)
    {
        if (text.IndexOf(' ') < 0)
        {
            return text;
        }

        var words = Extract.SubjectPhrase.DropNumberOf(text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).ToList());
        var kept = words.Where(w => !Articles.Contains(w)).ToList();
        // "For free tier: 25 GB": a preposition that opens a label names nothing.
        if (kept.Count > 1 && OpeningPrepositions.Contains(kept[0]))
        {
            kept.RemoveAt(0);
        }

        return kept.Count == 0 ? text : string.Join(" ", kept);
    }

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.OrdinalIgnoreCase) { "for", "in", "on", "at", "with", "by" };

    /// <summary>
    /// "22 SSH, 443 HTTPS" with nothing else to name them: a protocol's number is its port (<c>SshPort</c>,
    /// <c>HttpsPort</c>), unless a class around it already says so (<c>Ports.Ssh</c>).
    /// </summary>
    public static string WithPort(string noun, string baseName, Model.RawFact fact, string[] classPath)
    {
        if (baseName.Length > 0 || noun.Length == 0 || fact.Shape != Model.FactShape.Value || fact.Values.Count != 1
            || fact.Values[0].Unit.Kind != Model.UnitKind.None || fact.Values[0].Number is < 20 or > 65535
            || classPath.Any(c => c.IndexOf("Port", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return noun;
        }

        var words = IdentifierWords(noun);
        return words.Count > 0 && words.All(Protocols.Contains) ? noun + "Port" : noun;
    }

    private static readonly HashSet<string> Protocols = new(StringComparer.OrdinalIgnoreCase)
    {
        "ftp", "ftps", "sftp", "ssh", "scp", "telnet", "smtp", "smtps", "pop3", "pop3s", "imap", "imaps", "http", "https", "rdp",
        "dns", "ntp", "ldap", "ldaps", "snmp", "nfs", "smb", "cifs", "mysql", "postgres", "postgresql", "mssql",
        "mariadb", "redis", "memcached", "mongodb", "winrm", "kerberos", "syslog", "tftp", "dhcp",
    };

    private static List<string> IdentifierWords(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])))
            {
                words.Add(name.Substring(start, i - start));
                start = i;
            }
        }

        return words;
    }

    /// <summary>The base without a trailing unit word equal to the suffix its constants will carry.</summary>
    public static string WithoutUnit(string baseName, string unitSuffix)
        => unitSuffix.Length > 0 && StartsWithUpper(unitSuffix) && baseName.Length > unitSuffix.Length
           && baseName.EndsWith(unitSuffix, StringComparison.Ordinal)
            ? baseName.Substring(0, baseName.Length - unitSuffix.Length)
            : baseName;

    /// <summary>The counted noun, unless the base already says it (<c>GlobalSecondaryIndexesPerTableQuota</c>, "20 per table").</summary>
    public static string Noun(string noun, string baseName) => noun.Length > 0 && !Says(baseName, noun) ? noun : string.Empty;

    /// <summary>
    /// The base, or nothing when the counted noun says it already: "Security Groups" over "5 security groups per VPC" is
    /// SecurityGroupsPerVpc, not SecurityGroupsSecurityGroupsPerVpc; "Instances" over "~20 On-Demand instances per Region"
    /// is DefaultOnDemandInstancesPerRegion.
    /// </summary>
    public static string UnlessNounSays(string baseName, string noun)
        => baseName.Length > 0 && noun.Length > baseName.Length && HasWord(noun, baseName) ? string.Empty : baseName;

    /// <summary>
    /// Whether a PascalCase name holds the words, ending where a word ends ("ExpressMaxDuration" holds "Max",
    /// "OnDemandInstancesPerRegion" holds "Instances"; "Maximal" holds no "Max").
    /// </summary>
    public static bool HasWord(string name, string words)
    {
        for (var at = name.IndexOf(words, StringComparison.Ordinal); at >= 0; at = name.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if (end == name.Length || char.IsUpper(name[end]) || char.IsDigit(name[end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a base says the noun as its own word, last or before what qualifies it ("…IndexesPerTable", "…IndexesQuota");
    /// "PutLogEventsBatch" names an API, and does not count events.
    /// </summary>
    private static bool Says(string baseName, string noun)
    {
        for (var at = baseName.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = baseName.IndexOf(noun, at + 1, StringComparison.Ordinal))
        {
            var rest = baseName.Substring(at + noun.Length);
            if (rest.Length == 0 || rest.StartsWith("Per", StringComparison.Ordinal) || rest is "Quota" or "Limit" or "Cap" or "Count")
            {
                return true;
            }
        }

        return false;
    }

    private static string ShortBound(string name, string word, string shortWord)
        => StartsWithWord(name, word) ? shortWord + name.Substring(word.Length) : name;

    /// <summary>Whether <paramref name="name"/> starts with <paramref name="word"/> as a whole PascalCase word, with more after it.</summary>
    internal static bool StartsWithWord(string name, string word, StringComparison comparison = StringComparison.Ordinal)
        => word.Length > 0 && name.Length > word.Length && name.StartsWith(word, comparison)
           && (char.IsUpper(name[word.Length]) || char.IsDigit(name[word.Length]));

    private static bool StartsWithUpper(string text) => char.IsUpper(text[0]);
}
