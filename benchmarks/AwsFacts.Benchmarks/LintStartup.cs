using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace AwsFacts.Benchmarks;

/// <summary>
/// Whole runs of the tool as a CI job starts it (<c>dotnet AwsFacts.Tool.dll lint &lt;folder&gt;</c>): process
/// start, runtime start-up, JIT, reading the catalog, linting. A wall clock around a process, so a measured run,
/// not a BenchmarkDotNet benchmark; the median of several runs after one warm-up run (disk cache).
/// </summary>
public static class LintStartup
{
    public static void Run(int templates, int runs)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "AwsFacts.Tool.dll");
        var dir = TemplateCorpus.Write(templates);
        try
        {
            Console.WriteLine($"{templates} files in {dir}; {runs} runs of: dotnet {tool} …");
            Report("fact sqs.delay (start-up alone)", tool, runs, "fact", "sqs.delay");
            Report($"lint <{templates} files>", tool, runs, "lint", dir);
            Report("lint examples/ (2 files)", tool, runs, "lint", TemplateCorpus.ExamplesDir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Report(string what, string tool, int runs, params string[] args)
    {
        Time(tool, args, out var exit); // warm-up: disk cache
        var times = Enumerable.Range(0, runs).Select(_ => Time(tool, args, out exit)).OrderBy(t => t).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-34} exit {exit}  median {times[times.Length / 2]:F0} ms  min {times[0]:F0} ms  max {times[^1]:F0} ms"));
    }

    private static double Time(string tool, string[] args, out int exit)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        args.ToList().ForEach(start.ArgumentList.Add);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        exit = process.ExitCode;
        return clock.Elapsed.TotalMilliseconds;
    }
}
