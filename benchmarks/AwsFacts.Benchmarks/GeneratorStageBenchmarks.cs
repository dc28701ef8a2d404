using System.Linq;
using System.Threading;
using AwsFacts.Generator.Emit;
using AwsFacts.Generator.Extract;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Name;
using AwsFacts.Generator.Options;
using AwsFacts.Generator.Parse;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Benchmarks;

/// <summary>
/// Where a cold run's time goes: each stage of the pipeline on its own over the ×10 notes, outside the driver.
/// The driver then adds its own work on top: parsing every generated file as C# (measured here too).
/// </summary>
[MemoryDiagnoser]
public class GeneratorStageBenchmarks
{
    private static readonly GeneratorOptions Options = new(string.Empty, "Bench");
    private static readonly EmitSettings Settings = new(WithSupport: true, Nullable: false);

    private (string Path, SourceText Text)[] _notes = null!;
    private Markdig.Syntax.MarkdownDocument[] _documents = null!;
    private RawNote[] _raw = null!;
    private NamedNote[] _named = null!;
    private string[] _sources = null!;

    [GlobalSetup]
    public void Load()
    {
        _notes = Setup.Notes(10).Select(n => (n.Path, n.GetText()!)).ToArray();
        _documents = _notes.Select(n => NoteParser.Parse(n.Text.ToString(), CancellationToken.None)).ToArray();
        _raw = _notes.Select(n => NoteReader.Read(n.Path, n.Path, n.Text, Options, CancellationToken.None)).ToArray();
        _named = _raw.Select(r => NoteNamer.SafeName(r, CancellationToken.None)).ToArray();
        _sources = _named.Select(n => SourceEmitter.Emit(n, Settings) ?? string.Empty).ToArray();
    }

    [Benchmark(Baseline = true, Description = "1 Markdig parse (floor)")]
    public int Parse() => _notes.Sum(n => NoteParser.Parse(n.Text.ToString(), CancellationToken.None).Count);

    [Benchmark(Description = "2 Extract facts from parsed notes")]
    public int Extract() => _notes.Select((n, i) => FactExtractor.Extract(n.Path, n.Path, "Bench", n.Text, _documents[i], CancellationToken.None).Facts.Count).Sum();

    [Benchmark(Description = "3 Name")]
    public int Name() => _raw.Sum(r => NoteNamer.SafeName(r, CancellationToken.None).Classes.Count);

    [Benchmark(Description = "4 Emit C#")]
    public int Emit() => _named.Sum(n => SourceEmitter.Emit(n, Settings)?.Length ?? 0);

    [Benchmark(Description = "5 Roslyn parses the emitted C# (driver)")]
    public int ParseEmitted() => _sources.Sum(s => CSharpSyntaxTree.ParseText(s, Setup.ParseOptions).Length);
}
