using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace AwsFacts.Tests.Corpus;

/// <summary>
/// The generator on notes written in other people's styles (<c>Corpus/readings/*.md</c>: numbered chapters, bold-label
/// runs, tables of limits, prose in bullets, several services per file, lower-case units). Each note's
/// <c>.expected.tsv</c> lists its clear numeric limits — line, value, and the names a reader would look for — and the
/// test measures how many became members (any name) and how many got such a name (issue 14: at least 85% and 70%).
/// The lists are the reader's, not the generator's: a limit it misses or misnames stays listed, and counts against it.
/// <c>Corpus/blind/*.md</c> (a blog article, a Notion export, numbered exam tips) and <c>Corpus/blind2/*.md</c> are
/// measured the same way.
/// </summary>
public class ReadingsCorpusTests
{
    // "/// <remarks>… Source: notes/x.md, line 7. …" then the member it documents.
    private static readonly Regex SourceLine = new(@"Source: notes/(?<file>.+?\.md), line (?<line>\d+)\.", RegexOptions.CultureInvariant);

    private static readonly Regex Constant = new(@"public const \S+ (?<name>\w+) = (?<value>[^;]+);", RegexOptions.CultureInvariant);

    private static readonly Regex ClassLine = new(@"public static partial class (?<name>\w+)", RegexOptions.CultureInvariant);

