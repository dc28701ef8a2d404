using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AwsFacts.Tests.Infrastructure;

/// <summary>The shipped notes, as the AwsFacts project hands them to the generator.</summary>
internal static class RealNotes
{
    public static string[] Files => Directory.GetFiles(Paths.NotesDir, "*.md", SearchOption.AllDirectories)
        .OrderBy(f => f, System.StringComparer.Ordinal)
        .ToArray();

    public static AdditionalText[] Load()
        => Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f, File.ReadAllText(f))).ToArray();

    public static TestOptionsProvider Options()
        => new(global: new() { ["build_property.AwsFactsSourceRoot"] = Paths.RepoRoot });
}
