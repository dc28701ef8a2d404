using System;
using System.Linq;
using AwsFacts.Benchmarks;
using AwsFacts.Tests.Infrastructure;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis.CSharp;

// Profiling: "--loop <seconds>" runs cold generator passes over the ×10 notes, for a profiler to sample
// (dotnet-trace collect -- <this program> --loop 20; see docs/performance.md).
if (args.Length == 2 && args[0] == "--loop")
{
    var loopNotes = Setup.Notes(10);
    var loopCompilation = Setup.Compilation("class A { }");
    var until = DateTime.UtcNow.AddSeconds(double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    var runs = 0;
    for (; DateTime.UtcNow < until; runs++)
    {
        Setup.Driver(loopNotes).RunGenerators(loopCompilation);
    }

    Console.WriteLine($"{runs} cold runs");
    return;
}

// "--loop-stage <seconds>" runs only the extract and name stages over the ×10 notes, already parsed.
if (args.Length == 2 && args[0] == "--loop-stage")
{
    var stage = new GeneratorStageBenchmarks();
    stage.Load();
    var until = DateTime.UtcNow.AddSeconds(double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    var runs = 0;
    for (; DateTime.UtcNow < until; runs++)
    {
        stage.Extract();
        stage.Name();
    }

    Console.WriteLine($"{runs} extract+name runs");
    return;
}

// Start-up: "--first-run" times the generator's first run in this fresh process over the shipped notes, after a run
// of Roslyn's driver with no generator (so Roslyn's own start-up is not counted), then a second run. Run it as
// several fresh processes (docs/performance.md, "Start-up in a fresh process").
if (args.Length == 1 && args[0] == "--first-run")
{
    var firstNotes = Setup.Notes(1);
    var firstCompilation = Setup.Compilation("class A { }");
    CSharpGeneratorDriver.Create(Array.Empty<Microsoft.CodeAnalysis.ISourceGenerator>(), firstNotes, Setup.ParseOptions).RunGenerators(firstCompilation);
    using var census = new JitCensus();
    System.Threading.Thread.Sleep(200);
    census.Listening = true;
    var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
    var clock = System.Diagnostics.Stopwatch.StartNew();
    Setup.Driver(firstNotes).RunGenerators(firstCompilation);
    var first = clock.Elapsed.TotalMilliseconds;
    census.Listening = false;
    Console.WriteLine($"first run JIT: {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods, {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:0} ms; by namespace: {census.Report()}");
    clock.Restart();
    Setup.Driver(firstNotes).RunGenerators(firstCompilation);
    Console.WriteLine($"first run {first:0} ms, second run {clock.Elapsed.TotalMilliseconds:0} ms");
    return;
}

// Whole tool runs, start-up included: "--lint-startup <templates> <runs>" (see docs/performance.md).
if (args.Length == 3 && args[0] == "--lint-startup")
{
    LintStartup.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// Before measuring: the two validator implementations agree, and the incremental re-parse counts.
ValidatorBenchmarks.CheckAgreement();
var notes = Setup.Notes(100);
var compilation = Setup.Compilation("class A { }");
var driver = Setup.Driver(notes, track: true).RunGenerators(compilation);
var unrelated = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", Setup.ParseOptions)));
var target = notes[notes.Length / 2];
var edited = driver.ReplaceAdditionalText(target, new Setup.Note(target.Path, target.GetText()!.ToString() + "\n- Extra limit: 7 KB\n")).RunGenerators(compilation);
Console.WriteLine($"Re-parsed notes (of {notes.Length}): first run {StepCounts.Reparsed(driver)}, unrelated C# edit {StepCounts.Reparsed(unrelated)}, one note edited {StepCounts.Reparsed(edited)}");

BenchmarkSwitcher.FromAssembly(typeof(Setup).Assembly).Run(args);
