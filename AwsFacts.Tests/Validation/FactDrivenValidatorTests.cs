using System;
using System.IO;
using System.Linq;
using System.Reflection;
using AwsFacts.Generator;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsFacts.Tests.Validation;

/// <summary>
/// The validators take every limit from the generated facts: the library's hand-written sources, compiled
/// against facts generated from an edited note, validate by the edited note.
/// </summary>
public class FactDrivenValidatorTests
{
    [Fact]
    public void Editing_a_limit_in_a_note_changes_the_validator_after_a_rebuild()
    {
        Assert.True(S3.BucketNames.Validate("abcd").IsValid);
        Assert.True(Sqs.QueueNames.Validate(new string('q', 80), fifo: false).IsValid);

        var rebuilt = BuildLibrary(
            ("s3.md", "3–63 characters", "5–63 characters"),
            ("messaging.md", "1–80 characters", "1–64 characters"));

        var bucket = Invoke(rebuilt, "AwsFacts.S3+BucketNames", "Validate", "abcd", false);
        Assert.False(bucket.IsValid);
        Assert.Contains("5–63 characters", bucket.Errors.Single().Message, StringComparison.Ordinal);

        var queue = Invoke(rebuilt, "AwsFacts.Sqs+QueueNames", "Validate", new string('q', 80), false);
        Assert.False(queue.IsValid);
        Assert.Contains("1–64 characters", queue.Errors.Single().Message, StringComparison.Ordinal);
    }

    /// <summary>Compiles AwsFacts/**/*.cs with the generator over notes/ (with the given edits) and loads the result.</summary>
    private static Assembly BuildLibrary(params (string Note, string From, string To)[] edits)
    {
        var libraryDir = Path.Combine(Paths.RepoRoot, "AwsFacts");
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var sources = Directory.GetFiles(libraryDir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parseOptions, f));

        var notes = RealNotes.Files.Select(file =>
        {
            var text = File.ReadAllText(file);
            foreach (var (note, from, to) in edits.Where(e => file.EndsWith(e.Note, StringComparison.Ordinal)))
            {
                Assert.Contains(from, text, StringComparison.Ordinal);
                text = text.Replace(from, to, StringComparison.Ordinal);
            }

            return (AdditionalText)new InMemoryAdditionalText(file, text);
        });

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("AwsFactsRebuilt", sources, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        CSharpGeneratorDriver.Create(new[] { new AwsFactsGenerator().AsSourceGenerator() }, notes, parseOptions, RealNotes.Options())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        return Assembly.Load(stream.ToArray());
    }

    private static (bool IsValid, (string RuleId, string Message)[] Errors) Invoke(Assembly assembly, string type, string method, params object[] arguments)
    {
        var result = assembly.GetType(type, throwOnError: true)!.GetMethod(method, arguments.Select(a => a.GetType()).ToArray())!.Invoke(null, arguments)!;
        var errors = ((System.Collections.IEnumerable)result.GetType().GetProperty("Errors")!.GetValue(result)!).Cast<object>()
            .Select(e => ((string)e.GetType().GetProperty("RuleId")!.GetValue(e)!, (string)e.GetType().GetProperty("Message")!.GetValue(e)!))
            .ToArray();
        return ((bool)result.GetType().GetProperty("IsValid")!.GetValue(result)!, errors);
    }
}
