using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using AwsFacts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AwsFacts.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, on notes held in memory.</summary>
internal static class GeneratorHarness
{
    /// <summary>The namespace inline test notes generate into, apart from the real AwsFacts classes.</summary>
    public const string Namespace = "Notes";

    /// <summary>C# 7.3 is what a netstandard2.0 consumer compiles with: generated code must parse there.</summary>
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.CSharp7_3)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                        || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    /// <summary>The built AwsFacts library: its DataSize, Range and Fact types switch typed members and the catalog on.</summary>
    private static readonly Lazy<MetadataReference> AwsFactsReference = new(() =>
        MetadataReference.CreateFromFile(typeof(DataSize).Assembly.Location));

    public static CSharpCompilation CreateCompilation(bool withSupport, params string[] sources)
        => CSharpCompilation.Create(
            "Consumer" + Guid.NewGuid().ToString("N"),
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            withSupport ? FrameworkReferences.Value.Add(AwsFactsReference.Value) : FrameworkReferences.Value,
            // Warnings stay warnings so generator diagnostics keep their severity; AssertCompiles fails on any.
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(true, sources);

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> notes, AnalyzerConfigOptionsProvider? options = null, bool trackSteps = true)
        => CSharpGeneratorDriver.Create(
            new[] { new AwsFactsGenerator().AsSourceGenerator() },
            notes,
            ParseOptions,
            options ?? TestOptionsProvider.ForNamespace(Namespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator on the given notes (path, text) and compiles the result.</summary>
    public static GenerationResult Run(params (string Path, string Text)[] notes)
        => Run(TestOptionsProvider.ForNamespace(Namespace), withSupport: true, notes);

    public static GenerationResult Run(AnalyzerConfigOptionsProvider options, params (string Path, string Text)[] notes)
        => Run(options, withSupport: true, notes);

    public static GenerationResult Run(AnalyzerConfigOptionsProvider options, bool withSupport, params (string Path, string Text)[] notes)
    {
        var compilation = CreateCompilation(withSupport, "namespace Consumer { internal static class Anchor { } }");
        var driver = CreateDriver(notes.Select(n => (AdditionalText)new InMemoryAdditionalText(n.Path, n.Text)), options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw.", result.Exception);
        }

        return new GenerationResult(
            result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()),
            generatorDiagnostics,
            output.GetDiagnostics(),
            output);
    }
}

/// <summary>What one generator run produced: sources by hint name, its diagnostics, and the compiler's.</summary>
internal sealed record GenerationResult(
    IReadOnlyDictionary<string, string> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics,
    Compilation Output)
{
    private Assembly? _assembly;

    /// <summary>Every generated source but the shared catalog index, joined.</summary>
    public string AllSource => string.Join("\n", Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Value));

    /// <summary>
    /// The sources generated from notes that declare types (not the shared catalog file, nor a note's file that
    /// holds only its empty catalog part).
    /// </summary>
    public IEnumerable<string> NoteSources => Sources
        .Where(s => s.Key != "AwsFacts.Catalog.g.cs"
                    && System.Text.RegularExpressions.Regex.IsMatch(s.Value, @"(public|internal) (static partial class|enum|sealed partial class) (?!__GeneratedFacts\b)"))
        .Select(s => s.Key);

    /// <summary>Asserts that the output compiled under C# 7.3 without a warning, as TreatWarningsAsErrors demands.</summary>
    public GenerationResult AssertCompiles()
    {
        var problems = CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "Generated code does not compile cleanly:\n" + string.Join("\n", problems) + "\n" + AllSource);
        return this;
    }

    public GenerationResult AssertNoGeneratorDiagnostics()
    {
        Assert.True(GeneratorDiagnostics.IsEmpty, string.Join("\n", GeneratorDiagnostics));
        return this;
    }

    /// <summary>Whether a member exists, by its path under the test namespace (<c>Sqs.MaxMessageSizeKb</c>).</summary>
    public bool Has(string path) => Field(path, out _) is not null;

    /// <summary>The value of a generated field, read from the compiled, loaded output: <c>Value("Sqs.Retention")</c>.</summary>
    public object? Value(string path)
    {
        var field = Field(path, out var owner);
        Assert.True(field is not null, $"No member {path} in:\n{AllSource}");
        return field!.GetValue(null);
    }

    /// <summary>Like <see cref="Value"/>, and asserts the member is a compile-time constant.</summary>
    public object? ConstantValue(string path)
    {
        var field = Field(path, out _);
        Assert.True(field is not null, $"No member {path} in:\n{AllSource}");
        Assert.True(field!.IsLiteral, $"{path} is not a const");
        return field.GetRawConstantValue();
    }

    /// <summary>The generated catalog (<c>__GeneratedFacts.All</c>), read from the loaded output.</summary>
    public IReadOnlyList<AwsFacts.Fact> Catalog
        => (IReadOnlyList<AwsFacts.Fact>)TypeOf("__GeneratedFacts").GetField("All", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    public Type TypeOf(string path)
    {
        var type = Load().GetType(GeneratorHarness.Namespace + "." + path.Replace('.', '+'));
        Assert.True(type is not null, $"No type {path} in:\n{AllSource}");
        return type!;
    }

    private FieldInfo? Field(string path, out Type? owner)
    {
        var dot = path.LastIndexOf('.');
        owner = Load().GetType(GeneratorHarness.Namespace + "." + path.Substring(0, dot).Replace('.', '+'));
        return owner?.GetField(path.Substring(dot + 1), BindingFlags.Public | BindingFlags.Static);
    }

    private Assembly Load()
    {
        if (_assembly is null)
        {
            AssertCompiles();
            using var stream = new MemoryStream();
            var emitted = Output.Emit(stream);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            _assembly = Assembly.Load(stream.ToArray());
        }

        return _assembly;
    }
}
