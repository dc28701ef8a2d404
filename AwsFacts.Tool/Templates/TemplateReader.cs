using System;
using System.IO;
using System.Text;

namespace AwsFacts.Tool.Templates
{
    /// <summary>Picks the parser for a file: JSON for <c>.json</c>, YAML for <c>.yaml</c>/<c>.yml</c>, and for <c>.template</c> whichever the first character says.</summary>
    internal static class TemplateReader
    {
        /// <summary>The file's root node, or null when it is empty.</summary>
        /// <exception cref="TemplateParseException">Not valid JSON or YAML.</exception>
        public static TemplateNode? Read(string path, byte[] bytes)
            => IsJson(path, bytes) ? JsonTemplateReader.Read(bytes) : YamlTemplateReader.Read(Decode(bytes));

        private static bool IsJson(string path, byte[] bytes)
        {
            var extension = Path.GetExtension(path);
            if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!extension.Equals(".template", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            foreach (var c in Decode(bytes))
            {
                if (!char.IsWhiteSpace(c) && c != '\uFEFF')
                {
                    return c == '{';
                }
            }

            return false;
        }

        private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
    }
}
