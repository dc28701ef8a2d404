using System.Linq;
using AwsFacts.Generator;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsFacts.Tests.Generator;

/// <summary>
/// The caching property at scale, counted rather than timed: with 100 copies of the notes (1,400 files), an
/// unrelated C# edit re-parses no note and an edit to one note re-parses that note only.
/// </summary>
public class IncrementalScaleTests
{
    [Fact]
    public void Re_parse_counts_at_100_copies()
    {
        var notes = ScaledNotes.Create(Paths.NotesDir, 100)
            .Select(n => (AdditionalText)new InMemoryAdditionalText(n.Path, n.Text))
            .ToArray();
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(notes, TestOptionsProvider.ForNamespace("Scaled"));

        driver = driver.RunGenerators(compilation);
        Assert.Equal(notes.Length, StepCounts.Reparsed(driver));
        Assert.DoesNotContain(driver.GetRunResult().Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);

        var unrelated = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.ParseOptions)));
        Assert.Equal(0, StepCounts.Reparsed(unrelated));

        var target = notes[notes.Length / 2];
        var edited = driver
            .ReplaceAdditionalText(target, new InMemoryAdditionalText(target.Path, target.GetText()!.ToString() + "\n- Extra limit: 7 KB\n"))
            .RunGenerators(compilation);
        Assert.Equal(1, StepCounts.Reparsed(edited));
    }
}
