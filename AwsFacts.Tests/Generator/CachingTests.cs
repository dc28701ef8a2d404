using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AwsFacts.Generator;
using AwsFacts.Generator.Model;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsFacts.Tests.Generator;

/// <summary>
/// The pipeline does no work that nothing asked for: an unrelated C# edit reuses every step, and an edited
/// note re-runs that note's steps only. Models hold no compiler objects that would defeat this.
/// </summary>
public class CachingTests
{
    private static readonly string[] TrackedSteps =
        { TrackingNames.Options, TrackingNames.NoteFiles, TrackingNames.Extract, TrackingNames.Name, TrackingNames.Support, TrackingNames.Catalog };

    [Fact]
    public void An_unrelated_csharp_edit_reuses_every_step()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(RealNotes.Load(), RealNotes.Options()).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("class Unrelated { }", GeneratorHarness.ParseOptions)));
        var second = driver.GetRunResult().Results.Single();

        AssertStepsPresent(first);
        foreach (var name in TrackedSteps)
        {
            foreach (var (_, reason) in second.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}");
            }
        }

        Assert.Equal(
            first.GeneratedSources.Select(s => s.SourceText.ToString()),
            second.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void Editing_one_note_reruns_only_that_notes_steps()
    {
        var notes = RealNotes.Load();
        var edited = notes.Single(n => n.Path.EndsWith("messaging.md", StringComparison.Ordinal));
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(notes, RealNotes.Options()).RunGenerators(compilation);

        var newText = edited.GetText()!.ToString().Replace("256 KB", "1024 KB");
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, newText)).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.NoteFiles, TrackingNames.Extract, TrackingNames.Name })
        {
            var outputs = result.TrackedSteps[name].SelectMany(s => s.Outputs).ToList();
            Assert.Equal(notes.Length, outputs.Count);
            var modified = outputs.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList();
            var only = Assert.Single(modified);
            Assert.EndsWith("messaging.md", PathOf(only.Value));
            Assert.All(outputs.Except(modified), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }

        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("MaxMessageSizeKb = 1024", StringComparison.Ordinal));

        // The shared catalog index lists notes, not their content: an edit inside a note leaves it as it was.
        Assert.All(result.TrackedSteps[TrackingNames.Catalog].SelectMany(s => s.Outputs), o => Assert.True(
            o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Catalog: {o.Reason}"));
    }

    [Fact]
    public void Step_outputs_hold_no_compilations_symbols_or_syntax_nodes()
    {
        var driver = GeneratorHarness.CreateDriver(RealNotes.Load(), RealNotes.Options())
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"));
        var result = driver.GetRunResult().Results.Single();

        AssertStepsPresent(result);
        foreach (var name in TrackedSteps)
        {
            foreach (var (value, _) in result.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                AssertNoCompilerObjects(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertStepsPresent(GeneratorRunResult result)
    {
        foreach (var name in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} is not tracked");
        }
    }

    private static string PathOf(object value) => value switch
    {
        AdditionalText text => text.Path,
        RawNote note => note.RelativePath,
        NamedNote note => note.RelativePath,
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    private static void AssertNoCompilerObjects(object? node, string step, HashSet<object> visited)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !visited.Add(node))
        {
            return;
        }

        Assert.False(node is Compilation or ISymbol or SyntaxNode or Location,
            $"Step {step} holds a {node.GetType().Name}, which defeats caching.");
        if (node is AdditionalText)
        {
            return; // the compiler's own input object, compared by reference: cheap and stable
        }

        if (node is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoCompilerObjects(item, step, visited);
            }

            return;
        }

        foreach (var field in node.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoCompilerObjects(field.GetValue(node), step, visited);
        }
    }
}
