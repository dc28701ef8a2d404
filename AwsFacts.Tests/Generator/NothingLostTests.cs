using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Tests.Generator;

/// <summary>Issue #14, item 5: nothing lost silently — each loss the issue lists is a test.</summary>
public class NothingLostTests
{
    [Theory]
    [InlineData("- Ports: 8080 = HTTP, 8443 = HTTPS", "Web.Ports")]
    [InlineData("- Ports: 8080 = HTTP, 8443 = HTTPS <!-- name: AppPorts -->", "Web.AppPorts")]
    [InlineData("- **Ports:** 8080 = HTTP, 8443 = HTTPS", "Web.Ports")]
    [InlineData("**Ports:** 8080 = HTTP, 8443 = HTTPS", "Web.Ports")]
    [InlineData("## App ports\n\n- 8080 = HTTP\n- 8443 = HTTPS", "Web.AppPorts")]
    [InlineData("## App ports {#Ports}\n\n- 8080 = HTTP\n- 8443 = HTTPS", "Ports")]
    [InlineData("- 8080 = HTTP\n- 8443 = HTTPS", "Web")]
    public void Number_equals_name_pairs_are_read_wherever_a_list_or_sentence_holds_them(string lines, string owner)
    {
        var result = GeneratorHarness.Run(("notes/web.md", "# Web\n\n" + lines + "\n")).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(8080, result.ConstantValue(owner + ".Http"));
        Assert.Equal(8443, result.ConstantValue(owner + ".Https"));
    }

    [Theory]
    [InlineData("In our tests the buffer filled at 512mb per shard, roughly.")]
    [InlineData("We keep 14 days of logs, and then drop them.")]
    [InlineData("- Functions: `Invoke`, `InvokeAsync`, see the docs")]
    public void A_line_with_a_value_that_yields_nothing_is_an_info_and_a_warning_with_the_switch(string line)
    {
        var note = ("notes/x.md", "# X\n\n- Kept: 5 GB\n\n" + line + "\n");
        var quiet = GeneratorHarness.Run(note).AssertCompiles();
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(quiet.GeneratorDiagnostics, d => d.Id == "AWSF017").Severity);
        Assert.Equal(5, quiet.GeneratorDiagnostics.Single(d => d.Id == "AWSF017").Location.GetLineSpan().StartLinePosition.Line + 1);

        var options = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.AwsFactsNamespace"] = GeneratorHarness.Namespace,
            ["build_property.AwsFactsReportUnmatched"] = "true",
        });
        var loud = GeneratorHarness.Run(options, note);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(loud.GeneratorDiagnostics, d => d.Id == "AWSF017").Severity);
    }

    [Theory]
    [InlineData("- Up to 15 read replicas")]
    [InlineData("Route 53 is the DNS service.")]
    [InlineData("- Layer 4 & 7, HTTP/HTTPS/TCP/SSL")]
    [InlineData("- Set long retention (e.g., 14 days) and optionally redrive")]
    public void A_line_that_yields_a_fact_or_holds_no_value_is_not_reported(string line)
    {
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Kept: 5 GB\n\n" + line + "\n")).AssertCompiles();

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "AWSF017");
    }

    [Theory]
    [InlineData("<!-- name Foo -->", "name")]
    [InlineData("<!-- enum=State -->", "enum")]
    [InlineData("<!-- Name Foo -->", "name")]
    public void A_malformed_annotation_warns(string comment, string key)
    {
        var result = GeneratorHarness.Run(("notes/x.md", $"# X\n\n- Max size: 5 GB {comment}\n")).AssertCompiles();

        var warning = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "AWSF019");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("<!-- " + key + ":", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, warning.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Pseudo_bullets_read_as_bullets()
    {
        const string note = "# Limits\n\nSome text first.\n• Max message size: 256 KB\n• Retention: 1–14 days\n  ◦ Max batch: 10 messages\n";
        var result = GeneratorHarness.Run(("notes/l.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(256, result.ConstantValue("Limits.MaxMessageSizeKb"));
        Assert.Equal(14, result.ConstantValue("Limits.RetentionMaxDays"));
        Assert.Equal(10, result.ConstantValue("Limits.MaxBatchMessages"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void An_empty_note_warns_at_the_file(string text)
    {
        var result = GeneratorHarness.Run(("notes/empty.md", text)).AssertCompiles();

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("AWSF018", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal("notes/empty.md", warning.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_binary_note_warns_and_yields_nothing()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var result = RunBytes("notes/image.md", bytes, encoding: null);

        var warning = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "AWSF018");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Empty(result.NoteSources);
    }

    [Fact]
    public void A_latin1_note_warns_instead_of_garbling_names()
    {
        var bytes = Encoding.Latin1.GetBytes("# Größe\n\n- Max Größe: 5 GB\n");

        // As UTF-8 with replacement characters (SourceText.From), and as the compiler's fallback code page would read it.
        foreach (var encoding in new[] { null, Encoding.Latin1 })
        {
            var result = RunBytes("notes/latin1.md", bytes, encoding);

            Assert.Equal("AWSF018", Assert.Single(result.GeneratorDiagnostics).Id);
            Assert.Empty(result.NoteSources);
        }
    }

    private static GenerationResult RunBytes(string path, byte[] bytes, Encoding? encoding)
    {
        var compilation = GeneratorHarness.CreateCompilation(true, "namespace Consumer { internal static class Anchor { } }");
        GeneratorHarness.CreateDriver(new[] { new BytesText(path, bytes, encoding) })
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var run = CSharpGeneratorDriverResults(output);
        return new GenerationResult(run, diagnostics, output.GetDiagnostics(), output);
    }

    private static IReadOnlyDictionary<string, string> CSharpGeneratorDriverResults(Compilation output)
        => output.SyntaxTrees.Where(t => t.FilePath.Length > 0).ToDictionary(t => Path.GetFileName(t.FilePath), t => t.ToString());

    /// <summary>A file as bytes on disk: decoded as the compiler would (UTF-8 unless told otherwise).</summary>
    private sealed class BytesText(string path, byte[] bytes, Encoding? encoding) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
            => SourceText.From(new MemoryStream(bytes), encoding);
    }
}
