using System.CommandLine;
using System.IO;
using AwsFacts.Tool.Commands;

namespace AwsFacts.Tool
{
    /// <summary>The <c>awsfacts</c> command line: <c>facts</c>, <c>fact</c>, <c>validate</c> and <c>lint</c>, each with <c>--help</c>.</summary>
    public static class Cli
    {
        /// <summary>Runs the tool with <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
            => Run(args, output, error, baseDirectory: null);

        /// <summary>Runs the tool as if started in <paramref name="baseDirectory"/> (relative paths start there).</summary>
        internal static int Run(string[] args, TextWriter output, TextWriter error, string? baseDirectory)
            => Build(baseDirectory).Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = true });

        internal static RootCommand Build(string? baseDirectory = null)
            => new("awsfacts: AWS facts with their sources — look them up, validate values, lint CloudFormation templates.")
            {
                FactsCommand.Create(),
                FactCommand.Create(),
                ValidateCommand.Create(),
                LintCommand.Create(baseDirectory),
            };
    }
}
