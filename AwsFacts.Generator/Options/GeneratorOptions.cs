using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AwsFacts.Generator.Options;

/// <summary>The MSBuild settings the generator reads (through <c>CompilerVisibleProperty</c>).</summary>
internal readonly record struct GeneratorOptions(string SourceRoot, string Namespace)
{
    public const string DefaultNamespace = "AwsFacts";

    public static GeneratorOptions From(AnalyzerConfigOptions global)
    {
        // Paths in docs are relative to AwsFactsSourceRoot when a project sets it, else to the project folder.
        var root = Read(global, "build_property.AwsFactsSourceRoot")
                   ?? Read(global, "build_property.projectdir")
                   ?? string.Empty;
        var ns = Read(global, "build_property.AwsFactsNamespace") ?? DefaultNamespace;
        return new GeneratorOptions(NormalizeRoot(root), ns);
    }

    /// <summary>The note's path as docs show it: relative to the source root, with forward slashes.</summary>
    public string RelativePathOf(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (SourceRoot.Length > 0 && normalized.StartsWith(SourceRoot, StringComparison.OrdinalIgnoreCase))
        {
            return normalized.Substring(SourceRoot.Length);
        }

        return normalized;
    }

    private static string? Read(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string NormalizeRoot(string root)
    {
        if (root.Length == 0)
        {
            return root;
        }

        root = root.Replace('\\', '/');
        return root.EndsWith("/", StringComparison.Ordinal) ? root : root + "/";
    }
}
