using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using AwsFacts.Generator.Extract;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Name;
using AwsFacts.Generator.Options;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace AwsFacts.Tests.Coverage;

/// <summary>
/// The coverage report: for each note, how many lines yield facts, and every line that holds a number or a
/// code span yet yields nothing. That list is committed (<c>not-facts.md</c>, each line with the reason it is
/// no fact), so a change that loses a fact fails here and shows up as a diff.
/// </summary>
public class CoverageTests(ITestOutputHelper output)
{
    private static readonly string ListPath = Path.Combine(Paths.TestProjectDir, "Coverage", "not-facts.md");

    // A number that stands on its own (not the 2 of EC2 or io2), or a code span.
    private static readonly Regex Candidate = new(@"(?<![A-Za-z0-9_.])\d|`", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_line_with_a_number_or_code_yields_a_fact_or_is_listed_as_no_fact()
    {
        var report = Report();
        output.WriteLine(report.Summary);

        var listed = Listed();
        var missing = report.Uncovered.Where(u => !listed.Contains((u.Note, u.Text))).ToList();
        var stale = listed.Where(l => !report.Uncovered.Any(u => (u.Note, u.Text) == l)).ToList();

        Assert.True(missing.Count == 0 && stale.Count == 0,
            "AwsFacts.Tests/Coverage/not-facts.md is out of date.\n"
            + (missing.Count > 0 ? "Lines that yield no fact (make them facts, or list them with a reason):\n" + string.Join("\n", missing.Select(m => $"| {m.Note} | {m.Text} | … |")) + "\n" : string.Empty)
            + (stale.Count > 0 ? "Listed lines that now yield facts or are gone (remove them):\n" + string.Join("\n", stale.Select(s => $"| {s.Item1} | {s.Item2} |")) : string.Empty));
    }

    [Fact]
    public void Every_note_yields_facts()
    {
        var report = Report();
        // serverless.md lists services without figures; cloudfront.md is prose (its comparison table is not a fact, audit item 26).
        Assert.All(report.PerNote, n => Assert.True(
            n.FactLines > 0 || n.Note.EndsWith("serverless.md", StringComparison.Ordinal) || n.Note.EndsWith("cloudfront.md", StringComparison.Ordinal),
            $"{n.Note} yields no fact"));
    }

    private sealed record Uncovered(string Note, int Line, string Text);

    private sealed record NoteCoverage(string Note, int Lines, int FactLines, int Candidates);

    private sealed record CoverageReport(List<NoteCoverage> PerNote, List<Uncovered> Uncovered, string Summary);

    private static CoverageReport Report()
    {
        var options = new GeneratorOptions(Paths.RepoRoot.Replace('\\', '/').TrimEnd('/') + "/", "AwsFacts");
        var perNote = new List<NoteCoverage>();
        var uncovered = new List<Uncovered>();
        foreach (var file in RealNotes.Files)
        {
            var text = SourceText.From(File.ReadAllText(file));
            var raw = NoteReader.Read(file, options.RelativePathOf(file), text, options, CancellationToken.None);
            var named = NoteNamer.Name(raw, CancellationToken.None);
            var factLines = new HashSet<int>(named.Members.Select(m => m.Line)
                .Concat(named.Enums.SelectMany(e => e.Items.Select(i => i.Line).Append(e.Line)))
                .Concat(named.Tables.SelectMany(t => t.Rows.Select(r => r.Line).Append(t.Line))));

            var lines = File.ReadAllLines(file);
            var candidates = 0;
            var inFence = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                    continue;
                }

                var content = Regex.Replace(line, "<!--.*?-->", string.Empty).Trim();
                if (inFence || content.StartsWith("#", StringComparison.Ordinal) || content.StartsWith("[^", StringComparison.Ordinal)
                    || Regex.IsMatch(content, @"^[|\-: ]*$")
                    || !Candidate.IsMatch(Regex.Replace(content, @"^(\d+\.|[-*])\s+", string.Empty)))
                {
                    continue;
                }

                candidates++;
                if (!factLines.Contains(i + 1))
                {
                    uncovered.Add(new Uncovered(named.RelativePath, i + 1, content));
                }
            }

            perNote.Add(new NoteCoverage(named.RelativePath, lines.Length, factLines.Count, candidates));
        }

        var summary = new StringBuilder("note | lines | lines with facts | lines with numbers or code | of those, no fact\n");
        foreach (var note in perNote)
        {
            summary.AppendLine($"{note.Note} | {note.Lines} | {note.FactLines} | {note.Candidates} | {uncovered.Count(u => u.Note == note.Note)}");
        }

        summary.AppendLine().AppendLine("Lines with a number or code span that yield no fact:");
        foreach (var u in uncovered)
        {
            summary.AppendLine($"{u.Note}({u.Line}): {u.Text}");
        }

        return new CoverageReport(perNote, uncovered, summary.ToString());
    }

    /// <summary>The committed list: rows <c>| note | line text | reason |</c>.</summary>
    private static HashSet<(string, string)> Listed()
        => File.ReadAllLines(ListPath)
            .Where(l => l.StartsWith("| notes/", StringComparison.Ordinal))
            .Select(l => SplitRow(l))
            .Select(cells => (cells[0], cells[1].Replace("\\|", "|")))
            .ToHashSet();

    private static string[] SplitRow(string row)
        => Regex.Split(row.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim()).ToArray();
}
