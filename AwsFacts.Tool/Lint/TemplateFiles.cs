using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AwsFacts.Tool.Lint
{
    /// <summary>A file to lint: where it is, and the path findings print (as given, under the directory given).</summary>
    internal sealed record TemplateFile(string FullPath, string DisplayPath);

    /// <summary>The files the given paths stand for: files as given, directories searched for templates; paths that do not exist.</summary>
    internal static class TemplateFiles
    {
        private static readonly string[] Extensions = { ".yaml", ".yml", ".json", ".template" };

        /// <param name="paths">The paths as given; relative ones are under <paramref name="baseDirectory"/> and print as given.</param>
        /// <param name="baseDirectory">Where relative paths start: the current directory when null.</param>
        public static (IReadOnlyList<TemplateFile> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths, string? baseDirectory = null)
        {
            var files = new List<TemplateFile>();
            var missing = new List<string>();
            var root = baseDirectory ?? Directory.GetCurrentDirectory();
            foreach (var path in paths)
            {
                var full = Path.GetFullPath(path, root);
                if (File.Exists(full))
                {
                    files.Add(new TemplateFile(full, Display(path)));
                }
                else if (Directory.Exists(full))
                {
                    files.AddRange(Search(full, path));
                }
                else
                {
                    missing.Add(path);
                }
            }

            var unique = files.GroupBy(f => f.FullPath, StringComparer.Ordinal).Select(g => g.First()).ToList();
            return (unique, missing);
        }

        // Sorted, so output is the same on every machine; hidden folders (.git, .github) hold no templates.
        private static IEnumerable<TemplateFile> Search(string root, string directory)
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
            return Directory.EnumerateFiles(root, "*", options)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith(".", StringComparison.Ordinal)))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new TemplateFile(f, Display(Path.Combine(directory, Path.GetRelativePath(root, f)))));
        }

        private static string Display(string path) => path.Replace('\\', '/');
    }
}
