using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AwsFacts.Tests.Infrastructure;

/// <summary>Folders the tests read from, recorded at build time (see the test project's AssemblyMetadata).</summary>
internal static class Paths
{
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    public static string TestProjectDir { get; } = Metadata("TestProjectDir");

    public static string NotesDir => Path.Combine(RepoRoot, "notes");

    private static string Metadata(string key)
    {
        var value = typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value ?? throw new InvalidOperationException($"No {key} metadata.");
        return Path.GetFullPath(value);
    }
}
