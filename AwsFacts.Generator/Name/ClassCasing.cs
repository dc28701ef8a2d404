using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Name;

/// <summary>
/// Class names that differ only by case (<c>DynamoDB</c> and <c>Dynamodb</c>, from two authors' headings) are one
/// class. The spelling with the most capitals wins (it keeps the word's own casing), then the ordinal first, so
/// the choice does not depend on which note arrives first. Applied in each note's name step, and across notes.
/// </summary>
internal static class ClassCasing
{
    /// <summary>The canonical spelling of every class path, by its lower-cased dotted path.</summary>
    public static Dictionary<string, string[]> Choose(IEnumerable<IReadOnlyList<string>> paths)
    {
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var depth = 1; depth <= path.Count; depth++)
            {
                var segment = path[depth - 1];
                var key = Key(path, depth);
                if (!spellings.TryGetValue(key, out var chosen) || Better(segment, chosen))
                {
                    spellings[key] = segment;
                }
            }
        }

        var canonical = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in spellings.Keys)
        {
            var segments = key.Split('.');
            canonical[key] = Enumerable.Range(1, segments.Length).Select(d => spellings[string.Join(".", segments.Take(d))]).ToArray();
        }

        return canonical;
    }

    /// <summary>A path in its canonical spelling (itself when none was chosen).</summary>
    public static string[] Apply(Dictionary<string, string[]> canonical, string[] path)
        => canonical.TryGetValue(Key(path, path.Length), out var chosen) ? chosen : path;

    /// <summary>Every class path a note names, dotted: the input of the choice across notes.</summary>
    public static EquatableArray<string> PathsOf(NamedNote note, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return note.Classes.Select(c => string.Join(".", c.Path)).Distinct(StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>The renames across notes: only spellings that lose, so the usual result is empty (and cached).</summary>
    public static EquatableArray<string> Renames(ImmutableArray<EquatableArray<string>> notes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var all = notes.SelectMany(n => n).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var canonical = Choose(all.Select(p => (IReadOnlyList<string>)p.Split('.')));
        return all.Select(p => (From: p, To: string.Join(".", Apply(canonical, p.Split('.')))))
            .Where(r => r.From != r.To)
            .Select(r => r.From + "=" + r.To)
            .ToEquatableArray();
    }

    /// <summary>A note with the class spellings chosen across notes.</summary>
    public static NamedNote Rename(NamedNote note, EquatableArray<string> renames)
    {
        if (renames.Count == 0)
        {
            return note;
        }

        var map = renames.Select(r => r.Split('=')).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        EquatableArray<string> To(EquatableArray<string> path)
            => map.TryGetValue(string.Join(".", path), out var to) ? to.Split('.').ToEquatableArray() : path;
        string? Id(string? id, EquatableArray<string> from, EquatableArray<string> to)
        {
            var prefix = string.Join(".", from.Select(Inflector.Kebab)) + ".";
            return id is not null && id.StartsWith(prefix, StringComparison.Ordinal)
                ? string.Join(".", to.Select(Inflector.Kebab)) + "." + id.Substring(prefix.Length)
                : id;
        }

        return note with
        {
            Classes = note.Classes.Select(c => c with { Path = To(c.Path) }).GroupBy(c => string.Join(".", c.Path)).Select(g => g.First()).ToEquatableArray(),
            Members = note.Members.Select(m => m with { ClassPath = To(m.ClassPath), FactId = Id(m.FactId, m.ClassPath, To(m.ClassPath)) }).ToEquatableArray(),
            Enums = note.Enums.Select(e => e with { ClassPath = To(e.ClassPath), FactId = Id(e.FactId, e.ClassPath, To(e.ClassPath))! }).ToEquatableArray(),
            Tables = note.Tables.Select(t => t with { ClassPath = To(t.ClassPath), FactId = Id(t.FactId, t.ClassPath, To(t.ClassPath))! }).ToEquatableArray(),
        };
    }

    private static string Key(IReadOnlyList<string> path, int depth) => string.Join(".", path.Take(depth)).ToLowerInvariant();

    private static bool Better(string candidate, string chosen)
    {
        var capitals = candidate.Count(char.IsUpper) - chosen.Count(char.IsUpper);
        return capitals > 0 || (capitals == 0 && string.CompareOrdinal(candidate, chosen) < 0);
    }
}
