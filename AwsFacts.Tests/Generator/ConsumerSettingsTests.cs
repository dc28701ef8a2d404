using System;
using System.Collections.Generic;
using System.Linq;
using AwsFacts.Generator;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsFacts.Tests.Generator;

/// <summary>The generated code follows the consumer: language version, nullable context, MSBuild settings.</summary>
public class ConsumerSettingsTests
{
    private const string Note = "# X\n\n- Max message size: 256 KB\n- Retention: 1 min – 14 days (default 4 days)\n- States: OK, ALARM <!-- enum: State -->\n\n### Modes\n| Mode | Description |\n|---|---|\n| Fast | quick |\n";

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable, false)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Enable, true)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable, true)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable, false)]
    public void Output_compiles_warning_free_in_the_consumers_language_and_nullable_context(
        LanguageVersion language, NullableContextOptions nullable, bool saysNullable)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(language).WithDocumentationMode(DocumentationMode.Diagnose);
        var compilation = GeneratorHarness.CreateCompilation(true, "namespace Consumer { internal static class Anchor { } }")
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable))
            .RemoveAllSyntaxTrees()
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Anchor { } }", parse));
        CSharpGeneratorDriver.Create(
                new[] { new AwsFactsGenerator().AsSourceGenerator() },
                new[] { new InMemoryAdditionalText("notes/x.md", Note) },
                parse,
                TestOptionsProvider.ForNamespace("Notes"))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("notes.x.md.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Equal(saysNullable, source.Contains("#nullable enable", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Internal_visibility_makes_the_top_level_types_internal()
    {
        var options = new TestOptionsProvider(global: new()
        {
            ["build_property.AwsFactsNamespace"] = "Notes",
            ["build_property.AwsFactsVisibility"] = "internal",
        });
        var result = GeneratorHarness.Run(options, ("notes/x.md", Note)).AssertCompiles();

        Assert.Contains("internal static partial class X", result.Sources["notes.x.md.g.cs"]);
        Assert.False(result.TypeOf("X").IsPublic);
    }

    [Fact]
    public void The_generator_can_be_switched_off()
    {
        var options = new TestOptionsProvider(global: new() { ["build_property.AwsFactsEnabled"] = "false" });
        var result = GeneratorHarness.Run(options, ("notes/x.md", Note));

        Assert.Empty(result.Sources);
    }

    [Theory]
    [InlineData("My.Team", "namespace My.Team")]
    [InlineData("my-lib", "namespace my_lib")]
    [InlineData("2fast", "namespace _2fast")]
    public void The_namespace_defaults_to_the_root_namespace_made_safe(string rootNamespace, string expected)
    {
        var options = new TestOptionsProvider(global: new() { ["build_property.RootNamespace"] = rootNamespace });
        var result = GeneratorHarness.Run(options, withSupport: false, ("notes/x.md", "# X\n\n- Max: 5\n")).AssertCompiles();

        Assert.Contains(expected, result.Sources["notes.x.md.g.cs"]);
    }
}

/// <summary>
/// AwsFactsSupportTypes tells the generator where the support types are, sparing it the lookup in the compilation's
/// symbols that costs start-up time in a fresh compiler: set, it gives what the lookup would find; unset, it looks.
/// </summary>
public class SupportTypesSettingTests
{
    private const string Note = "# Billing {#Billing}\n\n- Max upload size: 5 MB\n- Retention: 1–7 years\n";

    [Theory]
    [InlineData(null, true)]
    [InlineData("referenced", true)]
    [InlineData("Referenced", true)]
    [InlineData("none", false)]
    public void With_AwsFacts_referenced_the_setting_gives_what_the_lookup_finds(string? setting, bool typed)
    {
        var result = GeneratorHarness.Run(Options(setting, register: true), ("notes/billing.md", Note)).AssertCompiles();

        // Read from the source, not loaded: an assembly that registers its catalog must not join this process's.
        Assert.Equal(typed, result.AllSource.Contains("global::AwsFacts.DataSize MaxUploadSize ", StringComparison.Ordinal));
        Assert.Contains("const int MaxUploadSizeMb = 5;", result.AllSource, StringComparison.Ordinal);
        Assert.Equal(typed, result.Sources.ContainsKey("AwsFacts.Catalog.g.cs"));
        Assert.Equal(typed, result.AllSource.Contains("[assembly: global::AwsFacts.FactSource(", StringComparison.Ordinal));
    }

    [Fact]
    public void Declared_support_types_are_taken_from_the_projects_own_source_and_not_registered()
    {
        var result = GeneratorHarness.Run(Options("declared", register: true), ("notes/billing.md", Note)).AssertCompiles();

        Assert.Contains("global::AwsFacts.DataSize MaxUploadSize ", result.AllSource, StringComparison.Ordinal);
        Assert.DoesNotContain("FactSource", result.Sources["AwsFacts.Catalog.g.cs"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("something-else")]
    public void Without_AwsFacts_an_unset_or_unknown_setting_looks_and_finds_nothing(string? setting)
    {
        var result = GeneratorHarness.Run(Options(setting, register: true), withSupport: false, ("notes/billing.md", Note)).AssertCompiles();

        Assert.True(result.Has("Billing.MaxUploadSizeMb"));
        Assert.False(result.Has("Billing.MaxUploadSize"));
        Assert.Empty(result.GeneratorDiagnostics);
    }

    private static TestOptionsProvider Options(string? setting, bool register)
    {
        var global = new Dictionary<string, string>
        {
            ["build_property.AwsFactsNamespace"] = GeneratorHarness.Namespace,
            ["build_property.AwsFactsRegisterCatalog"] = register ? "true" : "false",
        };
        if (setting is not null)
        {
            global["build_property.AwsFactsSupportTypes"] = setting;
        }

        return new TestOptionsProvider(global);
    }
}
