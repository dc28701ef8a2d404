using AwsFacts.Tool.Templates;

namespace AwsFacts.Tool.Resolve
{
    /// <summary>
    /// One value a property can take: the node that holds it (a finding points there) and, when it comes through
    /// a parameter, which one (<c>parameter QueueTimeout, Default</c>).
    /// </summary>
    internal sealed record Candidate(TemplateNode Node, string? Via);
}
