using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AwsFacts.Generator.Options;

/// <summary>The MSBuild settings the generator reads (through <c>CompilerVisibleProperty</c>, see build/AwsFacts.Generator.props).</summary>
internal sealed record GeneratorOptions(string SourceRoot, string Namespace, bool IsPublic = true, bool Enabled = true)
{
    /// <summary>AwsFactsRegisterCatalog: whether a project referencing AwsFacts lists its facts in FactCatalog (default true).</summary>
    public bool RegisterCatalog { get; init; } = true;

    /// <summary>AwsFactsReportUnmatched: a line with a number and unit that yields nothing is a warning, not an info.</summary>
    public bool ReportUnmatched { get; init; }

    /// <summary>AwsFactsSupportTypes: where the AwsFacts support types are, when the project says so (else looked up).</summary>
    public SupportTypeSource SupportTypes { get; init; }

    public const string DefaultNamespace = "AwsFacts";

    public static GeneratorOptions From(AnalyzerConfigOptions global)
    {
        // Paths in docs are relative to AwsFactsSourceRoot when a project sets it, else to the project folder.
        var root = Read(global, "build_property.AwsFactsSourceRoot")
                   ?? Read(global, "build_property.projectdir")
                   ?? string.Empty;
        var ns = Read(global, "build_property.AwsFactsNamespace")
                 ?? Read(global, "build_property.RootNamespace")
                 ?? DefaultNamespace;
        var visibility = Read(global, "build_property.AwsFactsVisibility");
        var enabled = Read(global, "build_property.AwsFactsEnabled");
        return new GeneratorOptions(
            NormalizeRoot(root),
            SafeNamespace(ns),
            !string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase),
            !string.Equals(enabled, "false", StringComparison.OrdinalIgnoreCase))
        {
            RegisterCatalog = !string.Equals(Read(global, "build_property.AwsFactsRegisterCatalog"), "false", StringComparison.OrdinalIgnoreCase),
            ReportUnmatched = string.Equals(Read(global, "build_property.AwsFactsReportUnmatched"), "true", StringComparison.OrdinalIgnoreCase),
            SupportTypes = SupportTypeSourceOf(Read(global, "build_property.AwsFactsSupportTypes")),
        };
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

    private static SupportTypeSource SupportTypeSourceOf(string? value) => value?.ToLowerInvariant() switch
    {
        "declared" => SupportTypeSource.Declared,
        "referenced" => SupportTypeSource.Referenced,
        "none" => SupportTypeSource.None,
        _ => SupportTypeSource.LookUp,
    };

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

    /// <summary>A namespace that compiles: "my-team.facts" (a project name used as RootNamespace) becomes "my_team.facts".</summary>
    private static string SafeNamespace(string ns)
    {
        var segments = ns.Split('.').Select(segment =>
        {
            var builder = new StringBuilder();
            foreach (var c in segment)
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            var text = builder.ToString();
            return text.Length == 0 ? "_" : char.IsDigit(text[0]) ? "_" + text : text;
        });
        return string.Join(".", segments);
    }
}

/// <summary>
/// Where the AwsFacts support types (typed values, the catalog) come from, as the project's AwsFactsSupportTypes
/// property says. Saying it spares the generator a lookup in the compilation's symbols, which in a fresh compiler
/// process binds every reference inside the generator's time (docs/performance.md, start-up).
/// </summary>
internal enum SupportTypeSource
{
    /// <summary>Not said: look for them in the project's own source and in a reference named AwsFacts.</summary>
    LookUp,

    /// <summary><c>declared</c>: the project declares them itself (the AwsFacts library).</summary>
    Declared,

    /// <summary><c>referenced</c>: the project references the AwsFacts package, whose props say so.</summary>
    Referenced,

    /// <summary><c>none</c>: constants only.</summary>
    None,
}
