using System.Linq;
using AwsFacts.Generator;
using Microsoft.CodeAnalysis;

namespace AwsFacts.Tests.Infrastructure;

/// <summary>Counts read from the driver's tracked steps: shared by the scale test and the benchmarks (linked there).</summary>
internal static class StepCounts
{
    /// <summary>How many notes the Extract step (Markdig parse and fact extraction) ran for in the driver's last run.</summary>
    public static int Reparsed(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Extract]
            .SelectMany(step => step.Outputs)
            .Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
}
