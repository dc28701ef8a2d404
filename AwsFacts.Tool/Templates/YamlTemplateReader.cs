using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AwsFacts.Tool.Templates
{
    /// <summary>Reads a YAML template with YamlDotNet's representation model, which keeps tags and positions.</summary>
    internal static class YamlTemplateReader
    {
        /// <summary>The first document's root, or null for an empty file.</summary>
        /// <exception cref="TemplateParseException">The text is not YAML.</exception>
        public static TemplateNode? Read(string text)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (YamlException e)
            {
                throw new TemplateParseException(StripPosition(e.Message), new SourcePosition(Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column)), e);
            }

            return stream.Documents.Count == 0 ? null : new Converter().Convert(stream.Documents[0].RootNode, depth: 0);
        }

        /// <summary>
        /// YamlDotNet's nodes as template nodes. Aliases are shared nodes, so a node can contain itself (<c>&amp;a [*a]</c>)
        /// or expand exponentially (a billion laughs): both are refused as parse errors, as are absurd depths.
        /// </summary>
        private sealed class Converter
        {
            private const int MaxDepth = 128;
            private const int MaxNodes = 1_000_000;
            private readonly HashSet<YamlNode> _open = new(ReferenceEqualityComparer.Instance);
            private int _nodes;

            public TemplateNode Convert(YamlNode node, int depth)
            {
                var position = new SourcePosition((int)node.Start.Line, (int)node.Start.Column);
                if (depth > MaxDepth || ++_nodes > MaxNodes)
                {
                    throw new TemplateParseException(depth > MaxDepth ? $"Nested deeper than {MaxDepth} levels." : $"More than {MaxNodes:N0} values once aliases are expanded.", position);
                }

                if (!_open.Add(node))
                {
                    throw new TemplateParseException("An alias refers to a node that contains it.", position);
                }

                TemplateNode converted = node switch
                {
                    YamlScalarNode scalar => new ScalarNode(scalar.Value ?? string.Empty, IsNull(scalar), position),
                    YamlSequenceNode sequence => new SequenceNode(sequence.Children.Select(child => Convert(child, depth + 1)).ToList(), position),
                    YamlMappingNode mapping => new MappingNode(Entries(mapping, depth), position),
                    _ => new ScalarNode(string.Empty, isNull: true, position),
                };
                _open.Remove(node);

                return node.Tag.IsEmpty || node.Tag.IsNonSpecific ? converted : ShortForm.Expand(node.Tag.Value, converted, position);
            }

            private List<KeyValuePair<string, TemplateNode>> Entries(YamlMappingNode mapping, int depth)
            {
                var entries = new List<KeyValuePair<string, TemplateNode>>(mapping.Children.Count);
                foreach (var child in mapping.Children)
                {
                    if (child.Key is YamlScalarNode { Value: { } key })
                    {
                        entries.Add(new KeyValuePair<string, TemplateNode>(key, Convert(child.Value, depth + 1)));
                    }
                }

                return entries;
            }
        }

        // A plain ~, null or empty scalar is YAML's null; quoted, it is a string.
        private static bool IsNull(YamlScalarNode scalar)
            => scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): " to its messages; the finding has the position already.
        private static string StripPosition(string message)
        {
            var at = message.LastIndexOf("): ", StringComparison.Ordinal);
            return message.StartsWith("(Line:", StringComparison.Ordinal) && at > 0 ? message.Substring(at + 3) : message;
        }
    }

    /// <summary>CloudFormation's YAML short forms, as the long forms CloudFormation reads them as.</summary>
    internal static class ShortForm
    {
        /// <summary><c>!Ref X</c> → <c>{ Ref: X }</c>, <c>!Sub s</c> → <c>{ Fn::Sub: s }</c>; other tags (<c>!!str</c>) keep the node.</summary>
        public static TemplateNode Expand(string tag, TemplateNode node, SourcePosition position)
        {
            if (!tag.StartsWith("!", StringComparison.Ordinal) || tag.StartsWith("!!", StringComparison.Ordinal) || tag.StartsWith("tag:", StringComparison.Ordinal))
            {
                return node;
            }

            var name = tag.Substring(1);
            var key = name is "Ref" or "Condition" ? name : "Fn::" + name;
            return new MappingNode(new[] { new KeyValuePair<string, TemplateNode>(key, node) }, position);
        }
    }
}
