using System.Linq;
using AwsFacts.Generator.Parse;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsFacts.Benchmarks;

/// <summary>
/// A cold generator run over the real notes (×1, ×10, ×100), next to its floor: Markdig parsing the same texts
/// with the same pipeline options and nothing else.
/// </summary>
[MemoryDiagnoser]
public class GeneratorColdBenchmarks
{
    private AdditionalText[] _notes = null!;
    private string[] _texts = null!;
    private CSharpCompilation _compilation = null!;

    [Params(1, 10, 100)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Load()
    {
        _notes = Setup.Notes(Copies);
        _texts = _notes.Select(n => n.GetText()!.ToString()).ToArray();
        _compilation = Setup.Compilation("class A { }");
    }

    [Benchmark(Baseline = true, Description = "Markdig parse only (floor)")]
    public int ParseOnly()
    {
        var blocks = 0;
        foreach (var text in _texts)
        {
            blocks += Markdig.Markdown.Parse(text, NoteParser.Pipeline).Count;
        }

        return blocks;
    }

    [Benchmark(Description = "Generator, cold run")]
    public GeneratorDriver Generator() => Setup.Driver(_notes).RunGenerators(_compilation);

    // The driver parses generated files lazily; a build then parses them all. Not the generator's own work,
    // but what its output costs the compiler, so it is measured beside it.
    [Benchmark(Description = "Generator, then the compiler parses its output")]
    public int GeneratorAndOutputParse()
        => Setup.Driver(_notes).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Sum(t => t.GetRoot().FullSpan.Length);
}

/// <summary>
/// The generator after a first run over ×100 notes: an unrelated C# edit, and one edited note.
/// Re-parse counts are printed by the program and checked by IncrementalScaleTests.
/// </summary>
[MemoryDiagnoser]
public class GeneratorIncrementalBenchmarks
{
    private GeneratorDriver _warm = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText _note = null!;
    private AdditionalText _changed = null!;

    [GlobalSetup]
    public void Warm()
    {
        var notes = Setup.Notes(100);
        _compilation = Setup.Compilation("class A { }");
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", Setup.ParseOptions));
        _warm = Setup.Driver(notes).RunGenerators(_compilation);
        _note = notes[notes.Length / 2];
        _changed = new Setup.Note(_note.Path, _note.GetText()!.ToString() + "\n- Extra limit: 7 KB\n");
    }

    [Benchmark(Description = "Unrelated C# edit (×100 notes)")]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_edited);

    [Benchmark(Description = "One of 1,400 notes edited")]
    public GeneratorDriver OneNoteEdited() => _warm.ReplaceAdditionalText(_note, _changed).RunGenerators(_compilation);
}
