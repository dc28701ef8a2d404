using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Name;

/// <summary>
/// Names across notes: several notes may add to one class, but two notes must not both define the same member
/// in it (CS0102). The first by note path and position keeps the name; the other is reported (AWSF001) at both
/// places and left out, whatever order the notes arrive in. Two notes about one service often state the same fact
/// (<c>## SQS</c> in a cram sheet and in a study guide): a member both give the same value is that fact once, and the
/// later one is only noted (AWSF020), not reported as a clash.
/// </summary>
internal static class CrossNoteNames
{
    public static EquatableArray<NameClaim> ClaimsOf(NamedNote note, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var claims = new List<NameClaim>();
        string Key(EquatableArray<string> path, string name) => note.Namespace + "|" + string.Join(".", path) + "." + name;

        foreach (var named in note.Classes)
        {
            claims.Add(new NameClaim(note.Namespace + "|" + string.Join(".", named.Path), IsClass: true, note.RelativePath, named.Location));
        }

        claims.AddRange(note.Members.Select(m => new NameClaim(Key(m.ClassPath, m.Name), false, note.RelativePath, m.Location, m.Value)));
        foreach (var named in note.Enums)
        {
            claims.Add(new NameClaim(Key(named.ClassPath, named.Name), false, note.RelativePath, named.Location));
            claims.Add(new NameClaim(Key(named.ClassPath, named.SpellingsName), false, note.RelativePath, named.Location));
        }

        foreach (var table in note.Tables)
        {
            claims.Add(new NameClaim(Key(table.ClassPath, table.ListName), false, note.RelativePath, table.Location));
            claims.Add(new NameClaim(Key(table.ClassPath, table.RowType), false, note.RelativePath, table.Location));
        }

        return claims.ToEquatableArray();
    }

    public static EquatableArray<NameConflict> Conflicts(ImmutableArray<EquatableArray<NameClaim>> notes, CancellationToken cancellationToken)
    {
        // Runs on every edit, over every claim of every note: almost every name is claimed once, so only the
        // names claimed more than once are grouped and looked at.
        var first = new Dictionary<string, NameClaim>(StringComparer.Ordinal);
        var shared = new Dictionary<string, List<NameClaim>>(StringComparer.Ordinal);
        foreach (var claims in notes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var claim in claims)
            {
                var key = claim.MatchKey;
                if (!first.TryGetValue(key, out var earlier))
                {
                    first.Add(key, claim);
                }
                else if (shared.TryGetValue(key, out var group))
                {
                    group.Add(claim);
                }
                else
                {
                    shared.Add(key, new List<NameClaim> { earlier, claim });
                }
            }
        }

        var conflicts = new List<NameConflict>();
        // Group order does not matter: the result is sorted below.
        foreach (var pair in shared)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var group = pair.Value;
            var members = group.Where(c => !c.IsClass)
                .OrderBy(c => c.RelativePath, StringComparer.Ordinal)
                .ThenBy(c => c.Location.Span.Start)
                .ToList();
            var classes = group.Where(c => c.IsClass).OrderBy(c => c.RelativePath, StringComparer.Ordinal).ToList();

            // A class keeps its name against any member (its members would be orphaned otherwise); between members
            // the first note by path wins. Duplicates inside one note were settled by its name step.
            var winner = classes.Count > 0 ? classes[0] : members.FirstOrDefault();
            if (members.Count == 0 || (classes.Count == 0 && members.Select(m => m.RelativePath).Distinct(StringComparer.Ordinal).Count() < 2))
            {
                continue;
            }

            var sameFact = classes.Count == 0 && members.All(m => m.Value is not null && m.Value.Equals(winner.Value));
            conflicts.AddRange(members
                .Where(m => classes.Count > 0 || m.RelativePath != winner.RelativePath)
                .Select(m => new NameConflict(m.Key, m.Location, winner.Location, winner.RelativePath, sameFact)));
        }

        return conflicts.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Loser.FilePath, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>The note without the facts it lost to another note: a fact's members go together.</summary>
    public static NamedNote WithoutLosers(NamedNote note, EquatableArray<NameConflict> conflicts)
    {
        // The usual case, on every note's emit: no note lost anything, so there is no path to look for.
        if (conflicts.Count == 0)
        {
            return note;
        }

        var path = FilePathOf(note);
        var lost = new HashSet<LocationInfo>(conflicts.Where(c => c.Loser.FilePath == path).Select(c => c.Loser));
        if (lost.Count == 0)
        {
            return note;
        }

        return note with
        {
            Members = note.Members.Where(m => !lost.Contains(m.Location)).ToEquatableArray(),
            Enums = note.Enums.Where(e => !lost.Contains(e.Location)).ToEquatableArray(),
            Tables = note.Tables.Where(t => !lost.Contains(t.Location)).ToEquatableArray(),
        };
    }

    /// <summary>
    /// One report per lost fact, however many of its members clashed: a clash if any member's value differs, else the
    /// note that the fact is already there.
    /// </summary>
    public static IEnumerable<NameConflict> ToReport(EquatableArray<NameConflict> conflicts)
        => conflicts.GroupBy(c => c.Loser).Select(g => g.FirstOrDefault(c => !c.SameFact) ?? g.First());

    private static string? FilePathOf(NamedNote note)
        => note.Members.Select(m => m.Location.FilePath)
            .Concat(note.Enums.Select(e => e.Location.FilePath))
            .Concat(note.Tables.Select(t => t.Location.FilePath))
            .Concat(note.Classes.Select(c => c.Location.FilePath))
            .FirstOrDefault(p => p is not null);
}
