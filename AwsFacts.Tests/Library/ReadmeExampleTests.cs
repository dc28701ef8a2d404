using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsFacts.Tests.Library;

/// <summary>The README's usage example compiles against the built library, so it cannot drift from the API.</summary>
public class ReadmeExampleTests
{
    [Theory]
    [InlineData("Use")]
    [InlineData("Validate")]
    public void The_readme_examples_compile(string section)
    {
        var readme = File.ReadAllText(Path.Combine(Paths.RepoRoot, "README.md"));
        var sectionText = Regex.Match(readme, "\\n## " + section + "\\n(?<body>.*?)(?=\\n## |\\z)", RegexOptions.Singleline).Groups["body"].Value;
        var block = Regex.Match(sectionText, "```csharp\\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, $"README.md has no ```csharp block under '## {section}'");

        var code = block.Groups["code"].Value;
        var usings = string.Join("\n", code.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
        var body = string.Join("\n", code.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
        var source = $$"""
            using System;
            using System.Collections.Generic;
            {{usings}}
            public static class Example
            {
                public static string Run(string body, int port)
                {
            {{body}}
                    return "";
                }
            }
            """;

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Sqs).Assembly.Location));
        var compilation = CSharpCompilation.Create("Readme", new[] { CSharpSyntaxTree.ParseText(source) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        // Obsolete members count as errors: the README shows the current API.
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error || d.Id == "CS0618").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + source);
    }
}
