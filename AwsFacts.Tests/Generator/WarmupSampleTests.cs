using AwsFacts.Generator.Startup;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Generator;

/// <summary>
/// The note the generator runs on a background thread at start-up (Startup/JitWarmup) must reach the code real
/// notes use: if it stopped yielding facts, the warm-up would compile little and the start-up gain would be lost
/// without any test failing.
/// </summary>
public class WarmupSampleTests
{
    [Fact]
    public void The_warm_up_note_yields_one_fact_of_each_common_form_and_compiles_cleanly()
    {
        var result = GeneratorHarness.Run(("notes/sample.md", SampleNote.Text)).AssertCompiles().AssertNoGeneratorDiagnostics();

        Assert.Equal(262144L, result.Value("Sample.MaxMessageSize") is DataSize size ? size.Bytes : 0);
        Assert.True(result.Has("Sample.Retention"), result.AllSource);
        Assert.True(result.Has("Sample.VisibilityTimeout"), result.AllSource);
        Assert.True(result.Has("Sample.QueueNames"), result.AllSource);
        Assert.True(result.Has("Sample.Ports.Ssh"), result.AllSource);
        Assert.Contains("enum StorageClass", result.AllSource, System.StringComparison.Ordinal);
        Assert.True(result.Has("Sample.FunctionMemoryMaxMb"), result.AllSource);
        Assert.True(result.Has("Sample.T3MicroVcpu"), result.AllSource);
        Assert.True(result.Catalog.Count >= 12, $"{result.Catalog.Count} facts in the catalog");
    }

    [Fact]
    public void The_warm_up_runs_every_step_on_the_sample_without_throwing()
    {
        var (source, catalog) = JitWarmup.RunSteps();

        Assert.Contains("public const int MaxMessageSizeKb = 256;", source, System.StringComparison.Ordinal);
        Assert.Contains("[assembly: global::AwsFacts.FactSource(typeof(global::Warmup.__GeneratedFacts))]", catalog, System.StringComparison.Ordinal);
    }
}
