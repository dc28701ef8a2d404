using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace AwsFacts
{
    /// <summary>
    /// Where the catalog's facts come from: AwsFacts' own notes, then every loaded assembly marked with
    /// <see cref="FactSourceAttribute"/> (a project that runs the generator on its own notes), in the order they are
    /// found. A module initializer would need C# 9; an assembly attribute, read lazily, works from C# 7.3.
    /// </summary>
    internal static class FactSources
    {
        private static readonly object Gate = new();
        private static readonly HashSet<Assembly> Seen = new();
        private static readonly List<IReadOnlyList<Fact>> Lists = new() { __GeneratedFacts.All };
        private static bool _started;

        // Bumped whenever an assembly adds facts, so the catalog knows to rebuild its indexes.
        private static int _version;

        /// <summary>Every fact found so far, AwsFacts' own first, and the version of that list.</summary>
        public static IReadOnlyList<IReadOnlyList<Fact>> Current(out int version)
        {
            lock (Gate)
            {
                if (!_started)
                {
                    _started = true;
                    Seen.Add(typeof(FactSources).Assembly);
                    // Subscribe before scanning: an assembly loading meanwhile is seen once, by either path.
                    AppDomain.CurrentDomain.AssemblyLoad += (_, args) => Add(args.LoadedAssembly);
                    foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
                    {
                        AddLocked(assembly);
                    }
                }

                version = _version;
                return Lists.ToArray();
            }
        }

        private static void Add(Assembly assembly)
        {
            lock (Gate)
            {
                AddLocked(assembly);
            }
        }

        private static void AddLocked(Assembly assembly)
        {
            if (!Seen.Add(assembly))
            {
                return;
            }

            foreach (var facts in FactsOf(assembly))
            {
                Lists.Add(facts);
                _version++;
            }
        }

        private static IEnumerable<IReadOnlyList<Fact>> FactsOf(Assembly assembly)
        {
            object[] marks;
            try
            {
                marks = assembly.GetCustomAttributes(typeof(FactSourceAttribute), inherit: false);
            }
            catch (Exception)
            {
                // An assembly whose attributes cannot be read (a reflection-only or broken load) holds no facts for us.
                yield break;
            }

            foreach (var mark in marks.OfType<FactSourceAttribute>())
            {
                var field = mark.GeneratedFacts?.GetField("All", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);
                if (field?.GetValue(null) is IReadOnlyList<Fact> facts)
                {
                    yield return facts;
                }
            }
        }
    }
}
