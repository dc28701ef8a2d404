using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Generator;

/// <summary>Tables written in HTML, as wiki exports and cram sheets have them, read like Markdown tables.</summary>
public class HtmlTableTests
{
    [Fact]
    public void An_html_table_of_limits_gives_a_member_per_cell_cited_at_its_row()
    {
        const string note = "# Kinesis\n\n<table>\n<tr><th>Limit</th><th>Value</th></tr>\n<tr><td>Write per shard</td><td><b>1 MB/s</b> or 1,000 records/s</td></tr>\n<tr><td>Retention</td><td>24 h default,<br>up to 365 days</td></tr>\n</table>\n";

        var result = GeneratorHarness.Run(("notes/kinesis.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(1, result.ConstantValue("Kinesis.WritePerShardMbPerSecond"));
        Assert.Equal(365, result.ConstantValue("Kinesis.RetentionMaxDays"));
        Assert.Contains("Source: notes/kinesis.md, line 5.", result.AllSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_of_unclosed_rows_are_left_as_html_without_a_crash()
    {
        var note = "# X\n\n<table>" + string.Concat(System.Linq.Enumerable.Repeat("<tr><td>a 5 GB", 20000)) + "\n";

        var result = GeneratorHarness.Run(("notes/x.md", note)).AssertCompiles();

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "AWSF000");
    }
}
