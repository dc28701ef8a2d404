using AwsFacts.Tool.Templates;

namespace AwsFacts.Tool.Rules
{
    /// <summary>How bad a finding is; the exit code sets a bit per severity found, as cfn-lint does.</summary>
    internal enum Severity
    {
        Error,
        Warning,
        Info,
    }

    /// <summary>One broken rule at one place of a template: which rule, how bad, what is wrong, and the fact behind it.</summary>
    internal sealed record Violation(string RuleId, Severity Severity, string Message, Fact? Fact, SourcePosition Position);
}
