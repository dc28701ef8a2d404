using System;
using System.Threading;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Options;
using AwsFacts.Generator.Parse;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator.Extract;

/// <summary>The extract step for one note: read its text, parse it, collect its facts.</summary>
internal static class NoteReader
{
    public static RawNote Read(AdditionalText file, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var relativePath = options.RelativePathOf(file.Path);
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return Failed(file.Path, relativePath, options, SourceText.From(string.Empty), "the file could not be read");
        }

        return Read(file.Path, relativePath, text, options, cancellationToken);
    }

    public static RawNote Read(string path, string relativePath, SourceText text, GeneratorOptions options, CancellationToken cancellationToken)
    {
        if (NoteText.Problem(text) is { } problem)
        {
            return Failed(path, relativePath, options, text, problem, DiagnosticDescriptors.UnreadableNote);
        }

        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = NoteParser.Parse(PseudoBullets.AsListItems(text.ToString()), cancellationToken);
        }
        catch (ArgumentException ex)
        {
            // Markdig refuses some input outright (nesting deeper than it will follow): say so, at the note.
            return Failed(path, relativePath, options, text, ex.Message, DiagnosticDescriptors.Unparsable);
        }

        try
        {
            return FactExtractor.Extract(path, relativePath, options.Namespace, text, document, cancellationToken) with { IsPublic = options.IsPublic };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A bad note must never take the build down with CS8785: report it where it is, generate nothing from it.
            return Failed(path, relativePath, options, text, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static RawNote Failed(
        string path, string relativePath, GeneratorOptions options, SourceText text, string reason, Microsoft.CodeAnalysis.DiagnosticDescriptor? descriptor = null)
    {
        var span = new TextSpan(0, 0);
        var location = new LocationInfo(path, span, text.Lines.GetLinePositionSpan(span));
        var diagnostic = DiagnosticInfo.Create(descriptor ?? DiagnosticDescriptors.NoteFailed, location, reason);
        return new RawNote(relativePath, options.Namespace, EquatableArray<RawClass>.Empty, EquatableArray<RawFact>.Empty,
            EquatableArray<RawEnum>.Empty, EquatableArray<RawTable>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
    }
}
