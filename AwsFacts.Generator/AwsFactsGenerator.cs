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
            .Select(static (pair, cancellationToken) => NoteReader.Read(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Extract);

        var named = extracted
            .Select(static (note, cancellationToken) => NoteNamer.Name(note, cancellationToken))
            .WithTrackingName(TrackingNames.Name);

        context.RegisterSourceOutput(named, static (spc, note) => Emit(spc, note));
    }

    private static void Emit(SourceProductionContext context, NamedNote note)
    {
        foreach (var info in note.Diagnostics)
        {
            var descriptor = Diagnostics.DiagnosticDescriptors.Find(info.Id);
            if (descriptor is null)
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                info.Location.ToLocation(),
                System.Linq.Enumerable.Select(info.AdditionalLocations, static l => l.ToLocation()),
                System.Linq.Enumerable.ToArray<object?>(info.MessageArgs)));
        }

        if (note.Members.Count > 0)
        {
            context.AddSource(note.HintName, SourceText.From(SourceEmitter.Emit(note), System.Text.Encoding.UTF8));
        }
    }
}
