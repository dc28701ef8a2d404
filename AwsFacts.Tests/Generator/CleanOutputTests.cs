using System.Linq;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Generator;

/// <summary>
/// Issue #14, item 1: whatever the text, generated code compiles with zero errors and zero warnings (C# 7.3 and
/// later): identifiers hold only identifier characters, parameters never collide with members.
/// </summary>
public class CleanOutputTests
{
    [Fact]
    public void A_hyphenated_counted_noun_gives_a_valid_identifier()
    {
        var result = GeneratorHarness.Run(("notes/sqs.md", "# SQS\n\n- Up to 20,000 in-flight messages per message group\n"))
            .AssertCompiles();

        Assert.Equal(20000, result.ConstantValue("Sqs.MaxInFlightMessagesPerMessageGroup"));
    }

    [Fact]
    public void A_table_column_named_by_a_number_is_assigned_to_its_property()
    {
        const string note = "# Net\n\n### Bandwidth\n\n| Instance | 100 Mbps | 10 Gbps |\n|---|---|---|\n| small | yes | no |\n| large | no | yes |\n";
        var result = GeneratorHarness.Run(("notes/net.md", note)).AssertCompiles();

        var rows = (System.Collections.IList)result.Value("Net.Bandwidth")!;
        var first = rows[0]!;
        Assert.Equal("yes", first.GetType().GetProperty("_100Mbps")!.GetValue(first));
        Assert.Equal("no", first.GetType().GetProperty("_10Gbps")!.GetValue(first));
    }

    [Theory]
    [InlineData("class", "int", "Class")]
    [InlineData("Name", "name", "NAME")]
    [InlineData("1", "2", "2")]
    [InlineData("ToString", "Equals", "GetType")]
    [InlineData("Row", "Rows", "x")]
    [InlineData("Größe", "naïve", "日本")]
    [InlineData("it's", "in-flight", "a_b")]
    public void Table_headers_that_are_keywords_numbers_or_duplicates_compile(string a, string b, string c)
    {
        var note = $"# T\n\n### Rows\n\n| {a} | {b} | {c} |\n|---|---|---|\n| one | two | three |\n| four | five | six |\n";
        var result = GeneratorHarness.Run(("notes/t.md", note)).AssertCompiles();

        var rows = (System.Collections.IList)result.Value("T.Rows")!;
        var values = rows[0]!.GetType().GetProperties().Select(p => p.GetValue(rows[0])).ToList();
        Assert.Equal(new object?[] { "one", "two", "three" }, values);
    }

    [Theory]
    [InlineData("# Web\n\n- Common ports: <!-- name: ToString -->\n  - 22 = SSH\n")]
    [InlineData("# Web\n\n**Group** <!-- name: GetType -->\n\n- Max size: 5 GB\n")]
    [InlineData("# Web\n\n- Max size: 5 GB <!-- was: Equals -->\n")]
    [InlineData("# Web\n\n<!-- name: GetTypes -->\n| A | B |\n|---|---|\n| x | y |\n")]
    [InlineData("# Web {#Web}\n\n## Pools {#Web.ToString}\n\n- Max size: 5 GB\n")]
    public void Nothing_generated_hides_a_member_of_object(string note)
        => GeneratorHarness.Run(("notes/web.md", note)).AssertCompiles();

    [Fact]
    public void A_class_named_var_does_not_break_the_catalog()
        => GeneratorHarness.Run(("notes/v.md", "# Var {#Var}\n\n- Max size: 5 GB\n"), ("notes/w.md", "# W\n\n- Max size: 5 GB\n")).AssertCompiles();
}
