using System.IO;
using AwsFacts.Tool;
using BenchmarkDotNet.Attributes;

namespace AwsFacts.Benchmarks;

/// <summary>
/// <c>awsfacts lint</c> over a folder of templates, in-process (start-up excluded; the program's
/// <c>--lint-startup</c> mode measures whole runs of the tool, start-up included).
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private string _dir = string.Empty;

    [Params(300)]
    public int Templates { get; set; }

    [GlobalSetup]
    public void Setup() => _dir = TemplateCorpus.Write(Templates);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark(Description = "awsfacts lint <folder>, in-process")]
    public int Lint() => Cli.Run(new[] { "lint", _dir }, TextWriter.Null, TextWriter.Null);
}
