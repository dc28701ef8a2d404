using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AwsFacts.Generator;
using AwsFacts.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace AwsFacts.Tests.Robustness;

/// <summary>
/// Notes built from the real ones by mutation, and Markdown built from scratch: for every input the generator
/// neither throws nor reports an internal failure, and its output compiles (with AwsFacts' hand-written types)
/// with zero errors and zero warnings. AWSFACTS_FUZZ_CASES sets the number of cases (default 10,000; the prose
/// test runs the same share of its 1,500).
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int BatchSize = 400;

    private static readonly string[][] RealLines = RealNotes.Files.Select(File.ReadAllLines).ToArray();

    private static readonly string[] Nasty =
    {
        "\"", "\\", "{", "}", "*/", "/*", "</summary>", "<summary>", "&", "&amp;", "\u0001", "\u0007", "\u2028", "\u2029",
        "\uD800", "\uDFFF", "🚀", "⚡", "1️⃣", "\u202E", "\u0000", "<!--", "-->", "`", "``", "|", "[^x]", "{#", "{#1x}", "::",
        "<!-- name: -->", "<!-- name: class -->", "<!-- enum -->", "<!-- was: 9 -->", "#", "**", "~", "+", "—", "–", "→", "\t", "ı", "İ", "ß",
    };

    private static readonly string[] Units =
    {
        "KB", "MB", "GB", "TB", "KiB", "B", "bytes", "s", "ms", "min", "h", "days", "yrs", "%", "GB/month", "msg/s", "KBB", "xyz", "", "characters",
        "instances", "/", "K", "M", "sec", "weeks",
    };

    private static readonly string[] Numbers =
    {
        "0", "1", "-5", "42", "1,024", "0.5", "~12M+", "100K", "99999999999999999999999999999999", "9223372036854775807",
        "9999999999999999", "79228162514264337593543950335", "1e10", "00", "3.14159265358979323846", "2147483648",
    };

    [Fact]
    public void Mutated_and_generated_notes_never_crash_and_always_compile()
    {
        var (count, seed) = Settings(10_000);
        var inputs = Gen.Select(Gen.Int, Gen.Int[0, 99], (value, kind) => Build(value ^ seed, kind)).Array[count].Single(_ => true, "0000" + seed.ToString("X8", System.Globalization.CultureInfo.InvariantCulture));
        AssertAllCompile(inputs, GeneratorHarness.ParseOptions, nullable: false);
    }

    /// <summary>
    /// Prose in other people's styles (hyphens, apostrophes, digits in words, Unicode letters, numbered chapters,
    /// tables headed by numbers, keywords or duplicates) compiles without a warning in C# 7.3 and in the latest
    /// C# with nullable reference types, where the output differs (<c>#nullable enable</c>) and more warnings exist.
    /// </summary>
    [Fact]
    public void Word_level_prose_compiles_without_warnings_in_CSharp_7_3_and_latest()
    {
        var (count, seed) = Settings(1_500);
        var inputs = Gen.Int.Array[count].Single(_ => true, "0000" + seed.ToString("X8", System.Globalization.CultureInfo.InvariantCulture))
            .Select(value => ProseInputs.Build(new Random(value ^ seed))).ToArray();
        AssertAllCompile(inputs, GeneratorHarness.ParseOptions, nullable: false);
        AssertAllCompile(inputs, GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.Latest), nullable: true);
    }

    private (int Count, int Seed) Settings(int defaultCount)
    {
        // CI runs a fixed seed, so main stays reproducible; AWSFACTS_FUZZ_SEED=random (or a number) explores further.
        var count = int.TryParse(Environment.GetEnvironmentVariable("AWSFACTS_FUZZ_CASES"), out var n) ? n * defaultCount / 10_000 : defaultCount;
        var seedSetting = Environment.GetEnvironmentVariable("AWSFACTS_FUZZ_SEED");
        var seed = seedSetting is null ? 20261126 : int.TryParse(seedSetting, out var s) ? s : Random.Shared.Next();
        output.WriteLine($"seed {seed} (replay with AWSFACTS_FUZZ_SEED={seed})");
        return (Math.Max(1, count), seed);
    }

    /// <summary>
    /// Runs the generator on every input and compiles the outputs, many at once, with warnings as errors: no
    /// generator exception, no internal failure (AWSF000), no compiler warning or error.
    /// </summary>
    private void AssertAllCompile(string[] inputs, CSharpParseOptions parse, bool nullable)
    {
        var count = inputs.Length;
        var failures = new ConcurrentBag<string>();
        var generated = new SyntaxTree[count][];
        var baseCompilation = GeneratorHarness.CreateCompilation(true)
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable));

        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var ns = $"Fuzz.Case{i}";
            var driver = CSharpGeneratorDriver.Create(
                new[] { new AwsFactsGenerator().AsSourceGenerator() },
                new[] { new InMemoryAdditionalText($"/fuzz/notes/case{i}.md", inputs[i]) },
                parse,
                TestOptionsProvider.ForNamespace(ns),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
            var result = driver.RunGenerators(baseCompilation).GetRunResult().Results.Single();
            if (result.Exception is not null)
            {
                failures.Add(Report(i, inputs[i], "generator threw " + result.Exception));
            }

            // AWSF000 means our code failed on the note (caught, but a bug); AWSF015 is the parser refusing it, which is fine.
            var internalFailures = result.Diagnostics.Where(d => d.Id is "AWSF000" or "CS8785").ToList();
            if (internalFailures.Count > 0)
            {
                failures.Add(Report(i, inputs[i], string.Join("\n", internalFailures)));
            }

            generated[i] = result.GeneratedSources
                .Select(s => CSharpSyntaxTree.ParseText(s.SourceText, parse, $"case{i}/{s.HintName}"))
                .ToArray();
        });

        // Compile many inputs' outputs together, each in its own namespace, on one shared base.
        var batches = Enumerable.Range(0, (count + BatchSize - 1) / BatchSize).ToList();
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b =>
        {
            var trees = generated.Skip(b * BatchSize).Take(BatchSize).SelectMany(t => t);
            var problems = baseCompilation.AddSyntaxTrees(trees).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            foreach (var byCase in problems.GroupBy(e => e.Location.SourceTree?.FilePath.Split('/')[0] ?? "?"))
            {
                var index = int.TryParse(byCase.Key.Replace("case", string.Empty), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var at) ? at : 0;
                failures.Add(Report(index, inputs[index], string.Join("\n", byCase.Take(5))));
            }
        });

        output.WriteLine($"{parse.LanguageVersion}: {count} cases, {generated.Sum(g => g.Length)} generated files, {failures.Count} failures");
        foreach (var kind in failures.GroupBy(f => System.Text.RegularExpressions.Regex.Match(f, @"(error|warning|info) [A-Z]+\d+|generator threw").Value))
        {
            output.WriteLine($"{kind.Count()} × {kind.Key}: {kind.First()}");
        }

        Assert.True(failures.IsEmpty, $"{parse.LanguageVersion}: {failures.Count} of {count} cases failed:\n" + string.Join("\n\n", failures.Take(5)));
    }

    /// <summary>Writes the failing input where it can be replayed, and says what failed.</summary>
    private static string Report(int index, string input, string problem)
    {
        var dir = Path.Combine(Path.GetTempPath(), "awsfacts-fuzz");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"case{index}.md");
        File.WriteAllText(path, input, new UTF8Encoding(false, false)); // lone surrogates are inputs too
        return $"case {index} ({path}): {problem}";
    }

    /// <summary>One input: mostly mutated excerpts of the real notes, some generated Markdown, a few extremes.</summary>
    private static string Build(int seed, int kind)
    {
        var random = new Random(seed);
        return kind switch
        {
            0 => string.Empty,
            1 when seed % 40 == 0 => Huge(random),
            < 60 => Mutate(Excerpt(random, 3, 40), random),
            < 70 => Mutate(RealLines[random.Next(RealLines.Length)].ToList(), random),
            < 80 => Nested(random),
            _ => Generated(random),
        };
    }

    private static List<string> Excerpt(Random random, int min, int max)
    {
        var lines = RealLines[random.Next(RealLines.Length)];
        var start = random.Next(lines.Length);
        var excerpt = lines.Skip(start).Take(random.Next(min, max)).ToList();
        if (random.Next(2) == 0)
        {
            excerpt.Insert(0, "# " + Word(random) + (random.Next(3) == 0 ? " {#" + Word(random) + "}" : string.Empty));
        }

        return excerpt;
    }

    private static string Mutate(List<string> lines, Random random)
    {
        var operations = random.Next(0, 7);
        for (var op = 0; op < operations; op++)
        {
            var at = lines.Count == 0 ? 0 : random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0 when lines.Count > 1:
                    (lines[at], lines[lines.Count - 1 - at]) = (lines[lines.Count - 1 - at], lines[at]);
                    break;
                case 1 when lines.Count > 0:
                    lines.Insert(at, lines[at]);
                    break;
                case 2 when lines.Count > 0 && lines[at].Length > 0:
                    lines[at] = lines[at].Substring(0, random.Next(lines[at].Length));
                    break;
                case 3 when lines.Count > 0:
                    var line = lines[at];
                    var position = random.Next(line.Length + 1);
                    lines[at] = line.Insert(position, Nasty[random.Next(Nasty.Length)]);
                    break;
                case 4:
                    lines.Insert(at, new string('#', random.Next(1, 8)) + " " + Word(random) + " " + Nasty[random.Next(Nasty.Length)]);
                    break;
                case 5:
                    lines.Insert(at, ValueLine(random));
                    break;
                case 6 when lines.Count > 0:
                    lines.RemoveAt(at);
                    break;
                case 7:
                    lines.Insert(at, "```" + (random.Next(2) == 0 ? "yaml" : string.Empty));
                    break;
                default:
                    lines.Insert(at, "| " + Word(random) + " | " + ValueLine(random).TrimStart('-', ' ') + " |");
                    break;
            }
        }

        return string.Join(random.Next(4) == 0 ? "\r\n" : "\n", lines);
    }

    private static string ValueLine(Random random)
    {
        var number = Numbers[random.Next(Numbers.Length)];
        var unit = Units[random.Next(Units.Length)];
        var label = random.Next(3) == 0 ? "**" + Word(random) + ":**" : Word(random) + ":";
        return random.Next(5) switch
        {
            0 => $"- {label} {number}{(random.Next(2) == 0 ? " " : string.Empty)}{unit}",
            1 => $"- {label} {number} {unit} – {Numbers[random.Next(Numbers.Length)]} {Units[random.Next(Units.Length)]} (default {number} {unit})",
            2 => $"- Up to {number} {Word(random)}s",
            3 => $"- {label} `{Word(random)}`, `{Nasty[random.Next(Nasty.Length)]}`, {Word(random)} <!-- enum -->",
            _ => $"- {Word(random)}: {number}/{number}/{number}{unit}",
        };
    }

    private static string Nested(Random random)
    {
        var builder = new StringBuilder("# Nest\n\n");
        var depth = random.Next(1, 120);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(new string(' ', i * 2)).Append("- ").Append(i % 3 == 0 ? Word(random) + ":" : ValueLine(random).TrimStart('-', ' ')).Append('\n');
        }

        return builder.ToString();
    }

    private static string Generated(Random random)
    {
        var builder = new StringBuilder();
        var blocks = random.Next(1, 25);
        for (var i = 0; i < blocks; i++)
        {
            builder.Append(random.Next(7) switch
            {
                0 => new string('#', random.Next(1, 4)) + " " + Word(random) + (random.Next(2) == 0 ? " {#" + Word(random) + "}" : string.Empty),
                1 => "**" + Word(random) + "**" + (random.Next(2) == 0 ? " <!-- name: " + Word(random) + " -->" : string.Empty),
                2 => "| A | B |\n|---|---|\n| " + Word(random) + " | " + Nasty[random.Next(Nasty.Length)] + " |",
                3 => "- " + Word(random) + ": <!-- enum -->\n  - `" + Word(random) + "` – " + Word(random) + "\n  - `" + Word(random) + "` (default) – x",
                4 => "- Common " + Word(random) + ":\n  - 22 = " + Word(random) + ", 80 = " + Word(random),
                _ => ValueLine(random),
            }).Append("\n\n");
        }

        return builder.ToString();
    }

    private static string Huge(Random random)
    {
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append(ValueLine(random)).Append('\n');
        }

        return builder.ToString();
    }

    private static string Word(Random random)
    {
        string[] words = { "Max", "size", "Retention", "Queue", "class", "int", "Sqs", "2nd", "Ports", "Default", "X", "ÄÖÜ", "naïve", "Equals", "ToString", "GeneratedFacts", "AwsFacts", "Value" };
        return words[random.Next(words.Length)] + (random.Next(3) == 0 ? " " + words[random.Next(words.Length)] : string.Empty);
    }
}