    private static readonly Regex Set = new(@"public static readonly \S+IReadOnlyList<\w+> (?<name>\w+) = .*\{ (?<value>[^}]*) \}", RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper _output;

    public ReadingsCorpusTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// <c>readings</c>: the notes the grammar was worked on against, held to the issue's bars (85% found, 70% named).
    /// <c>blind</c>: notes written later by someone who had not seen the generator, with their expected names, and
    /// kept apart as the harder, fairer measure: a floor just under the figures reached when they were added (88% found,
    /// 43% named by their writer's strict name lists), so no change can quietly lose ground on them. <c>blind2</c> (a
    /// Confluence page of quota tables, Anki flashcards, a terse cheat sheet) came the same way a session later: 81% found
    /// and 33% named as first run, 95% and 46% after the changes it led to. <c>blind3</c> (an Obsidian note, chapter
    /// summaries in prose, comparison tables with a service per column) was measured before anything was changed for it:
    /// 96% found, 30% named. <c>blind4</c> (a slide deck, a forum thread, a numbered README with key = value lines):
    /// 76% and 40% as first run, 85% and 51% after key = value lines, page counts and quoted restatements were read.
    /// <c>blind5</c> (a Notion export with callouts and toggles, a first-person blog post with a summary table, a dense
    /// cheat sheet of facts between bars): 82% and 12% as first run, 88% and 21% after service classes from sentences,
    /// tables and cards, bar-separated parts and measured words after a label. A member counts as named when its name,
    /// or its class's name and its name together (<c>Sqs.MaxPayloadKb</c> for SqsMaxPayloadKb), is in the list.
    /// <c>blind6</c> (an "awesome limits" README of tables, an Anki export with cloze cards and tags, an incident
    /// postmortem): an independent reviewer passed 25 of 60 sampled values before anything was changed for it; 89% found
    /// and 21% named by its lists after sections about the page, record tables, clock times and per-nouns were read.
    /// <c>blind7</c> to <c>blind10</c> (a numbered textbook chapter, a bold-question FAQ, comparison tables of services per
    /// column; a design doc, a cram sheet of nested bullets, a Marp slide deck; a forum thread, an Obsidian vault note, a
    /// runbook; a lecture transcript, a database comparison page, a practice-exam review) were each judged by an
    /// independent reviewer on 60 sampled values before anything was changed for them: 28, 11, 13 and 20 passed. Their
    /// lists name services as their writers did (<c>Kinesis</c>, <c>DynamoDb</c>), so the named floors only guard against
    /// loss; the found floors sit just under 95%, 89%, 91% and 94%. <c>blind11</c> (a blog post with numbered sections, a
    /// Notion export with toggles and a Yes/No column, a cheat sheet of arrow lines without bullets) and <c>blind12</c> (a
    /// Jupyter notebook export, meeting minutes with speakers and corrections, an A–Z glossary) were judged the same way:
    /// 9 and 2 of 60 passed before anything was changed for them, 31 and 14 after. Found: 86% and 72% (blind12's notebook
    /// states many of its figures only in program output, which is code and never read).
    /// </summary>
    [Theory]
    [InlineData("readings", 6, 0.85, 0.70)]
    [InlineData("blind", 3, 0.85, 0.40)]
    [InlineData("blind2", 3, 0.85, 0.40)]
    [InlineData("blind3", 3, 0.85, 0.30)]
    [InlineData("blind4", 3, 0.80, 0.45)]
    [InlineData("blind5", 3, 0.85, 0.18)]
    [InlineData("blind6", 3, 0.85, 0.18)]
    [InlineData("blind7", 3, 0.90, 0.05)]
    [InlineData("blind8", 3, 0.85, 0.05)]
    [InlineData("blind9", 3, 0.85, 0.08)]
    [InlineData("blind10", 3, 0.90, 0.04)]
    [InlineData("blind11", 3, 0.85, 0.20)]
    [InlineData("blind12", 3, 0.65, 0.12)]
    public void The_corpus_compiles_cleanly_and_its_clear_limits_become_members_with_names_a_reader_would_search_for(string corpus, int notesAtLeast, double foundBar, double namedBar)
    {
        var folder = Path.Combine(Paths.TestProjectDir, "Corpus", corpus);
        var notes = Directory.GetFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.True(notes.Length >= notesAtLeast, "the corpus is missing");
        var result = GeneratorHarness.Run(notes.Select(f => ("notes/" + Path.GetFileName(f), File.ReadAllText(f))).ToArray()).AssertCompiles();

        var members = Members(result);
        var (total, found, named) = (0, 0, 0);
        var misses = new List<string>();
        foreach (var note in notes)
        {
            var file = Path.GetFileName(note);
            foreach (var (line, value, listed) in Expectations(Path.ChangeExtension(note, ".expected.tsv")))
            {
                total++;
                var names = listed;
                var atLine = members.Where(m => m.File == file && m.Line == line && SameValue(m.Value, value)).ToList();
                if (atLine.Count == 0)
                {
                    // A range whose ends have different units ("1 gb–16 tb") is given in bytes or seconds, and a
                    // set ("1 or 3 yr") holds both values: the same figure, under the name without its unit.
                    atLine = members.Where(m => m.File == file && m.Line == line && (InBaseUnit(m, value, names) || InSet(m.Value, value)))
                        .Select(m => (m.File, m.Line, WithoutUnit(m.Name), m.Value)).ToList();
                    names = names.Select(WithoutUnit).ToArray();
                }

                if (atLine.Count == 0)
                {
                    misses.Add($"{file}:{line} {value}: no member ({string.Join(" | ", names)})");
                    continue;
                }

                found++;
                if (atLine.Any(m => names.Contains(m.Name)))
                {
                    named++;
                }
                else
                {
                    misses.Add($"{file}:{line} {value}: named {string.Join(", ", atLine.Select(m => m.Name))}, not {string.Join(" | ", names)}");
                }
            }
        }

        var report = $"{found}/{total} clear limits became members ({Percent(found, total)}), {named}/{total} with a name a reader would search for ({Percent(named, total)}).\n"
                     + string.Join("\n", misses);
        var clashes = result.GeneratorDiagnostics.Where(d => d.Id == "AWSF001").ToList();
        report += clashes.Count > 0 ? "\nClashes that dropped a fact:\n" + string.Join("\n", clashes) : string.Empty;
        _output.WriteLine(report);
        // Within a note a clash is the generator failing to tell two facts apart. Across notes it is two authors
        // disagreeing about one service's fact (a range in one, a single value in the other): reported, and the
        // dropped line counts against the found figure like any other miss.
        Assert.Empty(clashes.Where(d => d.Location.GetLineSpan().Path == d.AdditionalLocations[0].GetLineSpan().Path).Select(d => d.ToString()));
        Assert.True(found >= foundBar * total, report);
        Assert.True(named >= namedBar * total, report);
    }

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Every constant and set the notes yield, with the note line its documentation cites.</summary>
    private static List<(string File, int Line, string Name, string Value)> Members(GenerationResult result)
    {
        var members = new List<(string, int, string, string)>();
        foreach (var source in result.Sources.Values)
        {
            (string File, int Line) cited = (string.Empty, 0);
            var className = string.Empty;
            foreach (var line in source.Split('\n'))
            {
                if (ClassLine.Match(line) is { Success: true } declared)
                {
                    className = declared.Groups["name"].Value;
                    continue;
                }

                if (SourceLine.Match(line) is { Success: true } citation)
                {
                    cited = (System.Net.WebUtility.HtmlDecode(citation.Groups["file"].Value), int.Parse(citation.Groups["line"].Value, CultureInfo.InvariantCulture));
                    continue;
                }

                var member = Constant.Match(line);
                member = member.Success ? member : Set.Match(line);
                if (member.Success)
                {
                    var value = member.Groups["value"].Value.TrimEnd('L', 'D').Replace(" ", string.Empty);
                    members.Add((cited.File, cited.Line, member.Groups["name"].Value, value));
                    // Sqs.MaxPayloadKb is what a reader who looks for SqsMaxPayloadKb finds: the class says the service.
                    members.Add((cited.File, cited.Line, className + member.Groups["name"].Value, value));
                }
            }
        }

        // A fact another note already states (AWSF020) is generated once, from that note: the same member serves both lines.
        foreach (var same in result.GeneratorDiagnostics.Where(d => d.Id == "AWSF020"))
        {
            var (here, first) = (same.Location.GetLineSpan(), same.AdditionalLocations[0].GetLineSpan());
            members.AddRange(members
                .Where(m => m.Item1 == Path.GetFileName(first.Path) && m.Item2 == first.StartLinePosition.Line + 1)
                .Select(m => (Path.GetFileName(here.Path), here.StartLinePosition.Line + 1, m.Item3, m.Item4))
                .ToList());
        }

        return members;
    }

    private static IEnumerable<(int Line, string Value, string[] Names)> Expectations(string path)
        => File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(f => (int.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2].Split('|')));

