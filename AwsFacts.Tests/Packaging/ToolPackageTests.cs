using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Packaging;

/// <summary>Packing tests build the same projects in Release: one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PackingCollection
{
    public const string Name = "Packing";
}

/// <summary>
/// The awsfacts tool as a user gets it: packed with a unique version into a local feed, installed into a tool
/// path from that feed alone (its own nuget.config and package folder, no other source), and run.
/// </summary>
[Collection(PackingCollection.Name)]
public class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_from_a_local_feed_and_lints_the_examples()
    {
        var root = Directory.CreateTempSubdirectory("awsfacts-tool-e2e-").FullName;
        try
        {
            var feed = Directory.CreateDirectory(Path.Combine(root, "feed")).FullName;
            var tools = Path.Combine(root, "tools");
            var packages = Path.Combine(root, "packages");
            var version = $"0.1.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}";

            // The repository's own package cache restores the build; only the install is isolated.
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            DotnetCli.Run(Paths.RepoRoot, cache, "pack", Path.Combine(Paths.RepoRoot, "AwsFacts.Tool", "AwsFacts.Tool.csproj"),
                "-c", "Release", "-o", feed, $"-p:PackageVersion={version}").AssertSuccess();
            // net8.0 for .NET 8 and 9 (rolling forward), net10.0 for the current runtime.
            using (var nupkg = ZipFile.OpenRead(Path.Combine(feed, $"AwsFacts.Tool.{version}.nupkg")))
            {
                Assert.Contains(nupkg.Entries, e => e.FullName == "tools/net8.0/any/AwsFacts.Tool.dll");
                Assert.Contains(nupkg.Entries, e => e.FullName == "tools/net10.0/any/AwsFacts.Tool.dll");
            }

            File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);

            DotnetCli.Run(root, packages, "tool", "install", "AwsFacts.Tool", "--tool-path", tools, "--add-source", feed,
                "--configfile", Path.Combine(root, "nuget.config"), "--version", version).AssertSuccess();

            var help = Awsfacts(tools, Paths.RepoRoot, "--help").AssertSuccess();
            Assert.Contains("lint", help.Output, StringComparison.Ordinal);
            var lint = Awsfacts(tools, Paths.RepoRoot, "lint", "examples/").AssertSuccess();
            Assert.Contains("No findings in 2 templates", lint.Output, StringComparison.Ordinal);
            var fact = Awsfacts(tools, Paths.RepoRoot, "fact", "sqs.visibility-timeout").AssertSuccess();
            Assert.Contains("notes/messaging.md, line 35", fact.Output, StringComparison.Ordinal);
            Assert.Equal(1, Awsfacts(tools, Paths.RepoRoot, "validate", "s3-bucket-name", "My_Bucket").ExitCode);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is no failure of the product.
            }
        }
    }

    /// <summary>Runs the installed shim; DOTNET_ROOT tells it where the runtime is when dotnet is not in a standard place.</summary>
    private static ProcessResult Awsfacts(string tools, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(tools, OperatingSystem.IsWindows() ? "awsfacts.exe" : "awsfacts"))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        if (DotnetRoot() is { } dotnetRoot)
        {
            start.Environment["DOTNET_ROOT"] = dotnetRoot;
        }

        return DotnetCli.Start(start, arguments);
    }

    private static string? DotnetRoot()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? Environment.ProcessPath;
        return host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet" ? Path.GetDirectoryName(Path.GetFullPath(host)) : Environment.GetEnvironmentVariable("DOTNET_ROOT");
    }
}
