using System;
using System.Collections.Immutable;
using System.Threading;
using AwsFacts.Generator.Emit;
using AwsFacts.Generator.Extract;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Name;
using AwsFacts.Generator.Options;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator.Startup;

/// <summary>
/// Runs the generator's steps once over a small sample note on a background thread, started when the compiler
/// creates the generator. In a fresh compiler process (a build without the compiler server) most of the generator's
/// first run is the runtime compiling its code and Markdig's (about 1,600 methods); this does that work on another
/// core while the compiler's main thread is still on its way to the generator, and then beside it. The output is
/// thrown away, nothing is shared but the runtime's compiled code, and any failure is ignored: the real run does
/// the same work itself, only later. See docs/performance.md, "Start-up in a fresh process".
/// </summary>
internal static class JitWarmup
{
    private static int started;

    public static void Start()
    {
        if (Interlocked.Exchange(ref started, 1) != 0)
        {
            return;
        }

        try
        {
            new Thread(Run) { IsBackground = true, Name = "AwsFacts.Generator warm-up" }.Start();
        }
        catch (Exception)
        {
            // No thread (a host that forbids them, or out of resources): the first run compiles what it needs itself.
        }
    }

    private static void Run()
    {
        try
        {
            RunSteps();
        }
        catch (Exception)
        {
            // Only a head start: the real run reports whatever is wrong, on the real notes.
        }
    }

    /// <summary>
    /// The steps of <see cref="AwsFactsGenerator"/> in pipeline order, over <see cref="SampleNote"/>: the note's
    /// source and the catalog index, which the warm-up throws away (tests read them).
    /// </summary>
    internal static (string? Source, string Catalog) RunSteps()
    {
        var options = new GeneratorOptions("/warmup/", "Warmup");
        var raw = NoteReader.Read("/warmup/notes/sample.md", "notes/sample.md", SourceText.From(SampleNote.Text), options, CancellationToken.None);
        var named = NoteNamer.SafeName(raw, CancellationToken.None);
        var conflicts = CrossNoteNames.Conflicts(ImmutableArray.Create(CrossNoteNames.ClaimsOf(named, CancellationToken.None)), CancellationToken.None);
        var renames = ClassCasing.Renames(ImmutableArray.Create(ClassCasing.PathsOf(named, CancellationToken.None)), CancellationToken.None);
        var note = ClassCasing.Rename(CrossNoteNames.WithoutLosers(named, conflicts), renames);
        var source = SourceEmitter.Emit(note, new EmitSettings(WithSupport: true, Nullable: true) { RegistersFacts = true });
        return (source, CatalogEmitter.WriteIndex(options.Namespace, new[] { note.CatalogMethod }, nullable: true, register: true));
    }
}
