using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace AwsFacts.Tests.Infrastructure;

/// <summary>
/// The real notes, copied N times with their class names renamed per copy (heading ids, name pins, titles),
/// so a ×100 set has unique names: the input of the scale tests and of the benchmarks (linked there).
/// </summary>
internal static class ScaledNotes
{
    public static List<(string Path, string Text)> Create(string notesDir, int copies)
    {
        var originals = Directory.GetFiles(notesDir, "*.md").OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
            .ToList();
        var notes = new List<(string, string)>();
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var (name, text) in originals)
            {
                notes.Add(($"/scaled/notes/copy{copy}/{name}", copy == 0 ? text : Rename(text, copy)));
            }
        }

        return notes;
    }

    private static string Rename(string text, int copy)
    {
        var suffix = "C" + copy.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A dotted pin ({#S3.Objects}) names a path from a top-level class: rename that class, keep the path.
        text = Regex.Replace(text, @"\{#([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+)*)\}", m => "{#" + m.Groups[1].Value + suffix + m.Groups[2].Value + "}");
        text = Regex.Replace(text, @"<!-- name: ([^>]*?) -->", m => "<!-- name: " + string.Join(", ", m.Groups[1].Value.Split(',').Select(n => n.Trim() + suffix)) + " -->");
        // A title names its service's class ("# Route 53 – Notes" → Route53) whatever follows it: pin each copy's own.
        var title = 0;
        return Regex.Replace(text, @"^# (?!.*\{#)(.*)$", m => "# " + m.Groups[1].Value + " {#Title" + (++title).ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix + "}", RegexOptions.Multiline);
    }
}
