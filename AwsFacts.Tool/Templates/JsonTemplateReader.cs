using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace AwsFacts.Tool.Templates
{
    /// <summary>
    /// Reads a JSON template with <see cref="Utf8JsonReader"/>, which gives each token's byte offset: turned into
    /// the line and column (in characters) of the token's first character.
    /// </summary>
    internal static class JsonTemplateReader
    {
        private static readonly JsonReaderOptions Options = new()
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = 256,
        };

        /// <exception cref="TemplateParseException">The bytes are not JSON.</exception>
        public static TemplateNode Read(byte[] utf8)
        {
            var bytes = SkipByteOrderMark(utf8);
            var lines = new LineMap(bytes);
            var reader = new Utf8JsonReader(bytes, Options);
            try
            {
                if (!reader.Read())
                {
                    throw new TemplateParseException("The file holds no JSON value.", new SourcePosition(1, 1));
                }

                var root = ReadValue(ref reader, lines);
                if (reader.Read())
                {
                    throw new TemplateParseException("More than one JSON value.", lines.Position(reader.TokenStartIndex));
                }

                return root;
            }
            catch (JsonException e)
            {
                // LineNumber and BytePositionInLine are zero-based.
                var position = new SourcePosition((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
                throw new TemplateParseException(StripPosition(e.Message), position, e);
            }
        }

        private static ReadOnlySpan<byte> SkipByteOrderMark(byte[] utf8)
            => utf8.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? utf8.AsSpan(3) : utf8;

        private static TemplateNode ReadValue(ref Utf8JsonReader reader, LineMap lines)
        {
            var position = lines.Position(reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return ReadObject(ref reader, lines, position);
                case JsonTokenType.StartArray:
                    return ReadArray(ref reader, lines, position);
                case JsonTokenType.String:
                    return new ScalarNode(reader.GetString() ?? string.Empty, isNull: false, position);
                case JsonTokenType.Number:
                    return new ScalarNode(Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), isNull: false, position);
                case JsonTokenType.True:
                    return new ScalarNode("true", isNull: false, position);
                case JsonTokenType.False:
                    return new ScalarNode("false", isNull: false, position);
                default:
                    return new ScalarNode(string.Empty, isNull: true, position);
            }
        }

        private static MappingNode ReadObject(ref Utf8JsonReader reader, LineMap lines, SourcePosition position)
        {
            var entries = new List<KeyValuePair<string, TemplateNode>>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString() ?? string.Empty;
                reader.Read();
                entries.Add(new KeyValuePair<string, TemplateNode>(key, ReadValue(ref reader, lines)));
            }

            return new MappingNode(entries, position);
        }

        private static SequenceNode ReadArray(ref Utf8JsonReader reader, LineMap lines, SourcePosition position)
        {
            var items = new List<TemplateNode>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(ReadValue(ref reader, lines));
            }

            return new SequenceNode(items, position);
        }

        // System.Text.Json appends " Path: $.x | LineNumber: 3 | BytePositionInLine: 7." to its messages.
        private static string StripPosition(string message)
        {
            var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
            if (at < 0)
            {
                at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
            }

            return at > 0 ? message.Substring(0, at).TrimEnd() : message;
        }

        /// <summary>Byte offsets to one-based lines and columns counted in characters (UTF-8 continuation bytes do not count).</summary>
        private sealed class LineMap
        {
            private readonly List<int> _lineStarts = new() { 0 };
            private readonly byte[] _bytes;

            public LineMap(ReadOnlySpan<byte> bytes)
            {
                _bytes = bytes.ToArray();
                for (var i = 0; i < _bytes.Length; i++)
                {
                    if (_bytes[i] == (byte)'\n')
                    {
                        _lineStarts.Add(i + 1);
                    }
                }
            }

            public SourcePosition Position(long offset)
            {
                var index = _lineStarts.BinarySearch((int)offset);
                var line = index >= 0 ? index : ~index - 1;
                var column = 1;
                for (var i = _lineStarts[line]; i < offset; i++)
                {
                    if ((_bytes[i] & 0xC0) != 0x80)
                    {
                        column++;
                    }
                }

                return new SourcePosition(line + 1, column);
            }
        }
    }
}
