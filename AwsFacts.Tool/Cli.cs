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
            => Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });

        internal static RootCommand Build()
            => new("awsfacts: AWS facts with their sources — look them up, validate values, lint CloudFormation templates.")
            {
                FactsCommand.Create(),
                FactCommand.Create(),
                ValidateCommand.Create(),
                LintCommand.Create(),
            };
    }
}
