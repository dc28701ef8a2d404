using System.Collections.Generic;
using System.IO;
using System.Linq;
using AwsFacts.Generator;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace AwsFacts.Tests.Corpus;

/// <summary>
/// Notes in other people's styles (numbered chapters, • bullets, tables of limits, prose-heavy sections, several
/// services per file, Unicode and keyword headings), under Corpus/foreign: the generator never throws, and its
/// output compiles with zero errors and zero warnings, in C# 7.3 and in the latest C# with nullable on. The facts
/// in them need not be exact: they test the generator, not AWS.
/// </summary>
public class ForeignCorpusTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(Paths.TestProjectDir, "Corpus", "foreign");

    public static IEnumerable<object[]> Notes()
        => Directory.GetFiles(Path.Combine(Paths.TestProjectDir, "Corpus", "foreign"), "*.md")
            .OrderBy(f => f, System.StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Notes))]
    public void A_foreign_note_generates_code_that_compiles_without_warnings(string file)
    {
        foreach (var (parse, nullable) in new[] { (GeneratorHarness.ParseOptions, false), (GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.Latest), true) })
        {
            var (diagnostics, compiled) = Run(parse, nullable, file);
            Assert.DoesNotContain(diagnostics, d => d.Id is "AWSF000" or "CS8785");
            var problems = compiled.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, $"{parse.LanguageVersion}:\n" + string.Join("\n", problems));
            foreach (var diagnostic in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
            {
                output.WriteLine(diagnostic.ToString());
            }
        }
    }

    [Fact]
    public void All_foreign_notes_together_compile_without_warnings()
    {
        var files = Notes().Select(n => (string)n[0]).ToArray();
        var (diagnostics, compiled) = Run(GeneratorHarness.ParseOptions, false, files);

        Assert.DoesNotContain(diagnostics, d => d.Id is "AWSF000" or "CS8785");
        Assert.DoesNotContain(compiled, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    private static (IReadOnlyList<Diagnostic> Generator, IReadOnlyList<Diagnostic> Compiled) Run(CSharpParseOptions parse, bool nullable, params string[] files)
    {
        var compilation = GeneratorHarness.CreateCompilation(true)
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        var notes = files.Select(f => (AdditionalText)new InMemoryAdditionalText("notes/" + f, File.ReadAllText(Path.Combine(Folder, f))));
        var driver = CSharpGeneratorDriver.Create(new[] { new AwsFactsGenerator().AsSourceGenerator() }, notes, parse,
            TestOptionsProvider.ForNamespace("Foreign"));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var result, out var diagnostics);
        Assert.All(driver.RunGenerators(compilation).GetRunResult().Results, r => Assert.Null(r.Exception));
        return (diagnostics, result.GetDiagnostics());
    }
}
