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

    /// <summary>The PascalCase identifier for a text, or null when the text has no letters or digits.</summary>
    public static string? FromText(string text, bool isHeading)
    {
        var cleaned = Emoji.Remove(text);
        if (isHeading)
        {
            cleaned = TrailingNotes.Replace(cleaned, string.Empty);
        }

        var words = SplitWords(cleaned);
        if (isHeading && words.Any(w => !VendorWords.Contains(w)))
        {
            words = words.Where(w => !VendorWords.Contains(w)).ToList();
        }

        if (words.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var word in words)
        {
            builder.Append(PascalWord(word));
        }

        return MakeSafe(builder.ToString());
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

    internal static string PascalWord(string word)
    {
        // An acronym (no lower-case letter) is written as a word; a word that has its own casing keeps it.
        // A plural acronym (AZs, IPs) is an acronym too.
        if (word.Length >= 3 && word[word.Length - 1] == 's' && !word.Substring(0, word.Length - 1).Any(char.IsLower))
        {
            return PascalWord(word.Substring(0, word.Length - 1)) + "s";
        }

        var hasLower = word.Any(char.IsLower);
        var rest = hasLower ? word.Substring(1) : word.Substring(1).ToLowerInvariant();
        return char.ToUpperInvariant(word[0]) + rest;
    }

    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (c < 128 ? char.IsLetterOrDigit(c) : char.IsLetter(c))
            {
                current.Append(c);
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
