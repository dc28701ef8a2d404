using System.Linq;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AwsFacts.Tests.Generator;

/// <summary>The generated source for the shipped notes, compared with committed snapshots.</summary>
public class SnapshotTests
{
    private const string Prefix = "RealNotes.";

    [Fact]
    public void Generated_source_for_the_real_notes_matches_the_snapshots()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var driver = GeneratorHarness.CreateDriver(RealNotes.Load(), RealNotes.Options())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        // The shipped notes are clean; serverless.md lists services without figures, and cloudfront.md is prose since
        // its comparison table stopped being a row type (accuracy audit item 26): each is worth an info only.
        // Lines with a value that yield nothing are infos (AWSF017), each listed with its reason in Coverage/not-facts.md.
        Assert.Equal(new[] { "AWSF014", "AWSF014" }, diagnostics.Where(d => d.Id != "AWSF017").Select(d => d.Id));
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        // CS0436: the test compilation holds a second copy of the AwsFacts classes beside the referenced library.
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS0436"));

        var sources = driver.GetRunResult().Results.Single().GeneratedSources;
        Assert.NotEmpty(sources);
        var names = sources.Select(s => Prefix + s.HintName.Replace(".g.cs", string.Empty)).ToArray();
        var failures = sources
            .Select(s => Snapshot.Check(Prefix + s.HintName.Replace(".g.cs", string.Empty), s.SourceText.ToString()))
            .OfType<string>()
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        Assert.Empty(Snapshot.Orphans(Prefix, names));
    }
}
