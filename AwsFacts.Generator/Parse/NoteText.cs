using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator.Parse;

/// <summary>
/// Whether a note's text is Markdown the generator can read: not empty, not binary, decoded as UTF-8. The compiler
/// reads a file that is not valid UTF-8 in a legacy code page (or with U+FFFD for the bytes it cannot decode);
/// either way names would be garbled, so such a note is reported (AWSF018) and not read.
/// </summary>
internal static class NoteText
{
    /// <summary>Why the note cannot be read (the diagnostic's words), or null when it can.</summary>
    public static string? Problem(SourceText text)
    {
        if (text.Length == 0 || IsBlank(text))
        {
            return "is empty";
        }

        if (text.Encoding is { } encoding && encoding.CodePage != 65001 && encoding.CodePage != 1200 && encoding.CodePage != 1201
            && encoding.CodePage != 12000 && encoding.CodePage != 20127)
        {
            return $"is not UTF-8 (it was read as {encoding.WebName})";
        }

        var controls = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return "is binary, not text";
            }

            if (c == '\uFFFD')
            {
                return "is not UTF-8 (some bytes could not be decoded)";
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return controls > 8 && controls * 20 > text.Length ? "is binary, not text" : null;
    }

    private static bool IsBlank(SourceText text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
