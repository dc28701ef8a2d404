using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Name;

/// <summary>
/// The name step: gives every class and fact of a note its C# identifier and reports what cannot be named
/// or would clash. A clash is never resolved silently: the later fact is left out, with a warning at both places.
/// </summary>
internal sealed class NoteNamer
{
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly HashSet<(LocationInfo, string)> _reported = new();

    private NoteNamer(IEnumerable<DiagnosticInfo> diagnostics) => _diagnostics = diagnostics.ToList();

    public static NamedNote Name(RawNote note, CancellationToken cancellationToken)
    {
        var namer = new NoteNamer(note.Diagnostics);

        var classes = new List<NamedClass>();
        var seenClasses = new HashSet<string>();
        foreach (var raw in note.Classes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (namer.NamePath(raw.Path) is { } path && seenClasses.Add(string.Join(".", path)))
            {
                classes.Add(new NamedClass(path.ToEquatableArray(), raw.Title, raw.Location.Line));
            }
        }

        var members = new List<NamedMember>();
        var firstByName = new Dictionary<string, RawFact>();
        foreach (var fact in note.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var classPath = namer.NamePath(fact.ClassPath);
            var name = namer.NameOf(fact.Label, fact.UnitSuffix);
            if (classPath is null || name is null)
            {
                continue;
            }

            var className = string.Join(".", classPath);
            var key = className + "." + name;
            if (firstByName.TryGetValue(key, out var first))
            {
                namer._diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateName, fact.Location, first.Location, name, className, first.Location.Line.ToString()));
                continue;
            }

            firstByName[key] = fact;
            members.Add(new NamedMember(classPath.ToEquatableArray(), name, fact.Value, fact.Sentence, fact.Location.Line));
        }

        return new NamedNote(
            note.RelativePath,
            HintNameOf(note.RelativePath),
            note.Namespace,
            classes.ToEquatableArray(),
            members.ToEquatableArray(),
            namer._diagnostics.ToEquatableArray());
    }

    private string[]? NamePath(EquatableArray<NamePart> parts)
    {
        var names = new string[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (NameOf(parts[i], string.Empty) is not { } name)
            {
                return null;
            }

            names[i] = name;
        }

        return names;
    }

    private string? NameOf(NamePart part, string unitSuffix)
    {
        if (part.ExplicitName is { } pinned)
        {
            if (IdentifierNamer.IsValidExplicitName(pinned))
            {
                // A pinned name is used exactly as written: the author chose it, units included.
                return pinned;
            }

            Report(DiagnosticDescriptors.MalformedName, part.Location, pinned);
        }

        var name = IdentifierNamer.FromText(part.Text, part.IsHeading);
        if (name is null)
        {
            Report(DiagnosticDescriptors.NoIdentifier, part.Location, part.Text);
            return null;
        }

        return name + unitSuffix;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, string arg)
    {
        // A class's name part recurs on every fact in it: report its problem once.
        if (_reported.Add((location, descriptor.Id)))
        {
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arg));
        }
    }

    /// <summary><c>notes/ec2-storage.md</c> → <c>notes.ec2-storage.md.g.cs</c>: unique per note, safe as a hint name.</summary>
    internal static string HintNameOf(string relativePath)
    {
        var builder = new StringBuilder();
        foreach (var c in relativePath.TrimStart('/', '.'))
        {
            builder.Append(c switch
            {
                '/' or '\\' => '.',
                _ when char.IsLetterOrDigit(c) && c < 128 => c,
                '.' or '-' or '_' => c,
                _ => '_',
            });
        }

        return builder + ".g.cs";
    }
}
