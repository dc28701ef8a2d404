using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Name;

/// <summary>
/// Names across notes: several notes may add to one class, but two notes must not both define the same member
/// in it (CS0102). The first by note path and position keeps the name, whatever order the notes arrive in. Two notes
/// about one service often state the same fact (<c>## SQS</c> in a cram sheet and in a study guide): a member both
/// give the same value is that fact once, and the later one is only noted (AWSF020). When the values differ, the later
/// fact takes the alternate names its note chose for it (a word from its context, else the note's file name) and is
/// reported at both places (AWSF021); only when those are taken too is it left out (AWSF001).
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

        claims.AddRange(note.Members.Select(m => new NameClaim(Key(m.ClassPath, m.Name), false, note.RelativePath, m.Location, m.Value)
        {
            Alternate = m.Alternate.Length > 0 ? Key(m.ClassPath, m.Alternate) : null,
        }));
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

        var sorted = conflicts.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Loser.FilePath, StringComparer.Ordinal).ToList();
        return (sorted.Any(c => !c.SameFact) ? Renamed(notes, sorted, first) : sorted).ToEquatableArray();
    }

    /// <summary>
    /// The conflicts, with each later fact whose values differ renamed to its alternates where every one of its
    /// members has one that no note claims and no earlier rename took. A fact's members are renamed together.
    /// </summary>
    private static List<NameConflict> Renamed(ImmutableArray<EquatableArray<NameClaim>> notes, List<NameConflict> conflicts, Dictionary<string, NameClaim> claimed)
    {
        var losers = new HashSet<LocationInfo>(conflicts.Where(c => !c.SameFact).Select(c => c.Loser));
        var factMembers = notes.SelectMany(n => n).Where(c => !c.IsClass && losers.Contains(c.Location))
            .GroupBy(c => c.Location).ToDictionary(g => g.Key, g => g.ToList());
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var renames = new Dictionary<LocationInfo, Dictionary<string, string>>();
        foreach (var loser in conflicts.Where(c => !c.SameFact).Select(c => c.Loser).Distinct())
        {
            if (factMembers.TryGetValue(loser, out var members) && members.All(m => m.AlternateMatchKey is not null)
                && members.Select(m => m.AlternateMatchKey).Distinct().Count() == members.Count
                && members.All(m => !claimed.ContainsKey(m.AlternateMatchKey!) && !taken.Contains(m.AlternateMatchKey!)))
            {
                taken.UnionWith(members.Select(m => m.AlternateMatchKey!));
                renames.Add(loser, members.ToDictionary(m => m.Key, m => MemberOf(m.Alternate!), StringComparer.Ordinal));
            }
        }

        return conflicts.Select(c => !c.SameFact && renames.TryGetValue(c.Loser, out var names) && names.TryGetValue(c.Key, out var name)
            ? c with { RenamedTo = name }
            : c).ToList();
    }

    private static string MemberOf(string key) => key.Substring(key.LastIndexOf('.') + 1);

    /// <summary>
    /// The note without the facts it lost to another note, and with the facts renamed to make way under their
    /// alternate names: a fact's members go, or are renamed, together.
    /// </summary>
    public static NamedNote WithoutLosers(NamedNote note, EquatableArray<NameConflict> conflicts)
    {
        // The usual case, on every note's emit: no note lost anything, so there is no path to look for.
        if (conflicts.Count == 0)
        {
            return note;
        }

        var path = FilePathOf(note);
        var mine = conflicts.Where(c => c.Loser.FilePath == path).ToList();
        if (mine.Count == 0)
        {
            return note;
        }

        var renamed = new HashSet<LocationInfo>(mine.Where(c => c.RenamedTo is not null).Select(c => c.Loser));
        var lost = new HashSet<LocationInfo>(mine.Where(c => c.RenamedTo is null).Select(c => c.Loser));
        lost.ExceptWith(renamed);

        // A sentence may state several facts at one place: only the clashing fact's members (those of its subject) go.
        string Key(NamedMember m) => note.Namespace + "|" + string.Join(".", m.ClassPath) + "." + m.Name;
        (LocationInfo, string, string) FactOf(NamedMember m) => (m.Location, string.Join(".", m.ClassPath), m.Subject);
        var clashing = new HashSet<string>(mine.Select(c => c.Key), StringComparer.Ordinal);
        var facts = new HashSet<(LocationInfo, string, string)>(note.Members.Where(m => clashing.Contains(Key(m))).Select(FactOf));
        bool Goes(NamedMember m) => facts.Contains(FactOf(m));
        return note with
        {
            Members = note.Members.Where(m => !(lost.Contains(m.Location) && Goes(m)))
                .Select(m => renamed.Contains(m.Location) && Goes(m) ? m with { Name = m.Alternate, FactId = m.FactId is null ? null : m.AlternateFactId } : m)
                .ToEquatableArray(),
            Enums = note.Enums.Where(e => !lost.Contains(e.Location)).ToEquatableArray(),
            Tables = note.Tables.Where(t => !lost.Contains(t.Location)).ToEquatableArray(),
        };
    }

    /// <summary>
    /// One report per lost fact, however many of its members clashed: a clash if any member's value differs, else the
    /// note that the fact is already there.
    /// </summary>
    public static IEnumerable<NameConflict> ToReport(EquatableArray<NameConflict> conflicts)
        => conflicts.GroupBy(c => c.Loser).Select(g => g.FirstOrDefault(c => !c.SameFact && c.RenamedTo is not null)
                                                       ?? g.FirstOrDefault(c => !c.SameFact) ?? g.First());

    private static string? FilePathOf(NamedNote note)
        => note.Members.Select(m => m.Location.FilePath)
            .Concat(note.Enums.Select(e => e.Location.FilePath))
            .Concat(note.Tables.Select(t => t.Location.FilePath))
            .Concat(note.Classes.Select(c => c.Location.FilePath))
            .FirstOrDefault(p => p is not null);
}
