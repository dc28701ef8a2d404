using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Generator;

/// <summary>
/// Notes exported from wikis and written as articles (issue 14, items 3 and 4): emoji bullets, property lines, list
/// items that title their sub-items, "for …" after a value, and first-person asides after a limit.
/// </summary>
public class ExportStyleTests
{
    private static GenerationResult Run(string note)
        => GeneratorHarness.Run(("notes/x.md", note)).AssertCompiles().AssertNoGeneratorDiagnostics();

    [Fact]
    public void Lines_bulleted_with_emoji_are_list_items_and_a_lone_emoji_line_stays_a_sentence()
    {
        var result = Run("# DynamoDB\n\n🔹 Max item size: 400 KB (attribute names count too!)\n🔹 Sort key length: max 1024 bytes\n✅ GSIs per table: 20\n\n⚠️ Careful: restore takes a while.\n");

        Assert.Equal(400, result.ConstantValue("DynamoDB.MaxItemSizeKb"));
        Assert.Equal(1024, result.ConstantValue("DynamoDB.SortKeyLengthMaxBytes"));
        Assert.Equal(20, result.ConstantValue("DynamoDB.GsisPerTable"));
    }

    [Fact]
    public void Property_lines_one_under_another_are_statements_of_their_own()
    {
        var result = Run("# Kinesis\n\nRetention (default): 24 hours\nRetention (max): 8,760 hours\nRecord size (max): 1 MB\nOwner: data team\n");

        Assert.Equal(24, result.ConstantValue("Kinesis.RetentionDefaultHours"));
        Assert.Equal(8760, result.ConstantValue("Kinesis.RetentionMaxHours"));
        Assert.Equal(1, result.ConstantValue("Kinesis.RecordSizeMaxMb"));
    }

    [Fact]
    public void A_list_item_without_a_value_titles_its_sub_items()
    {
        var result = Run("# Step Functions\n\n- Standard workflows\n  - max duration 1 year\n- Express workflows\n  - max duration 5 minutes\n");

        Assert.Equal(1, result.ConstantValue("StepFunctions.StandardWorkflowsMaxDurationYears"));
        Assert.Equal(5, result.ConstantValue("StepFunctions.ExpressWorkflowsMaxDurationMinutes"));
    }

    [Fact]
    public void What_a_value_is_for_tells_it_apart()
    {
        var result = Run("# RDS\n\n- Storage: 64 TiB for MySQL\n- Storage: 16 TiB for SQL Server\n");

        Assert.Equal(64, result.ConstantValue("Rds.StorageTb"));
        Assert.Equal(16, result.ConstantValue("Rds.SqlServerStorageTb"));
    }

    [Fact]
    public void A_first_person_aside_after_a_limit_leaves_it_a_limit_but_a_story_about_a_number_gives_nothing()
    {
        var result = GeneratorHarness.Run(("notes/x.md",
                "# Lambda\n\nA function can run for at most 900 seconds, which is how our first deploy died. In our tests the buffer filled at 512 MB.\n"))
            .AssertCompiles();

        Assert.Equal(900, result.ConstantValue("Lambda.FunctionMaxSeconds"));
        Assert.DoesNotContain("512", result.AllSource.Replace("1512", string.Empty));
    }

    [Fact]
    public void A_clause_whose_only_digits_are_of_another_script_leaves_the_item_whole_and_reads_without_a_failure()
    {
        // "٣" is a digit to char.IsDigit but not to the number grammar: the clause split must not look for an ASCII one in vain.
        var result = GeneratorHarness.Run(("notes/x.md", "# X\n\n- Users: 5; groups: \u0663\n")).AssertCompiles();

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "AWSF000");
    }
}
