using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Parse;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Fidelity;

/// <summary>No statement of the seed notes was lost when they became the notes the generator reads.</summary>
public class NotesFidelityTests
{
    private static readonly string SeedPath = Path.Combine(Paths.TestProjectDir, "Fidelity", "seed-notes.txt");
    private static readonly string EditsPath = Path.Combine(Paths.RepoRoot, "docs", "seed-edits.md");

    [Fact]
    public void Every_seed_line_is_in_the_notes_or_listed_as_a_deliberate_edit()
    {
        var noteLines = RealNotes.Files.SelectMany(File.ReadAllLines).Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var edits = DeliberateEdits().Select(Normalize).ToHashSet(StringComparer.Ordinal);

        var lost = File.ReadAllLines(SeedPath)
            .Select((line, index) => (Line: index + 1, Text: Normalize(line)))
            .Where(l => l.Text.Length > 0 && !noteLines.Contains(l.Text) && !edits.Contains(l.Text))
            .Select(l => $"seed line {l.Line}: {l.Text}")
            .ToList();

        Assert.True(lost.Count == 0, "Seed statements missing from notes/ (restore them or list them in docs/seed-edits.md):\n" + string.Join("\n", lost));
    }

    [Fact]
    public void Every_listed_edit_names_a_seed_line_that_really_changed()
    {
        var seed = File.ReadAllLines(SeedPath).Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var noteLines = RealNotes.Files.SelectMany(File.ReadAllLines).Select(Normalize).ToHashSet(StringComparer.Ordinal);

        foreach (var edit in DeliberateEdits())
        {
            var normalized = Normalize(edit);
            Assert.True(seed.Contains(normalized), $"'{edit}' in docs/seed-edits.md is not a seed line");
            Assert.False(noteLines.Contains(normalized), $"'{edit}' is still in the notes: remove its row from docs/seed-edits.md");
        }
    }

    [Fact]
    public void Every_correction_names_its_source_and_date_and_the_note_says_what_the_row_says()
    {
        var noteLines = RealNotes.Files.SelectMany(File.ReadAllLines).Select(Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var row in Rows())
        {
            Assert.True(row.Length >= 5, $"a correction row needs seed line, notes now, source, date, why: {string.Join(" | ", row)}");
            Assert.True(noteLines.Contains(Normalize(row[1])), $"the notes do not say '{row[1]}'");
            Assert.False(string.IsNullOrWhiteSpace(row[2]), $"no source for '{row[0]}'");
            Assert.Matches(@"^\d{4}-\d{2}(-\d{2})?$", row[3]);
        }
    }

    [Fact]
    public void The_committed_seed_is_the_shared_seed()
    {
        // CI lays shared/ beside the clone; elsewhere the committed copy stands alone.
        var shared = Path.Combine(Paths.RepoRoot, "..", "shared", "seeds", "000_365a4ca382a899ec.txt");
        if (File.Exists(shared))
        {
            Assert.Equal(File.ReadAllText(shared), File.ReadAllText(SeedPath));
        }

        Assert.Equal(715, File.ReadAllLines(SeedPath).Length);
    }

    [Theory]
    [InlineData("- **Max message size:** 256 KB.  ", "Max message size: 256 KB.")]
    [InlineData("# ⚡ IAM & AWS CLI – Notes {#Iam}", "IAM & AWS CLI – Notes")]
    [InlineData("- # ⚡ AWS CloudFormation Cheat Sheet", "AWS CloudFormation Cheat Sheet")]
    [InlineData("## 1️⃣1️⃣ StackSets", "StackSets")]
    [InlineData("  - Common ports: <!-- name: Ports -->", "Common ports:")]
    [InlineData("- **Retention:** 1 min – 14 days (default 4 days).[^sqs-schema]", "Retention: 1 min – 14 days (default 4 days).")]
    [InlineData("| Feature | CloudFront | S3 CRR |", "Feature CloudFront S3 CRR")]
    [InlineData("|---------|------------|--------|", "")]
    [InlineData("1. CloudWatch detects problem  ", "CloudWatch detects problem")]
    [InlineData("- Alarm states: OK, INSUFFICIENT_DATA, ALARM", "Alarm states: OK, INSUFFICIENT_DATA, ALARM")]
    public void Normalisation_removes_markup_but_not_words(string line, string expected)
        => Assert.Equal(expected, Normalize(line));

    internal static string Normalize(string line)
    {
        var text = Emoji.Remove(line);
        text = Regex.Replace(text, @"\{#[^}]*\}|<!--.*?-->|\[\^[^\]]+\]", " ");
        string previous;
        do
        {
            previous = text;
            text = Regex.Replace(text, @"^\s*(?:[-*+>]|#{1,6}|\d+\.)(?:\s+|$)", string.Empty);
        }
        while (text != previous);

        text = text.Replace("*", string.Empty).Replace("`", string.Empty).Replace("|", " ");
        text = Regex.Replace(text, @"\s+", " ").Trim();
        return Regex.IsMatch(text, @"^[-: ]*$") ? string.Empty : text;
    }

    private static IEnumerable<string> DeliberateEdits() => Rows().Select(r => r[0]);

    private static IEnumerable<string[]> Rows()
    {
        // Rows of the table under "Lines whose words changed": | Seed line | Notes now | Source | As of | Why |
        var lines = File.ReadAllLines(EditsPath);
        var start = Array.FindIndex(lines, l => l.StartsWith("## Lines whose words changed", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/seed-edits.md has no 'Lines whose words changed' section");
        return lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("|", StringComparison.Ordinal) && !l.StartsWith("| Seed line", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray());
    }
}
