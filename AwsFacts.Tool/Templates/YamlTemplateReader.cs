using System;
using System.Collections.Generic;
using System.IO;
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

            return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
        }

        private static TemplateNode Convert(YamlNode node)
        {
            var position = new SourcePosition((int)node.Start.Line, (int)node.Start.Column);
            TemplateNode converted = node switch
            {
                YamlScalarNode scalar => new ScalarNode(scalar.Value ?? string.Empty, IsNull(scalar), position),
                YamlSequenceNode sequence => new SequenceNode(ConvertItems(sequence), position),
                YamlMappingNode mapping => new MappingNode(ConvertEntries(mapping), position),
                _ => new ScalarNode(string.Empty, isNull: true, position),
            };

            return node.Tag.IsEmpty || node.Tag.IsNonSpecific ? converted : ShortForm.Expand(node.Tag.Value, converted, position);
        }

        private static List<TemplateNode> ConvertItems(YamlSequenceNode sequence)
        {
            var items = new List<TemplateNode>(sequence.Children.Count);
            foreach (var child in sequence.Children)
            {
                items.Add(Convert(child));
            }

            return items;
        }

        private static List<KeyValuePair<string, TemplateNode>> ConvertEntries(YamlMappingNode mapping)
        {
            var entries = new List<KeyValuePair<string, TemplateNode>>(mapping.Children.Count);
            foreach (var child in mapping.Children)
            {
                if (child.Key is YamlScalarNode { Value: { } key })
                {
                    entries.Add(new KeyValuePair<string, TemplateNode>(key, Convert(child.Value)));
                }
            }

            return entries;
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
