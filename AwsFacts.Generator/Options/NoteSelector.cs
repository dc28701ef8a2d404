using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AwsFacts.Generator.Options;

/// <summary>
/// Which AdditionalFiles are notes: those a project marks with <c>AwsFactsNote="true"</c> metadata
/// (made visible by <c>CompilerVisibleItemMetadata</c>), and only Markdown files among them.
/// Other analyzers' AdditionalFiles are left alone, quietly.
/// </summary>
internal static class NoteSelector
{
    public const string MetadataKey = "build_metadata.AdditionalFiles.AwsFactsNote";

    public static bool IsNote(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (!file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return options.GetOptions(file).TryGetValue(MetadataKey, out var value)
               && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
