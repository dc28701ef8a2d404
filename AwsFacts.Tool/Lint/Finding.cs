using AwsFacts.Tool.Rules;

namespace AwsFacts.Tool.Lint
{
    /// <summary>
    /// One finding in one file: where (the offending value's line and column), how bad, which rule, what is
    /// wrong, in which resource and property, and the fact the rule comes from.
    /// </summary>
    internal sealed record Finding(
        string Path, int Line, int Column, Severity Severity, string Rule, string Message, string? Resource, string? Property, Fact? Fact);
}
