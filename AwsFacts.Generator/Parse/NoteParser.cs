using System.Threading;
using Markdig;
using Markdig.Syntax;

namespace AwsFacts.Generator.Parse;

/// <summary>Parses a note with Markdig, keeping every element's exact position in the file.</summary>
internal static class NoteParser
{
    // Built once: a MarkdownPipeline is immutable and safe to share between threads.
    // Footnotes carry citations ("[^sqs-api]: … As of 2026-11."). GenericAttributes must come last so it
    // sees the other extensions' elements ({#Name} on headings).
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseFootnotes()
        .UseGenericAttributes()
        .Build();

    public static MarkdownDocument Parse(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Markdown.Parse(text, Pipeline);
    }
}
