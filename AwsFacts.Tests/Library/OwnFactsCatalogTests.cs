using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsFacts.Tests.Library;

/// <summary>
/// Issue #14, item 6: a project that runs the generator on its own notes and references AwsFacts finds its facts in
/// FactCatalog at run time, like AwsFacts' own (by id, search and member), from C# 7.3. The consumer runs in an
/// isolated load context with its own AwsFacts, so this process's catalog stays AwsFacts' own.
/// </summary>
public class OwnFactsCatalogTests
{
    private const string Note = "# Billing {#Billing}\n\n- **Max invoice lines:** 500\n- Retention: 1–7 years\n";

    // C# 7.3: no module initializer, no target-typed new; the consumer calls the catalog as any user would.
    private const string Consumer = """
        namespace Consumer
        {
            /// <summary>Asks the catalog for the consumer's facts and AwsFacts' own.</summary>
            public static class Probe
            {
                /// <summary>What the catalog found, joined.</summary>
                public static string Run()
                {
                    var byId = global::AwsFacts.FactCatalog.Find("billing.max-invoice-lines");
                    var own = global::AwsFacts.FactCatalog.Find("sqs.max-message-size");
                    var found = System.Linq.Enumerable.Count(global::AwsFacts.FactCatalog.Search("invoice lines"));
                    var member = global::AwsFacts.FactCatalog.FindByMember("Billing.RetentionMaxYears");
                    return (byId == null ? "-" : byId.Member + "=" + byId.Value) + "|" + (own == null ? "-" : own.Id) + "|" + found
                        + "|" + (member == null ? "-" : member.Id);
                }
            }
        }
        """;

    [Fact]
    public void A_consumers_own_facts_are_in_the_catalog_by_id_search_and_member()
    {
        var options = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.AwsFactsNamespace"] = "Consumer.Facts",
            ["build_property.AwsFactsRegisterCatalog"] = "true",
        });
        var compilation = GeneratorHarness.CreateCompilation(true, Consumer);
        GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("notes/billing.md", Note) }, options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(output.SyntaxTrees, t => t.ToString().Contains("[assembly: global::AwsFacts.FactSource(typeof(global::Consumer.Facts.__GeneratedFacts))]"));

        Assert.Equal("Billing.MaxInvoiceLines=500|sqs.max-message-size|1|billing.retention", RunIsolated(output));
        Assert.Null(FactCatalog.Find("billing.max-invoice-lines")); // this process's catalog is untouched
    }

    [Fact]
    public void AwsFacts_itself_does_not_register_and_tests_do_not_by_default()
    {
        var result = GeneratorHarness.Run(("notes/billing.md", Note)).AssertCompiles();

        Assert.DoesNotContain("FactSource", result.Sources["AwsFacts.Catalog.g.cs"]);
    }

    private static string RunIsolated(Compilation output)
    {
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new IsolatedContext(typeof(FactCatalog).Assembly.Location);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            return (string)assembly.GetType("Consumer.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>A load context with its own copy of AwsFacts, so its FactCatalog sees only what loads here.</summary>
    private sealed class IsolatedContext(string awsFactsPath) : AssemblyLoadContext("own-facts", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
            => name.Name == "AwsFacts" ? LoadFromAssemblyPath(awsFactsPath) : null;
    }
}
