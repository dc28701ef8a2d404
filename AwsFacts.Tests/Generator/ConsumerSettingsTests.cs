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
