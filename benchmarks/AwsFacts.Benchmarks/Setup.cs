using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using AwsFacts.Generator;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Benchmarks;

/// <summary>What the benchmarks share: the notes (scaled), a compilation, and the driver as the compiler creates it.</summary>
internal static class Setup
{
    public static readonly string NotesDir = typeof(Setup).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NotesDir").Value!;

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp7_3);

    public static AdditionalText[] Notes(int copies)
        => ScaledNotes.Create(NotesDir, copies).Select(n => (AdditionalText)new Note(n.Path, n.Text)).ToArray();

    public static CSharpCompilation Compilation(params string[] sources)
        => CSharpCompilation.Create("Bench", sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(DataSize).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> notes, bool track = false)
        => CSharpGeneratorDriver.Create(new[] { new AwsFactsGenerator().AsSourceGenerator() }, notes, ParseOptions, new Options(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    public sealed class Note(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Every .md file is a note; the classes go to namespace Bench.</summary>
    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Global = new(new() { ["build_property.AwsFactsNamespace"] = "Bench" });
        private static readonly Values File = new(new() { ["build_metadata.AdditionalFiles.AwsFactsNote"] = "true" });

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => File;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Values Empty = new(new());

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
                => values.TryGetValue(key, out value);
        }
    }
}
