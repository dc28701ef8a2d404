using System;
using System.Linq;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AwsFacts.Tests.Generator;

/// <summary>Bad notes give a located warning, never a crash and never silently wrong output.</summary>
public class DiagnosticTests
{
    [Fact]
    public void An_unknown_unit_is_reported_at_its_line_and_generates_nothing()
    {
        var result = GeneratorHarness.Run(("notes/sqs.md", "# SQS\n\n- Max message size: 256 KBB\n")).AssertCompiles();

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        AssertAt(diagnostic, "AWSF002", "notes/sqs.md", line: 3, column: 3);
        Assert.Contains("KBB", diagnostic.GetMessage());
        Assert.Empty(result.NoteSources);
    }

    [Fact]
    public void Two_facts_with_the_same_name_are_reported_at_both_places()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Max size: 1 KB\n- Max size: 2 KB\n")).AssertCompiles();

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        AssertAt(diagnostic, "AWSF001", "notes/x.md", line: 4, column: 3);
        Assert.Equal(3, diagnostic.AdditionalLocations.Single().GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(1, result.ConstantValue("X.MaxSizeKb"));
    }

    [Fact]
    public void An_unclosed_code_fence_is_reported_where_it_opens()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n```yaml\nType: x\n\n# Lost heading\n- Max: 5\n"));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        AssertAt(diagnostic, "AWSF004", "notes/x.md", line: 3, column: 1);
    }

    [Fact]
    public void A_malformed_pinned_name_is_reported_and_the_text_names_the_class()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n## Simple Queue Service {#9lives}\n- Max: 5\n")).AssertCompiles();

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        AssertAt(diagnostic, "AWSF005", "notes/x.md", line: 3, column: 1);
        Assert.Equal(5, result.ConstantValue("SimpleQueueService.Max"));
    }

    [Fact]
    public void A_heading_that_yields_no_identifier_is_reported_and_its_facts_are_not_generated()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n## ⚡ 🚀 {#1x}\n- Max: 5\n")).AssertCompiles();

        Assert.Equal(new[] { "AWSF003", "AWSF005" }, result.GeneratorDiagnostics.Select(d => d.Id).OrderBy(i => i));
        foreach (var diagnostic in result.GeneratorDiagnostics)
        {
            AssertAt(diagnostic, diagnostic.Id, "notes/x.md", line: 3, column: 1);
        }

        Assert.Empty(result.NoteSources);
    }

    [Fact]
    public void A_number_too_large_is_reported()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Max: 99999999999999999999999 bytes\n")).AssertCompiles();

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "AWSF006", "notes/x.md", line: 3, column: 3);
    }

    [Fact]
    public void Build_output_reads_file_line_column_and_id()
    {
        var result = GeneratorHarness.Run(("notes/sqs.md", "# SQS\n\n- Max message size: 256 KBB\n"));

        var text = Assert.Single(result.GeneratorDiagnostics).ToString();
        Assert.StartsWith("notes/sqs.md(3,3): warning AWSF002: ", text);
    }

    [Theory]
    [InlineData("- Window: 1 min – 14 GB", "AWSF007")]
    [InlineData("- Window: 5 min – 1 min", "AWSF008")]
    [InlineData("- Window: 1 min – 5 min (default 10 min)", "AWSF008")]
    public void A_range_that_cannot_hold_is_reported_and_not_generated(string line, string id)
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n" + line + "\n")).AssertCompiles();

        AssertAt(Assert.Single(result.GeneratorDiagnostics), id, "notes/x.md", line: 3, column: 3);
        Assert.Empty(result.NoteSources);
    }

    [Fact]
    public void A_marked_list_with_an_item_that_is_no_name_is_reported()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- States: OK, ⚡, ALARM <!-- enum: State -->\n")).AssertCompiles();

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "AWSF009", "notes/x.md", line: 3, column: 3);
    }

    [Fact]
    public void A_member_named_like_its_class_is_reported()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- X: 5 KB\n")).AssertCompiles();

        Assert.Equal("AWSF010", Assert.Single(result.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void Two_notes_defining_the_same_member_of_a_shared_class_report_at_both_places_whatever_their_order()
    {
        var a = ("notes/a.md", "# A {#Shared}\n\n- Max size: 1 KB\n");
        var b = ("notes/b.md", "# B {#Shared}\n\n- Other: 3\n- Max size: 2 KB\n");

        foreach (var notes in new[] { new[] { a, b }, new[] { b, a } })
        {
            var result = GeneratorHarness.Run(notes).AssertCompiles();

            // Neither fact is lost: the later note's takes its file name before its own (b.md → B).
            var diagnostic = Assert.Single(result.GeneratorDiagnostics);
            AssertAt(diagnostic, "AWSF021", "notes/b.md", line: 4, column: 3);
            var other = diagnostic.AdditionalLocations.Single().GetLineSpan();
            Assert.Equal(("notes/a.md", 3), (other.Path, other.StartLinePosition.Line + 1));
            Assert.Contains("notes/a.md, line 3", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("generated as 'BMaxSize'", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Equal(1, result.ConstantValue("Shared.MaxSizeKb"));
            Assert.Equal(2, result.ConstantValue("Shared.BMaxSizeKb"));
            Assert.Equal(3, result.ConstantValue("Shared.Other"));
        }
    }

    [Fact]
    public void A_line_that_restates_a_fact_of_its_own_note_is_noted_not_a_clash()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\nMax item size is 400 KB.\n\n> max item size is 400 KB\n")).AssertCompiles();

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "AWSF020", "notes/x.md", line: 5, column: 3, DiagnosticSeverity.Info);
        Assert.Equal(400, result.ConstantValue("X.MaxItemSizeKb"));
    }

    [Fact]
    public void A_fact_whose_name_and_alternate_are_both_taken_by_other_notes_is_left_out_and_reported()
    {
        // lambda.md's file name only repeats its class, so its fact has no name to fall back on.
        var result = GeneratorHarness.Run(
            ("notes/a.md", "# Lambda\n\n- Max memory: 3008 MB\n"),
            ("notes/lambda.md", "# Lambda\n\n- Max memory: 10240 MB\n")).AssertCompiles();

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "AWSF001", "notes/lambda.md", line: 3, column: 3);
        Assert.Equal(3008, result.ConstantValue("Lambda.MaxMemoryMb"));
    }

    [Fact]
    public void A_class_in_one_note_and_a_member_of_the_same_name_in_another_are_a_conflict()
    {
        var result = GeneratorHarness.Run(
            ("notes/a.md", "# A {#Shared}\n\n- Ports: <!-- name: Ports -->\n  - 22 = SSH\n"),
            ("notes/b.md", "# B {#Shared}\n\n- Ports: 5\n")).AssertCompiles();

        // The class keeps its name; the member takes its note's.
        Assert.Equal("AWSF021", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Equal(22, result.ConstantValue("Shared.Ports.Ssh"));
        Assert.Equal(5, result.ConstantValue("Shared.BPorts"));
    }

    [Fact]
    public void A_name_that_would_start_with_a_digit_is_prefixed_and_said_so()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n## 2nd Gen {#Second}\n- Max: 5\n\n### 3D Printing\n- Max layers: 40\n- 2 = Two: 2\n"))
            .AssertCompiles();

        Assert.Equal(40, result.ConstantValue("Second.MaxLayers"));
        var info = GeneratorHarness.Run(("notes/x.md", "# X\n\n- 1st factor: 5\n")).AssertCompiles();
        var diagnostic = Assert.Single(info.GeneratorDiagnostics);
        AssertAt(diagnostic, "AWSF011", "notes/x.md", line: 3, column: 3, DiagnosticSeverity.Info);
        Assert.Contains("'_1stFactor'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(5, info.ConstantValue("X._1stFactor"));
    }

    [Fact]
    public void A_range_with_a_unit_on_the_lower_end_only_is_reported()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Retention: 1 min – 14\n")).AssertCompiles();

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "AWSF012", "notes/x.md", line: 3, column: 3);
        Assert.Empty(result.NoteSources);
    }

    [Fact]
    public void A_heading_inside_a_list_item_is_reported()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Max: 1\n- # ⚡ CloudFormation {#Cfn}\n- Min: 2\n")).AssertCompiles();

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "AWSF013", "notes/x.md", line: 4, column: 3);
    }

    [Fact]
    public void A_note_that_yields_nothing_is_an_info_at_its_start()
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\nJust prose.\n"));

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "AWSF014", "notes/x.md", line: 1, column: 1, DiagnosticSeverity.Info);
    }

    [Fact]
    public void A_pinned_keyword_is_malformed_and_a_keyword_from_text_is_escaped()
    {
        var pinned = GeneratorHarness.Run(("notes/x.md", "# X\n\n## Classes {#class}\n- Max: 5\n")).AssertCompiles();
        AssertAt(Assert.Single(pinned.GeneratorDiagnostics), "AWSF005", "notes/x.md", line: 3, column: 1);
        Assert.Equal(5, pinned.ConstantValue("Classes.Max"));
    }

    [Fact]
    public void Every_descriptor_is_documented_with_an_anchor_and_tracked_for_release()
    {
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(Paths.RepoRoot, "docs", "diagnostics.md"));
        var releases = System.IO.File.ReadAllText(System.IO.Path.Combine(Paths.RepoRoot, "AwsFacts.Generator", "AnalyzerReleases.Unshipped.md"));
        for (var i = 0; i <= 16; i++)
        {
            var id = $"AWSF{i:000}";
            var descriptor = AwsFacts.Generator.Diagnostics.DiagnosticDescriptors.Find(id);
            Assert.NotNull(descriptor);
            Assert.Contains($"## {id}", docs, StringComparison.Ordinal);
            Assert.Contains($"{id} | AwsFacts | {descriptor!.DefaultSeverity}", releases, StringComparison.Ordinal);
            Assert.Equal(string.Empty, descriptor.HelpLinkUri); // no link that cannot be opened; the docs ship in the package
            Assert.Matches(@"[.)]$", descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture)); // a finished message
        }
    }

    [Fact]
    public void Nesting_deeper_than_the_parser_follows_is_reported_at_the_note()
    {
        var deep = "# X\n\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- item\n"));
        var result = GeneratorHarness.Run(("notes/x.md", deep)).AssertCompiles();

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "AWSF015", "notes/x.md", line: 1, column: 1);
    }

    [Fact]
    public void An_empty_title_falls_back_to_the_file_name_and_an_empty_heading_names_nothing()
    {
        var result = GeneratorHarness.Run(("notes/x-y.md", "#\n\n- Max: 5\n\n## {#}\n- Min: 1\n")).AssertCompiles();

        Assert.Equal(5, result.ConstantValue("XY.Max"));
    }

    /// <summary>An AdditionalFile the compiler cannot read: its text is null.</summary>
    private sealed class UnreadableNote(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(System.Threading.CancellationToken cancellationToken = default) => null;
    }

    [Fact]
    public void A_note_that_cannot_be_read_is_reported_as_AWSF000_and_the_other_notes_still_build()
    {
        var notes = new AdditionalText[]
        {
            new UnreadableNote("notes/gone.md"),
            new UnreadableNote("notes/also-gone.md"),
            new InMemoryAdditionalText("notes/x.md", "# X\n\n- Max size: 1 KB\n"),
        };
        var driver = GeneratorHarness.CreateDriver(notes)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation("class A { }"), out var output, out var diagnostics);

        Assert.Null(driver.GetRunResult().Results.Single().Exception);
        Assert.Equal(new[] { "notes/also-gone.md", "notes/gone.md" },
            diagnostics.Where(d => d.Id == "AWSF000").Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Contains("could not be read", d.GetMessage(), StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains(output.SyntaxTrees, t => t.ToString().Contains("MaxSizeKb = 1;", StringComparison.Ordinal));
    }

    private static void AssertAt(Diagnostic diagnostic, string id, string path, int line, int column, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
