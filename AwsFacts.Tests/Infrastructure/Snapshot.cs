using System;
using System.IO;
using System.Linq;

namespace AwsFacts.Tests.Infrastructure;

/// <summary>
/// Verify-style snapshots: <c>Snapshots/NAME.verified.cs</c> is committed; a mismatch writes
/// <c>NAME.received.cs</c> beside it and fails. Set AWSFACTS_ACCEPT_SNAPSHOTS=1 to accept the received text
/// (ignored when CI=true, so CI can never bless its own output).
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "AWSFACTS_ACCEPT_SNAPSHOTS";

    public static string Directory => Path.Combine(Paths.TestProjectDir, "Snapshots");

    private static bool Accept =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <param name="extension">The snapshot's file type: <c>cs</c> for generated code, <c>txt</c>/<c>json</c>/<c>sarif</c> for tool output.</param>
    public static void Verify(string name, string actual, string extension = "cs")
    {
        if (Check(name, actual, extension) is { } failure)
        {
            Assert.Fail(failure);
        }
    }

    /// <summary>Compares (or accepts) one snapshot; returns why it failed, or null.</summary>
    public static string? Check(string name, string actual, string extension = "cs")
    {
        actual = actual.Replace("\r\n", "\n");
        var verified = Path.Combine(Directory, $"{name}.verified.{extension}");
        var received = Path.Combine(Directory, $"{name}.received.{extension}");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;

        if (expected == actual)
        {
            File.Delete(received);
            return null;
        }

        if (Accept)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return null;
        }

        File.WriteAllText(received, actual);
        return expected is null
            ? $"No snapshot {verified} yet. Review {received}, then rename it or run with {AcceptVariable}=1."
            : $"Snapshot {name} differs: {FirstDifference(expected, actual)}. Review {received}; accept with {AcceptVariable}=1.";
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: expected `{left.Trim()}`, got `{right.Trim()}`";
            }
        }

        return "line endings only";
    }

    /// <summary>Verified files whose names are not in <paramref name="names"/>: snapshots nothing produces any more.</summary>
    public static string[] Orphans(string prefix, string[] names)
        => System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, prefix + "*.verified.cs")
                .Select(f => Path.GetFileName(f).Replace(".verified.cs", string.Empty))
                .Where(n => !names.Contains(n))
                .ToArray()
            : Array.Empty<string>();
}
