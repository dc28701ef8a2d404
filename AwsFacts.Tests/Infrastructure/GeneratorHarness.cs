using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AwsFacts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AwsFacts.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, on notes held in memory.</summary>
internal static class GeneratorHarness
{
    /// <summary>C# 7.3 is what a netstandard2.0 consumer compiles with: generated code must parse there.</summary>
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.CSharp7_3)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                        || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Value,
            // Warnings stay warnings so generator diagnostics keep their severity; AssertCompiles fails on any.
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> notes, AnalyzerConfigOptionsProvider? options = null, bool trackSteps = true)
        => CSharpGeneratorDriver.Create(
            new[] { new AwsFactsGenerator().AsSourceGenerator() },
            notes,
            ParseOptions,
            options ?? new TestOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator on the given notes (path, text) and compiles the result.</summary>
    public static GenerationResult Run(params (string Path, string Text)[] notes)
        => Run(new TestOptionsProvider(), notes);

    public static GenerationResult Run(AnalyzerConfigOptionsProvider options, params (string Path, string Text)[] notes)
    {
        var compilation = CreateCompilation("namespace Consumer { internal static class Anchor { } }");
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
            output.GetDiagnostics());
    }
}

/// <summary>What one generator run produced: sources by hint name, its diagnostics, and the compiler's.</summary>
internal sealed record GenerationResult(
    IReadOnlyDictionary<string, string> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics)
{
    public string AllSource => string.Join("\n", Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Value));

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

    /// <summary>The value of a generated constant, read from the compiled output's semantic model.</summary>
    public object? ConstantValue(string qualifiedName)
    {
        var compilation = GeneratorHarness.CreateCompilation(Sources.Values.ToArray());
        var dot = qualifiedName.LastIndexOf('.');
        var type = compilation.GetTypeByMetadataName(qualifiedName.Substring(0, dot).Replace(".", "+").Replace("AwsFacts+", "AwsFacts."));
        Assert.True(type is not null, $"No type for {qualifiedName} in:\n{AllSource}");
        var field = type!.GetMembers(qualifiedName.Substring(dot + 1)).OfType<IFieldSymbol>().SingleOrDefault();
        Assert.True(field is not null, $"No member {qualifiedName} in:\n{AllSource}");
        Assert.True(field!.IsConst, $"{qualifiedName} is not a const");
        return field.ConstantValue;
    }
}
