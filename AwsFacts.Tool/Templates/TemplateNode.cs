using System;
using System.Collections.Generic;

namespace AwsFacts.Tool.Templates
{
    /// <summary>A one-based line and column in a template file: where a finding points.</summary>
    internal readonly record struct SourcePosition(int Line, int Column)
    {
        public override string ToString() => $"{Line}:{Column}";
    }

    /// <summary>
    /// One node of a parsed template, YAML or JSON alike, with the position of its first character. YAML short
    /// forms (<c>!Ref X</c>) arrive as their long forms (<c>{ Ref: X }</c>), so later stages see one shape.
    /// </summary>
    internal abstract class TemplateNode
    {
        protected TemplateNode(SourcePosition position) => Position = position;

        public SourcePosition Position { get; }
    }

    /// <summary>A scalar as the file writes it: numbers keep their text (<c>90</c> and <c>'90'</c> read alike).</summary>
    internal sealed class ScalarNode : TemplateNode
    {
        public ScalarNode(string value, bool isNull, SourcePosition position)
            : base(position)
        {
            Value = value;
            IsNull = isNull;
        }

        public string Value { get; }

        /// <summary>YAML <c>~</c>/<c>null</c>/empty or JSON <c>null</c>: no value at all.</summary>
        public bool IsNull { get; }
    }

    internal sealed class SequenceNode : TemplateNode
    {
        public SequenceNode(IReadOnlyList<TemplateNode> items, SourcePosition position)
            : base(position) => Items = items;

        public IReadOnlyList<TemplateNode> Items { get; }
    }

    /// <summary>A mapping, its entries in file order (keys that are not scalars are dropped by the readers).</summary>
    internal sealed class MappingNode : TemplateNode
    {
        public MappingNode(IReadOnlyList<KeyValuePair<string, TemplateNode>> entries, SourcePosition position)
            : base(position) => Entries = entries;

        public IReadOnlyList<KeyValuePair<string, TemplateNode>> Entries { get; }

        /// <summary>The value of the first entry with this key (case-sensitive, as CloudFormation reads keys), or null.</summary>
        public TemplateNode? this[string key]
        {
            get
            {
                foreach (var entry in Entries)
                {
                    if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                    {
                        return entry.Value;
                    }
                }

                return null;
            }
        }
    }

    /// <summary>A file that is not valid YAML or JSON: the parser's message and position.</summary>
    internal sealed class TemplateParseException : Exception
    {
        public TemplateParseException(string message, SourcePosition position, Exception? inner = null)
            : base(message, inner) => Position = position;

        public SourcePosition Position { get; }
    }
}
