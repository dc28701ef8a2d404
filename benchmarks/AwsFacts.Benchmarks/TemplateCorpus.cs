using System;
using System.Globalization;
using System.IO;

namespace AwsFacts.Benchmarks;

/// <summary>
/// A folder of templates such as a platform repository holds: the two examples (YAML and JSON) renamed and
/// varied, one in five with a value out of range, one in ten a workflow file that is not a template.
/// </summary>
public static class TemplateCorpus
{
    public static string ExamplesDir { get; } = Path.Combine(
        typeof(TemplateCorpus).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            is { } attributes && Array.Find(attributes, a => ((System.Reflection.AssemblyMetadataAttribute)a).Key == "RepoRoot") is System.Reflection.AssemblyMetadataAttribute root
            ? root.Value! : throw new InvalidOperationException("No RepoRoot metadata."),
        "examples");

    /// <summary>Writes <paramref name="count"/> files into a new temporary folder and returns it.</summary>
    public static string Write(int count)
    {
        var dir = Directory.CreateTempSubdirectory("awsfacts-lint-corpus-").FullName;
        var yaml = File.ReadAllText(Path.Combine(ExamplesDir, "orders-queue.yaml"));
        var json = File.ReadAllText(Path.Combine(ExamplesDir, "analytics-pipeline.json"));
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var team = Path.Combine(dir, "team-" + (i % 10).ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(team);
            if (i % 10 == 9)
            {
                File.WriteAllText(Path.Combine(team, $"workflow-{n}.yml"), "name: ci\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n");
            }
            else if (i % 2 == 0)
            {
                var text = yaml.Replace("orders-intake", "orders-intake-" + n, StringComparison.Ordinal).Replace("orders-worker", "orders-worker-" + n, StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(team, $"queue-{n}.yaml"), i % 5 == 0 ? text.Replace("Period: 300", "Period: 45", StringComparison.Ordinal) : text);
            }
            else
            {
                var text = json.Replace("clickstream-archive-example", "clickstream-archive-" + n, StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(team, $"pipeline-{n}.json"), i % 5 == 1 ? text.Replace("\"IntervalInSeconds\": 300", "\"IntervalInSeconds\": 901", StringComparison.Ordinal) : text);
            }
        }

        return dir;
    }
}
