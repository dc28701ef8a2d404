using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AwsFacts.Generator.Name;

/// <summary>
/// What a fact measures, in words, from the name it got: <c>VisibilityTimeout</c> → "visibility timeout". A word
/// the note writes in capitals or with inner capitals keeps that spelling (<c>Sqs</c> → "SQS", "CloudWatch").
/// </summary>
internal static class SubjectWords
{
    public static string Of(string identifier, string[] classPath, string sentence)
    {
        var words = Split(identifier);
        if (words.Count == 0 && classPath.Length > 0)
        {
            words = Split(Inflector.Singular(classPath[classPath.Length - 1]));
        }

        return string.Join(" ", words.Select(w => Spelling(w, sentence)));
    }

    /// <summary>PascalCase split into words: <c>MaxInFlightMessages</c> → Max, In, Flight, Messages; digits stay with their word.</summary>
    private static List<string> Split(string identifier)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in identifier.TrimStart('_', '@'))
        {
            if (c == '_')
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0)
            {
                Flush();
            }

            current.Append(c);
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>The word as the sentence spells it when that spelling is not plain lower or title case; else lower case.</summary>
    private static string Spelling(string word, string sentence)
    {
        for (var at = sentence.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = sentence.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            var whole = (at == 0 || !char.IsLetterOrDigit(sentence[at - 1])) && (end >= sentence.Length || !char.IsLetterOrDigit(sentence[end]));
            var written = sentence.Substring(at, word.Length);
            if (whole && written.Skip(1).Any(char.IsUpper))
            {
                return written;
            }
        }

        return word.ToLowerInvariant();
    }
}
