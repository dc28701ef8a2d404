using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AwsFacts.Tests.Infrastructure;

/// <summary>
/// MSBuild's view of the project, as the generator sees it: global properties and per-file metadata.
/// By default every .md AdditionalFile carries AwsFactsNote="true", as in a project that includes notes.
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Dictionary<string, string>> _files;

    public TestOptionsProvider(
        Dictionary<string, string>? global = null, Dictionary<string, Dictionary<string, string>>? files = null)
    {
        // Tests load generated assemblies into this process, whose FactCatalog must stay AwsFacts' own: the catalog
        // registration is off unless a test turns it on.
        global = global is null ? new Dictionary<string, string>() : new Dictionary<string, string>(global);
        global.TryAdd("build_property.AwsFactsRegisterCatalog", "false");
        GlobalOptions = new Options(global);
        _files = files ?? new Dictionary<string, Dictionary<string, string>>();
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>Options that put generated classes into <paramref name="ns"/>.</summary>
    public static TestOptionsProvider ForNamespace(string ns, Dictionary<string, Dictionary<string, string>>? files = null)
        => new(new Dictionary<string, string> { ["build_property.AwsFactsNamespace"] = ns }, files);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => new Options(_files.TryGetValue(textFile.Path, out var options)
            ? options
            : new Dictionary<string, string> { ["build_metadata.AdditionalFiles.AwsFactsNote"] = "true" });

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);
    }
}
