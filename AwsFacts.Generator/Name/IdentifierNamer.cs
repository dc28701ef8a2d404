using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Parse;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsFacts.Generator.Name;

/// <summary>
/// Turns note text into C# names, by the rules in docs/notes-format.md: emoji and keycap numbering
/// (<c>1️⃣1️⃣</c>) go, heading words "Amazon"/"AWS" and a trailing "– Notes"/"Cheat Sheet" go, words are
/// joined in PascalCase, and all-capital acronyms are written as words (<c>SQS</c> → <c>Sqs</c>, <c>EC2</c> → <c>Ec2</c>).
/// </summary>
internal static class IdentifierNamer
{
    /// <summary>A heading's trailing "– Notes" or "Cheat Sheet": dropped from names and from class summaries.</summary>
    internal static readonly Regex TrailingNotes = new(
        @"[\s\-–—:]*(notes|cheat\s*sheet)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly HashSet<string> VendorWords = new(StringComparer.OrdinalIgnoreCase) { "Amazon", "AWS" };

    /// <summary>Is <paramref name="name"/> usable as written for an explicit name?</summary>
    public static bool IsValidExplicitName(string name)
        => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
           && !name.StartsWith("__", StringComparison.Ordinal); // "__" names are the generator's own (__GeneratedFacts)

    /// <summary>
    /// Is <paramref name="name"/> usable as a type's name? C# 11 reserves names of lower-case ASCII letters only
    /// (CS8981: <c>record</c>, <c>var</c>, <c>foo</c>), so a consumer on a recent C# would get a warning.
    /// </summary>
    /// <remarks>
    /// A nested type named like one of object's members (<c>ToString</c>) would hide it (CS0108).
    /// </remarks>
    public static bool IsValidTypeName(string name) => IsValidExplicitName(name) && !IsLowerCaseAscii(name) && !ObjectMembers.Contains(name);

    /// <summary>A derived type name (a table's row type from a pinned list name) made valid: <c>row</c> → <c>Row</c>, <c>GetType</c> → <c>GetTypeValue</c>.</summary>
    public static string AsTypeName(string name)
        => IsLowerCaseAscii(name) ? char.ToUpperInvariant(name[0]) + name.Substring(1) : MakeSafe(name);

    /// <summary>Whether a pinned member name can stand as written: a valid name that hides nothing of object's.</summary>
    public static bool IsValidMemberName(string name) => IsValidExplicitName(name) && !ObjectMembers.Contains(name);

    private static bool IsLowerCaseAscii(string name) => name.Length > 0 && name.All(c => c is >= 'a' and <= 'z');

    /// <summary>The PascalCase identifier for a text, or null when the text has no letters or digits.</summary>
    public static string? FromText(string text, bool isHeading)
    {
        var words = Words(text, isHeading);
        if (words.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            // "Record 大小限制 单个 Record 最大" keeps "Record" once: a word said twice in a row names nothing more.
            if (i == 0 || !string.Equals(words[i], words[i - 1], StringComparison.OrdinalIgnoreCase))
            {
                builder.Append(PascalWord(words[i]));
            }
        }

        return MakeSafe(builder.ToString());
    }

    /// <summary>
    /// The words a name is built from, as written: without emoji, and for a heading without its numbering, a trailing
    /// "Notes" or "Cheat Sheet" and the words "Amazon"/"AWS" (each unless nothing else is left).
    /// </summary>
    internal static List<string> Words(string text, bool isHeading)
    {
        var cleaned = Emoji.Remove(text);
        if (isHeading)
        {
            // "# Notes" or "# Cheat sheet" alone is the whole title, not a trailing word to drop.
            var withoutNotes = TrailingNotes.Replace(cleaned, string.Empty);
            cleaned = Numbering.Remove(SplitWords(withoutNotes).Count > 0 ? withoutNotes : cleaned);
        }

        var words = WithoutCjkBesideLatin(SplitWords(cleaned));
        return isHeading && words.Any(w => !VendorWords.Contains(w)) ? words.Where(w => !VendorWords.Contains(w)).ToList() : words;
    }

    // Members of object: a static member with one of these names hides it (CS0108), a warning that fails the build.
    private static readonly HashSet<string> ObjectMembers = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// Leading digits get an underscore, keywords an @, names of object's members a "Value" suffix
    /// (<c>!Equals</c> → <c>EqualsValue</c>), so the result always compiles warning-free.
    /// </summary>
    public static string MakeSafe(string identifier)
    {
        identifier = IdentifierCharactersOnly(identifier);
        if (ObjectMembers.Contains(identifier))
        {
            return identifier + "Value";
        }

        if (identifier.Length > 0 && char.IsDigit(identifier[0]))
        {
            return "_" + identifier;
        }

        return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
    }

    /// <summary>
    /// The last guard: a name composed from several parts (a noun, a unit, a qualifier) keeps only characters C#
    /// allows in an identifier, so a hyphen or apostrophe that slipped through can never reach the output.
    /// </summary>
    private static string IdentifierCharactersOnly(string identifier)
    {
        var start = identifier.StartsWith("@", StringComparison.Ordinal) ? 1 : 0;
        for (var i = start; i < identifier.Length; i++)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(identifier[i]))
            {
                return new string(identifier.Where((c, at) => at < start || SyntaxFacts.IsIdentifierPartCharacter(c)).ToArray());
            }
        }

