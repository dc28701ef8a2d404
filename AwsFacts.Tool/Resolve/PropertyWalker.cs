using System.Collections.Generic;
using AwsFacts.Tool.Templates;

namespace AwsFacts.Tool.Resolve
{
    /// <summary>
    /// A value at a property path of a resource: <c>BufferingHints.IntervalInSeconds</c>. Lists are transparent,
    /// as in binding paths (<c>ContainerDefinitions.PortMappings.HostPort</c>): a list is visited as itself (for
    /// counts) and then item by item, each item under the list's own path with <see cref="IsListItem"/> set.
    /// </summary>
    internal sealed record PropertyValue(string Path, TemplateNode Node, bool IsListItem, string? Via);

    /// <summary>Every value of a resource's <c>Properties</c>, after resolving intrinsic functions at each level.</summary>
    internal sealed class PropertyWalker
    {
        private readonly ValueResolver _resolver;

        public PropertyWalker(ValueResolver resolver) => _resolver = resolver;

        public IEnumerable<PropertyValue> Walk(MappingNode properties)
        {
            foreach (var entry in properties.Entries)
            {
                foreach (var value in Walk(entry.Value, entry.Key, via: null))
                {
                    yield return value;
                }
            }
        }

        private IEnumerable<PropertyValue> Walk(TemplateNode node, string path, string? via)
        {
            foreach (var candidate in _resolver.Resolve(node))
            {
                var from = candidate.Via ?? via;
                yield return new PropertyValue(path, candidate.Node, IsListItem: false, from);
                foreach (var inner in Inside(candidate.Node, path, from))
                {
                    yield return inner;
                }
            }
        }

        private IEnumerable<PropertyValue> Inside(TemplateNode node, string path, string? via)
        {
            if (node is MappingNode mapping)
            {
                foreach (var entry in mapping.Entries)
                {
                    foreach (var value in Walk(entry.Value, path + "." + entry.Key, via))
                    {
                        yield return value;
                    }
                }
            }
            else if (node is SequenceNode sequence)
            {
                foreach (var item in sequence.Items)
                {
                    foreach (var candidate in _resolver.Resolve(item))
                    {
                        var from = candidate.Via ?? via;
                        yield return new PropertyValue(path, candidate.Node, IsListItem: true, from);
                        if (candidate.Node is MappingNode)
                        {
                            foreach (var inner in Inside(candidate.Node, path, from))
                            {
                                yield return inner;
                            }
                        }
                    }
                }
            }
        }
    }
}
