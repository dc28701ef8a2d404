using System.Linq;
using AwsFacts.Generator.Emit;
using AwsFacts.Generator.Extract;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Name;
using AwsFacts.Generator.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator;

/// <summary>
/// Turns Markdown notes (AdditionalFiles marked <c>AwsFactsNote="true"</c>) into typed, documented constants.
/// notes → parse (Markdig) → extract (fact model) → name (C# identifiers) → emit (one source file per note).
/// Every step's output is a value-equal model, so an edit to one note regenerates that note only, and an
/// edit to C# code regenerates nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AwsFactsGenerator : IIncrementalGenerator
{
    // The compiler creates generators well before it runs them: a head start on compiling our code (Startup/JitWarmup).
    static AwsFactsGenerator() => Startup.JitWarmup.Start();

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var noteFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => NoteSelector.IsNote(pair.Left, pair.Right))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.NoteFiles);

        var extracted = noteFiles
            .Combine(options)
            .Where(static pair => pair.Right.Enabled)
            .Select(static (pair, cancellationToken) => NoteReader.Read(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Extract);

        var named = extracted
            .Select(static (note, cancellationToken) => NoteNamer.SafeName(note, cancellationToken))
            .WithTrackingName(TrackingNames.Name);

        // Class names that differ only by case across notes are one class (DynamoDB, Dynamodb). The renames are
        // usually none, an unchanged empty list, so an edit still regenerates only its note. They are applied at
        // emit, not as a step per note: a per-note step fed by a collection, collected again for the claims,
        // makes the driver's step tracking cubic in the number of notes.
        var renames = named
            .Select(static (note, cancellationToken) => ClassCasing.PathsOf(note, cancellationToken))
            .Collect()
            .Select(static (paths, cancellationToken) => ClassCasing.Renames(paths, cancellationToken))
            .WithTrackingName(TrackingNames.ClassCasing);

        // Typed values (DataSize, Range) and the catalog need the AwsFacts support types. A project that uses
        // the generator without them still gets every constant; AwsFactsSupportTypes says where they are, if set.
        // The consumer's nullable context decides whether the output says "#nullable enable" (C# 8 and later).
        // Plain values, so C# edits leave them Unchanged. A project that references AwsFacts (rather than being
        // it) registers its catalog with an assembly attribute.
        var support = context.CompilationProvider
            .Combine(options)
            .Select(static (pair, _) => SupportTypes.Of(pair.Left, pair.Right))
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => SupportTypes.ForLanguage(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Support);

        // What every note's emit shares, joined pair by pair into one class: nested tuples (and tuples of bools) are
        // value types, and each shape would bring its own copy of Roslyn's generic node code for a fresh compiler to JIT.
        var settings = support
            .Combine(options)
            .Select(static (pair, _) => new EmitContext(pair.Left, pair.Right));

        // Two notes must not define the same member of a shared class: the claims of every note, collected,
        // decide which keeps a name. Notes that lose nothing see an unchanged (empty) conflict list.
        var conflicts = named
            .Select(static (note, cancellationToken) => CrossNoteNames.ClaimsOf(note, cancellationToken))
            .WithTrackingName(TrackingNames.Claims)
            .Collect()
            .Select(static (claims, cancellationToken) => CrossNoteNames.Conflicts(claims, cancellationToken))
            .WithTrackingName(TrackingNames.Conflicts);

        // Cross-note results join at the end, after every cached per-note step.
        var shared = settings
            .Combine(conflicts)
            .Select(static (pair, _) => pair.Left with { Conflicts = pair.Right })
            .Combine(renames)
            .Select(static (pair, _) => pair.Left with { Renames = pair.Right })
            .WithTrackingName(TrackingNames.EmitContext);

        context.RegisterSourceOutput(named.Combine(shared), static (spc, pair) => Emit(spc, pair.Left, pair.Right));

        context.RegisterSourceOutput(conflicts, static (spc, found) =>
        {
            foreach (var conflict in CrossNoteNames.ToReport(found))
            {
                var name = conflict.Key.Substring(conflict.Key.IndexOf('|') + 1);
                var dot = name.LastIndexOf('.');
                var descriptor = conflict.SameFact ? Diagnostics.DiagnosticDescriptors.SameFactElsewhere
                    : conflict.RenamedTo is not null ? Diagnostics.DiagnosticDescriptors.RenamedAcrossNotes
                    : Diagnostics.DiagnosticDescriptors.DuplicateName;
                spc.ReportDiagnostic(Diagnostic.Create(
                    descriptor,
                    conflict.Loser.ToLocation(),
                    new[] { conflict.Winner.ToLocation() },
                    name.Substring(dot + 1),
                    name.Substring(0, System.Math.Max(0, dot)),
                    $"{conflict.WinnerPath}, line {conflict.Winner.Line}",
                    conflict.RenamedTo));
            }
        });

        var catalog = named
            // With the support types every note has a catalog part (empty when it yields nothing or lost every fact).
            .Select(static (note, _) => note.CatalogMethod)
            .Collect()
            .Select(static (methods, _) => methods.ToEquatableArray())
            .Combine(settings)
            .WithTrackingName(TrackingNames.Catalog);

        context.RegisterSourceOutput(catalog, static (spc, pair) =>
        {
            var (methods, emit) = pair;
            if (emit.Settings.WithSupport && emit.Options.Enabled)
            {
                var register = emit.Settings.RegistersFacts && emit.Options.RegisterCatalog;
                var source = CatalogEmitter.WriteIndex(emit.Options.Namespace, methods.Where(static m => m.Length > 0), emit.Settings.Nullable, register);
                spc.AddSource("AwsFacts.Catalog.g.cs", SourceText.From(source, System.Text.Encoding.UTF8));
            }
        });
    }

    private static void Emit(SourceProductionContext context, NamedNote named, EmitContext emit)
    {
        var note = ClassCasing.Rename(CrossNoteNames.WithoutLosers(named, emit.Conflicts), emit.Renames);
        var (settings, reportUnmatched) = (emit.Settings, emit.Options.ReportUnmatched);
        foreach (var info in note.Diagnostics)
        {
            var descriptor = Diagnostics.DiagnosticDescriptors.Find(info.Id);
            if (descriptor is null)
            {
                continue;
            }

            var severity = reportUnmatched && descriptor == Diagnostics.DiagnosticDescriptors.Unmatched
                ? DiagnosticSeverity.Warning
                : descriptor.DefaultSeverity;
            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                info.Location.ToLocation(),
                severity,
                System.Linq.Enumerable.Select(info.AdditionalLocations, static l => l.ToLocation()),
                null,
                System.Linq.Enumerable.ToArray<object?>(info.MessageArgs)));
        }

        string? source;
        try
        {
            source = SourceEmitter.Emit(note, settings);
        }
        catch (System.Exception ex) when (ex is not System.OperationCanceledException)
        {
            // Never CS8785: a bug in emitting one note is reported on that note, and the others still build.
            var path = note.Diagnostics.Count > 0 ? note.Diagnostics[0].Location.FilePath : note.RelativePath;
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.DiagnosticDescriptors.NoteFailed,
                Location.Create(path, default, default), ex.GetType().Name + ": " + ex.Message));
            return;
        }

        if (source is not null)
        {
            context.AddSource(note.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }
}
