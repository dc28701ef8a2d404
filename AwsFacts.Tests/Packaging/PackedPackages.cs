using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Packaging;

/// <summary>
/// Packs AwsFacts and AwsFacts.Generator once per test run, with a unique prerelease version, into a local
/// feed in a temporary folder, and gives consumers a nuget.config (that feed plus the public one) and a
/// package folder of their own, so nothing the machine cached can stand in for the packed packages.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        Root = Path.Combine(Path.GetTempPath(), "awsfacts-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Version = $"0.1.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}";

        foreach (var project in new[] { "AwsFacts/AwsFacts.csproj", "AwsFacts.Generator/AwsFacts.Generator.csproj" })
        {
            Run(Paths.RepoRoot, "pack", Path.Combine(Paths.RepoRoot, project), "-c", "Release", "-o", Feed, $"-p:Version={Version}").AssertSuccess();
        }

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Packages}" />
              </config>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Version { get; }

    public string Nupkg(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>A fresh folder for one consumer project, under the folder that holds the nuget.config.</summary>
    public string NewProject(string name)
    {
        var dir = Path.Combine(Root, name);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Runs the dotnet CLI with the isolated package folder, no build servers left behind, and a time limit.</summary>
    public ProcessResult Run(string workingDirectory, params string[] arguments) => DotnetCli.Run(workingDirectory, Packages, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is no failure of the product.
        }
    }
}

/// <summary>Runs the dotnet CLI for the packaging tests: an isolated package folder, no build servers, a time limit.</summary>
internal static class DotnetCli
{
    /// <summary>Runs the dotnet CLI with the isolated package folder, no build servers left behind, and a time limit.</summary>
    public static ProcessResult Run(string workingDirectory, string packages, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Concat(arguments[0] is "pack" or "build" or "run" or "restore" ? new[] { "--disable-build-servers", "-nodeReuse:false" } : Array.Empty<string>()))
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables would point the child at the wrong SDK pieces.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_HOST_PATH").ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["NUGET_PACKAGES"] = packages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        return Start(start, arguments);
    }

    /// <summary>Runs a program (the dotnet CLI or an installed tool) and collects what it printed, with a time limit.</summary>
    public static ProcessResult Start(ProcessStartInfo start, params string[] arguments)
    {
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(5).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(" ", arguments)} did not finish in 5 minutes:\n{output}");
        }

        process.WaitForExit();
        return new ProcessResult($"{Path.GetFileName(start.FileName)} {string.Join(" ", arguments)}", process.ExitCode, output.ToString());
    }
}

/// <summary>What a dotnet command printed, and how it ended.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Output)
{
    public ProcessResult AssertSuccess()
    {
        Assert.True(ExitCode == 0, $"{Command} exited {ExitCode}:\n{Output}");
        return this;
    }
}