        return identifier;
    }

    /// <summary>A word as written in prose, in PascalCase: <c>in-flight</c> → <c>InFlight</c>, <c>it's</c> → <c>Its</c>.</summary>
    internal static string PascalWords(string text) => string.Concat(SplitWords(text).Select(PascalWord));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    // Shorthand people type in hurried notes, spelled out in names: a reader searches for Account, not Acct.
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["acct"] = "Account", ["accts"] = "Accounts", ["msg"] = "Message", ["msgs"] = "Messages", ["std"] = "Standard",
        ["dflt"] = "Default", ["obj"] = "Object", ["objs"] = "Objects", ["req"] = "Request", ["reqs"] = "Requests",
        ["conn"] = "Connection", ["conns"] = "Connections", ["svc"] = "Service", ["svcs"] = "Services", ["env"] = "Environment",
        ["vars"] = "Variables", ["rec"] = "Record", ["recs"] = "Records", ["sym"] = "Symmetric", ["asym"] = "Asymmetric",
        ["vol"] = "Volume", ["vols"] = "Volumes", ["inst"] = "Instance", ["insts"] = "Instances", ["tbl"] = "Table",
        ["attr"] = "Attribute", ["attrs"] = "Attributes", ["perms"] = "Permissions", ["mgmt"] = "Management",
        ["mem"] = "Memory", ["conc"] = "Concurrency", ["maint"] = "Maintenance", ["repl"] = "Replication", ["cfg"] = "Configuration",
        ["dur"] = "Duration", ["vis"] = "VisibilityTimeout", ["ret"] = "Retention", ["tok"] = "Token", ["toks"] = "Tokens",
        ["subs"] = "Subscriptions", ["mpu"] = "MultipartUpload", ["dims"] = "Dimensions",
        ["dim"] = "Dimension", ["pts"] = "Points", ["fns"] = "Functions", ["cnt"] = "Count",
        ["grp"] = "Group", ["grps"] = "Groups", ["dereg"] = "Deregistration", ["hc"] = "HealthCheck", ["sg"] = "SecurityGroup",
        ["sgs"] = "SecurityGroups", ["retr"] = "Retrieval", ["sz"] = "Size", ["lim"] = "Limit",
    };

    internal static string PascalWord(string word)
    {
        if (Abbreviations.TryGetValue(word, out var spelledOut))
        {
            return spelledOut;
        }

        // An acronym (no lower-case letter) is written as a word; a word that has its own casing keeps it.
        // A plural acronym (AZs, IPs) is an acronym too.
        if (word.Length >= 3 && word[word.Length - 1] == 's' && !word.Substring(0, word.Length - 1).Any(char.IsLower))
        {
            return PascalWord(word.Substring(0, word.Length - 1)) + "s";
        }

        // "GiB", "MiB": binary units read as words, as the unit suffixes are (IopsPerGib, like MaxMessageSizeKb).
        if (word.Length == 3 && word[1] == 'i' && word[2] == 'B' && "KMGTP".IndexOf(word[0]) >= 0)
        {
            return word.Substring(0, 2) + "b";
        }

        // "vCPU", "vCPUs", "mTLS": one lower-case letter before an acronym is part of it (Vcpu, Vcpus, Mtls).
        if (word.Length >= 3 && char.IsLower(word[0]) && word.Substring(1).TrimEnd('s').All(c => char.IsUpper(c) || char.IsDigit(c)) && char.IsUpper(word[1]))
        {
            return char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant();
        }

        var hasLower = word.Any(char.IsLower);
        var rest = hasLower ? word.Substring(1) : word.Substring(1).ToLowerInvariant();
        return char.ToUpperInvariant(word[0]) + rest;
    }

    /// <summary>
    /// In a name that mixes English words with Chinese or Japanese ones ("Long polling 最大等待", "Message size 上限"),
    /// the English words: they are what a reader types. A name in those scripts alone stays as it is.
    /// </summary>
    private static List<string> WithoutCjkBesideLatin(List<string> words)
    {
        if (!words.Any(w => w.Any(IsCjk)) || !words.Any(w => w.Any(c => c < 128 && char.IsLetter(c))))
        {
            return words;
        }

        return words.Select(w => new string(w.Where(c => !IsCjk(c)).ToArray())).Where(w => w.Any(char.IsLetter)).ToList();
    }

    /// <summary>Whether a character is Chinese or Japanese (CJK ideographs, kana).</summary>
    internal static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF66' and <= '\uFF9F';

    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128 ? char.IsLetterOrDigit(c) : char.IsLetter(c))
            {
                current.Append(c);
            }
            else if (IsApostrophe(c) && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "account's" → Account, "don't" → Dont: an apostrophe inside a word neither splits it nor stays.
                if (text[i + 1] is 's' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
                {
                    i++;
                }
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