    private static readonly (string Suffix, decimal Factor)[] Units =
    {
        ("Kb", 1024m), ("Kib", 1024m), ("Mb", 1024m * 1024), ("Mib", 1024m * 1024), ("Gb", 1024m * 1024 * 1024), ("Gib", 1024m * 1024 * 1024),
        ("Tb", 1024m * 1024 * 1024 * 1024), ("Tib", 1024m * 1024 * 1024 * 1024), ("Milliseconds", 0.001m), ("Ms", 0.001m), ("Seconds", 1m),
        ("Minutes", 60m), ("Hours", 3600m), ("Days", 86400m), ("Weeks", 604800m), ("Years", 31536000m),
    };

    /// <summary>Whether a member in bytes or seconds holds the expected value in the unit its expected names end with.</summary>
    private static bool InBaseUnit((string File, int Line, string Name, string Value) member, string expected, string[] names)
    {
        if (!member.Name.EndsWith("Bytes", StringComparison.Ordinal) && !member.Name.EndsWith("Seconds", StringComparison.Ordinal)
            || !decimal.TryParse(member.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var actual)
            || !decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        return names.Select(n => Units.FirstOrDefault(u => n.EndsWith(u.Suffix, StringComparison.Ordinal)).Factor)
            .Any(factor => factor != 0 && value * factor == actual);
    }

    private static bool InSet(string generated, string expected)
        => generated.IndexOf(',') > 0 && generated.Split(',').Any(item => SameValue(item, expected));

    private static string WithoutUnit(string name)
    {
        var unit = Units.Select(u => u.Suffix).Concat(new[] { "Bytes" }).FirstOrDefault(u => name.EndsWith(u, StringComparison.Ordinal) && name.Length > u.Length);
        return unit is null ? name : name.Substring(0, name.Length - unit.Length);
    }

    /// <summary>Numbers compare as numbers (<c>0.5</c>, <c>0.50</c>); sets (<c>1,3</c>) as written.</summary>
    private static bool SameValue(string generated, string expected)
        => generated == expected
           || (generated.IndexOf(',') < 0 && expected.IndexOf(',') < 0 && decimal.TryParse(generated, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
               && decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var b) && a == b);
}
