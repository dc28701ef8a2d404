using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace AwsFacts.Tests.Packaging;

/// <summary>The packed packages, met the way a user meets them: fresh consumer projects restore them from a feed.</summary>
[Collection(PackingCollection.Name)]
public class PackageTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    [Fact]
    public void A_console_app_uses_the_facts_library_from_the_package_and_its_own_notes_join_the_catalog()
    {
        var dir = packages.NewProject("console");
        File.WriteAllText(Path.Combine(dir, "Console.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>Shop</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AwsFacts" Version="{packages.Version}" />
                <PackageReference Include="AwsFacts.Generator" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        // With both packages, the app's own notes get typed values and join the catalog: the AwsFacts package tells
        // the generator where the support types are (buildTransitive/AwsFacts.props), so it need not look for them.
        Directory.CreateDirectory(Path.Combine(dir, "notes"));
        File.WriteAllText(Path.Combine(dir, "notes", "billing.md"), "# Billing {#Billing}\n\n- Max upload size: 5 MB\n");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System;
            using AwsFacts;

            Console.WriteLine($"max={Sqs.MaxMessageSizeKb}");
            Console.WriteLine($"ssh={Ec2.Ports.Ssh}");
            Console.WriteLine($"bytes={Sqs.MaxMessageSize.Bytes}");
            Console.WriteLine($"bucket={S3.BucketNames.Validate("my-bucket").IsValid}/{S3.BucketNames.Validate("My_Bucket").IsValid}");
            Console.WriteLine($"fact={FactCatalog.Get("sqs.max-message-size").Source}");
            switch (22) { case Ec2.Ports.Ssh: Console.WriteLine("const=yes"); break; }
            Console.WriteLine($"own={Shop.Billing.MaxUploadSize.Bytes}/{FactCatalog.Find("billing.max-upload-size")?.Member}");
            """);

        var run = packages.Run(dir, "run", "-c", "Release").AssertSuccess();

        Assert.Contains("max=1024", run.Output, StringComparison.Ordinal);
        Assert.Contains("ssh=22", run.Output, StringComparison.Ordinal);
        Assert.Contains("bytes=1048576", run.Output, StringComparison.Ordinal);
        Assert.Contains("bucket=True/False", run.Output, StringComparison.Ordinal);
        Assert.Contains("fact=notes/messaging.md", run.Output, StringComparison.Ordinal);
        Assert.Contains("const=yes", run.Output, StringComparison.Ordinal);
        Assert.Contains("own=5242880/Billing.MaxUploadSize", run.Output, StringComparison.Ordinal);
        Assert.Contains("AwsFactsSupportTypes = referenced", File.ReadAllText(Directory.GetFiles(Path.Combine(dir, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_csharp_7_3_netstandard_library_gets_typed_members_from_its_own_notes_and_located_warnings_from_bad_ones()
    {
        var dir = packages.NewProject("teamfacts");
        File.WriteAllText(Path.Combine(dir, "TeamFacts.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>7.3</LangVersion>
                <RootNamespace>Team.Facts</RootNamespace>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AwsFacts.Generator" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(dir, "notes"));
        File.WriteAllText(Path.Combine(dir, "notes", "billing.md"), """
            # Billing {#Billing}
            - **Max invoice lines:** 500
            - Retention: 30 days – 7 years (default 1 year)
            - Common ports: <!-- name: Ports -->
              - 8080 = Api, 9090 = Metrics
            """);
        File.WriteAllText(Path.Combine(dir, "notes", "draft.md"), "# Draft\n\n- Max: 1 KBB\n");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), """
            <Project>
              <ItemGroup>
                <AdditionalFiles Update="notes/draft.md" AwsFactsNote="false" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Use.cs"), """
            namespace Team.Facts
            {
                /// <summary>Uses the generated constants as constants.</summary>
                public static class Use
                {
                    /// <summary>Twice the maximum.</summary>
                    public const int Twice = Billing.MaxInvoiceLines * 2;

                    /// <summary>The API port.</summary>
                    public const int Api = Billing.Ports.Api;

                    /// <summary>The retention maximum, in seconds.</summary>
                    public const int RetentionMax = Billing.RetentionMaxSeconds;
                }
            }
            """);

        var build = packages.Run(dir, "build", "-c", "Release").AssertSuccess();
        Assert.DoesNotContain("warning", build.Output.Replace("0 Warning(s)", string.Empty), StringComparison.OrdinalIgnoreCase);
        var xml = XDocument.Load(Path.Combine(dir, "bin", "Release", "netstandard2.0", "TeamFacts.xml"));
        Assert.Contains(xml.Descendants("member"), m => (string?)m.Attribute("name") == "F:Team.Facts.Billing.MaxInvoiceLines"
                                                        && m.Value.Contains("Source: notes/billing.md, line 2.", StringComparison.Ordinal));

        File.AppendAllText(Path.Combine(dir, "notes", "billing.md"), "\n- Max upload: 5 KBB\n");
        var broken = packages.Run(dir, "build", "-c", "Release", "-p:TreatWarningsAsErrors=false");
        Assert.Contains("notes/billing.md(6,3): warning AWSF002", broken.Output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain("draft.md", broken.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_facts_package_holds_both_targets_their_xml_docs_and_no_generator_dependency()
    {
        using var zip = ZipFile.OpenRead(packages.Nupkg("AwsFacts"));
        var files = zip.Entries.Select(e => e.FullName).ToList();
        foreach (var expected in new[] { "lib/netstandard2.0/AwsFacts.dll", "lib/netstandard2.0/AwsFacts.xml", "lib/net8.0/AwsFacts.dll", "lib/net8.0/AwsFacts.xml", "README.md" })
        {
            Assert.Contains(expected, files);
        }

        Assert.DoesNotContain(files, f => f.StartsWith("analyzers/", StringComparison.Ordinal));
        var nuspec = Nuspec(zip);
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).ToList();
        // netstandard2.0 only: spans for the fast paths, JSON for attribute values such as an SQS RedrivePolicy.
        Assert.Equal(new[] { "System.Memory", "System.Text.Json" }, dependencies);
        Assert.Equal("README.md", nuspec.Descendants().Single(e => e.Name.LocalName == "readme").Value);
        Assert.Equal("MIT", nuspec.Descendants().Single(e => e.Name.LocalName == "license").Value);
        Assert.True(File.Exists(Path.ChangeExtension(packages.Nupkg("AwsFacts"), ".snupkg")), "no symbols package");

        using var docs = zip.GetEntry("lib/net8.0/AwsFacts.xml")!.Open();
        var member = XDocument.Load(docs).Descendants("member").Single(m => (string?)m.Attribute("name") == "F:AwsFacts.Sqs.MaxMessageSizeKb");
        Assert.Contains("Max message size: 1,024 KB", member.Value, StringComparison.Ordinal);
        Assert.Contains("Source: notes/messaging.md, line", member.Value, StringComparison.Ordinal);
        Assert.Contains("Reference: Amazon SQS API reference", member.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_package_is_analyzer_only_with_markdig_beside_it_and_no_dependencies()
    {
        using var zip = ZipFile.OpenRead(packages.Nupkg("AwsFacts.Generator"));
        var files = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/AwsFacts.Generator.dll", files);
        Assert.Contains("analyzers/dotnet/cs/Markdig.dll", files);
        Assert.Contains("build/AwsFacts.Generator.props", files);
        Assert.Contains("build/AwsFacts.Generator.targets", files);
        Assert.Contains("README.md", files);
        Assert.Contains("docs/diagnostics.md", files);
        Assert.Contains("docs/notes-format.md", files);
        Assert.DoesNotContain(files, f => f.StartsWith("lib/", StringComparison.Ordinal));

        var nuspec = Nuspec(zip);
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Equal("true", nuspec.Descendants().Single(e => e.Name.LocalName == "developmentDependency").Value);
    }

    /// <summary>
    /// Packed on Linux x64 (as CI packs), the generator package also carries ReadyToRun copies of the generator and
    /// Markdig, and its targets hand those to the .NET compiler on Linux x64 instead of the IL (docs/performance.md,
    /// start-up); AwsFactsReadyToRun=false goes back to the IL. Elsewhere the package holds the IL only.
    /// </summary>
    [Fact]
    public void On_linux_x64_the_compiler_runs_the_ReadyToRun_copies_of_the_generator_and_markdig()
    {
        var linuxX64 = OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64;
        using (var zip = ZipFile.OpenRead(packages.Nupkg("AwsFacts.Generator")))
        {
            Assert.NotNull(zip.GetEntry("build/AwsFacts.Generator.targets"));
            if (!linuxX64)
            {
                Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("r2r/", StringComparison.Ordinal));
                return;
            }

            foreach (var name in new[] { "AwsFacts.Generator", "Markdig" })
            {
                var (ilName, ilNative) = Image(zip, $"analyzers/dotnet/cs/{name}.dll");
                var (r2rName, r2rNative) = Image(zip, $"r2r/linux-x64/{name}.dll");
                Assert.Equal(ilName, r2rName);
                Assert.False(ilNative, $"{name}: the IL copy has precompiled code");
                Assert.True(r2rNative, $"{name}: the ReadyToRun copy has no precompiled code");
            }
        }

        var dir = packages.NewProject("r2r");
        File.WriteAllText(Path.Combine(dir, "R2r.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>R2r</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AwsFacts.Generator" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(dir, "notes"));
        File.WriteAllText(Path.Combine(dir, "notes", "billing.md"), "# Billing\n\n- Max invoice lines: 500\n");
        File.WriteAllText(Path.Combine(dir, "Use.cs"), "namespace R2r { public static class Use { public const int Lines = Billing.MaxInvoiceLines; } }\n");

        var fast = packages.Run(dir, "build", "-c", "Release", "-v:n").AssertSuccess().Output.Replace('\\', '/');
        Assert.Matches(@"/analyzer:\S*/r2r/linux-x64/AwsFacts\.Generator\.dll", fast);
        Assert.Matches(@"/analyzer:\S*/r2r/linux-x64/Markdig\.dll", fast);
        Assert.DoesNotMatch(@"/analyzer:\S*/analyzers/dotnet/cs/(AwsFacts\.Generator|Markdig)\.dll", fast);

        var il = packages.Run(dir, "build", "-c", "Release", "-v:n", "--no-incremental", "-p:AwsFactsReadyToRun=false").AssertSuccess().Output.Replace('\\', '/');
        Assert.Matches(@"/analyzer:\S*/analyzers/dotnet/cs/AwsFacts\.Generator\.dll", il);
        Assert.DoesNotMatch(@"/analyzer:\S*/r2r/", il);
    }

    /// <summary>An image's assembly name and version, and whether it holds precompiled (ReadyToRun) code.</summary>
    private static (string Identity, bool Precompiled) Image(ZipArchive zip, string path)
    {
        using var bytes = new MemoryStream();
        using (var entry = zip.GetEntry(path)?.Open() ?? throw new Xunit.Sdk.XunitException($"{path} is not in the package"))
        {
            entry.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var pe = new PEReader(bytes);
        var metadata = pe.GetMetadataReader();
        var assembly = metadata.GetAssemblyDefinition();
        return ($"{metadata.GetString(assembly.Name)} {assembly.Version}", pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0);
    }

    private delegate bool NamePredicate(ReadOnlySpan<char> name, bool option);

    private delegate bool QueuePredicate(ReadOnlySpan<char> name, bool? fifo);

    /// <summary>
    /// The validators' fast paths differ by target (vectorised on net8.0, a lookup table on netstandard2.0): the
    /// packed netstandard2.0 build must accept and refuse exactly what the net8.0 build and Validate do.
    /// </summary>
    [Fact]
    public void The_netstandard_build_of_the_validators_agrees_with_the_net8_build()
    {
        var dir = packages.NewProject("ns20-" + Guid.NewGuid().ToString("N")[..6]);
        using (var zip = ZipFile.OpenRead(packages.Nupkg("AwsFacts")))
        {
            zip.GetEntry("lib/netstandard2.0/AwsFacts.dll")!.ExtractToFile(Path.Combine(dir, "AwsFacts.dll"));
        }

        var context = new System.Runtime.Loader.AssemblyLoadContext("netstandard2.0 AwsFacts", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(Path.Combine(dir, "AwsFacts.dll"));
            T Load<T>(string type, Type option) where T : Delegate
                => assembly.GetType(type, throwOnError: true)!.GetMethod("IsValid", new[] { typeof(ReadOnlySpan<char>), option })!.CreateDelegate<T>();
            var bucket = Load<NamePredicate>("AwsFacts.S3+BucketNames", typeof(bool));
            var queue = Load<QueuePredicate>("AwsFacts.Sqs+QueueNames", typeof(bool?));

            var random = new Random(20261126);
            const string alphabet = "abcxyz019.-_AZ ü";
            var names = new[] { "my-bucket", "192.168.5.4", "xn--bucket", "data--ol-s3", "ex..ample", "orders.fifo", "Orders_1", "a", "" }
                .Concat(Enumerable.Range(0, 5000).Select(_ => new string(Enumerable.Range(0, random.Next(0, 70)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())))
                .ToList();
            foreach (var name in names)
            {
                foreach (var option in new[] { false, true })
                {
                    Assert.True(S3.BucketNames.IsValid(name.AsSpan(), option) == bucket(name.AsSpan(), option), $"bucket '{name}', {option}");
                    Assert.Equal(S3.BucketNames.Validate(name, option).IsValid, S3.BucketNames.IsValid(name.AsSpan(), option));
                    Assert.True(Sqs.QueueNames.IsValid(name.AsSpan(), option) == queue(name.AsSpan(), option), $"queue '{name}', {option}");
                    Assert.Equal(Sqs.QueueNames.Validate(name, option).IsValid, Sqs.QueueNames.IsValid(name.AsSpan(), option));
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static XDocument Nuspec(ZipArchive zip)
    {
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }
}
