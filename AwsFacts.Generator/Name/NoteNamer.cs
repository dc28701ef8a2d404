using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Extract.Grammar;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Name;

/// <summary>
/// The name step: gives every class, fact, enum and table of a note its C# identifiers and typed values,
/// and reports what cannot be named or would clash. A clash is never resolved silently: the later member
/// is left out, with a warning that points at both places.
/// </summary>
internal sealed class NoteNamer
{
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly HashSet<(LocationInfo, string)> _reported = new();
    private readonly Dictionary<string, LocationInfo> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypedValue> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Text, bool IsHeading), string?> _fromText = new();
    private Dictionary<string, string[]>? _casing;

    // The note's file name as a word, found once: every fact's alternate may need it ("" when it gives none).
    private string? _noteWord;

    private readonly string _relativePath;

    private NoteNamer(IEnumerable<DiagnosticInfo> diagnostics, string relativePath)
    {
        _diagnostics = diagnostics.ToList();
        _relativePath = relativePath;
    }

    /// <summary>Names a note; a failure is reported on the note (AWSF000) instead of failing the whole generator.</summary>
    public static NamedNote SafeName(RawNote note, CancellationToken cancellationToken)
    {
        try
        {
            return Name(note, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var location = note.Diagnostics.Count > 0 ? note.Diagnostics[0].Location : LocationInfo.None;
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.NoteFailed, location with { FilePath = location.FilePath ?? note.RelativePath },
                ex.GetType().Name + ": " + ex.Message);
            // Named like a good note's parts, so two failed notes never declare the same catalog method.
            return new NamedNote(note.RelativePath, HintNameOf(note.RelativePath), CatalogMethodOf(note.RelativePath), note.Namespace,
                EquatableArray<NamedClass>.Empty, EquatableArray<NamedMember>.Empty, EquatableArray<NamedEnum>.Empty,
                EquatableArray<NamedTable>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }

    public static NamedNote Name(RawNote note, CancellationToken cancellationToken)
    {
        var namer = new NoteNamer(note.Diagnostics, note.RelativePath);

        // Class names that differ only by case are one class: choose each one's spelling before naming anything.
        namer._casing = ClassCasing.Choose(note.Classes.Select(raw => namer.NamePath(raw.Path)).Where(p => p is not null)!);

        var classes = new List<NamedClass>();
        foreach (var raw in note.Classes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (namer.NamePath(raw.Path) is { } path && !classes.Any(c => c.Path.SequenceEqual(path)))
            {
                classes.Add(new NamedClass(path.ToEquatableArray(), raw.Title, raw.Location.Line) { Location = raw.Location });
                if (path.Length > 1)
                {
                    namer.Claim(path.Take(path.Length - 1).ToArray(), path[path.Length - 1], raw.Location, isClass: true);
                }
            }
        }

        var members = new List<NamedMember>();
        foreach (var fact in note.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (namer.NamePath(fact.ClassPath) is { } classPath)
            {
                // A fact's members stand or fall together: one clash reports the fact once and drops it whole,
                // unless a word from its context makes its names free.
                if (namer.ExpandDistinct(fact, classPath) is { } expanded)
                {
                    members.AddRange(expanded);
                    foreach (var member in expanded)
                    {
                        namer._values[string.Join(".", classPath) + "." + member.Name] = member.Value;
                    }
                }
            }
        }

        var enums = new List<NamedEnum>();
        foreach (var raw in note.Enums)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (namer.NamePath(raw.ClassPath) is { } classPath && namer.NameEnum(raw, classPath) is { } named
                && namer.ClaimAll(classPath, raw.Location, named.Name, named.SpellingsName))
            {
                enums.Add(named with { Citation = raw.Citation, Traits = raw.Traits, Location = raw.Location });
            }
        }

        var tables = new List<NamedTable>();
        foreach (var raw in note.Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (namer.NamePath(raw.ClassPath) is { } classPath && namer.NameTable(namer.FreeTableName(raw, classPath), classPath) is { } named
                && namer.ClaimAll(classPath, raw.Location, named.ListName, named.RowType))
            {
                tables.Add(named with { Location = raw.Location });
            }
        }

        if (members.Count + enums.Count + tables.Count == 0 && note.Classes.Count > 0
            && !namer._diagnostics.Any(d => DiagnosticDescriptors.Find(d.Id)?.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning))
        {
            var start = note.Classes[0].Location;
            namer._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyNote, start with
            {
                Span = new Microsoft.CodeAnalysis.Text.TextSpan(0, 0),
                LineSpan = new Microsoft.CodeAnalysis.Text.LinePositionSpan(default, default),
            }));
        }

        return new NamedNote(
            note.RelativePath,
            HintNameOf(note.RelativePath),
            CatalogMethodOf(note.RelativePath),
            note.Namespace,
            classes.ToEquatableArray(),
            members.ToEquatableArray(),
            enums.ToEquatableArray(),
            tables.ToEquatableArray(),
            namer._diagnostics.ToEquatableArray()) { IsPublic = note.IsPublic };
    }

    /// <summary>
    /// The members of a fact under names no other fact in the class has taken: as the note names them, else
    /// prefixed by the first of the fact's distinctions that frees them all (<c>6 MB synchronous, 256 KB async</c>
    /// → <c>Payload</c>, <c>AsyncPayload</c>). When none does, the clash is reported (AWSF001) and the fact left out.
    /// </summary>
    private List<NamedMember>? ExpandDistinct(RawFact fact, string[] classPath)
    {
        var plain = Members(fact, classPath, string.Empty);
        if (plain.Count == 0 || AllFree(classPath, plain))
        {
            return ClaimAll(classPath, fact.Location, plain.Select(m => m.Name)) ? WithAlternates(fact, classPath, plain, 0) : null;
        }

        if (Restated(classPath, plain) is { } first)
        {
            // "> max item size is 400 KB", quoting a line above: the same fact again, generated once.
            var className = string.Join(".", classPath);
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SameFactElsewhere, fact.Location, first, plain[0].Name, className,
                _relativePath + ", line " + first.Line.ToString(CultureInfo.InvariantCulture)));
            return new List<NamedMember>();
        }

        for (var i = 0; i < fact.Distinctions.Count; i++)
        {
            if (IdentifierNamer.FromText(fact.Distinctions[i], isHeading: false) is { Length: > 0 } word
                && Members(fact, classPath, word) is { Count: > 0 } distinct && AllFree(classPath, distinct))
            {
                return ClaimAll(classPath, fact.Location, distinct.Select(m => m.Name)) ? WithAlternates(fact, classPath, distinct, i + 1) : null;
            }
        }

        // Two values of one sentence that nothing tells apart (a long prose sentence): the later one is numbered
        // rather than lost. A clash with another line is a real duplicate, and is reported.
        if (ClashesOnlyWithinLine(classPath, plain, fact.Location.Line))
        {
            for (var n = 2; n < 10; n++)
            {
                var numbered = plain.Select(m => m with { Name = m.Name + n, FactId = m.FactId is null ? null : m.FactId + "-" + n }).ToList();
                if (AllFree(classPath, numbered))
                {
                    return ClaimAll(classPath, fact.Location, numbered.Select(m => m.Name)) ? numbered : null;
                }
            }
        }

        ClaimAll(classPath, fact.Location, plain.Select(m => m.Name)); // reports the clash at both places
        return null;
    }

    /// <summary>
    /// The names the fact's members take if another note has taken theirs (CrossNoteNames): prefixed by the next of
    /// its distinctions that keeps them free in this note, else by the note's file name (<c>study-guide.md</c> →
    /// <c>StudyGuideMaxSizeMb</c>). Not taken here: they are only a fallback, so the fact is renamed, not dropped.
    /// A fact with former names (<c>was:</c>) has none: its aliases point at the names it has.
    /// </summary>
    private List<NamedMember> WithAlternates(RawFact fact, string[] classPath, List<NamedMember> chosen, int nextDistinction)
    {
        if (fact.Was.Count > 0)
        {
            return chosen;
        }

        var words = fact.Distinctions.Skip(nextDistinction).Select(d => IdentifierNamer.FromText(d, isHeading: false)).ToList();
        if (NoteWord(classPath) is { } noteWord)
        {
            words.Add(noteWord);
        }

        foreach (var word in words.Where(w => w is { Length: > 0 }))
        {
            var alternates = Members(fact, classPath, word!);
            if (alternates.Count == chosen.Count && AllFree(classPath, alternates) && !alternates.Any(a => chosen.Any(c => c.Name == a.Name)))
            {
                return chosen.Select((m, i) => m with { Alternate = alternates[i].Name, AlternateFactId = alternates[i].FactId }).ToList();
            }
        }

        return chosen;
    }

    /// <summary>The note's file name as a word (<c>study-guide.md</c> → <c>StudyGuide</c>), unless it only repeats the class.</summary>
    private string? NoteWord(string[] classPath)
    {
        var word = _noteWord ??= FileWord(_relativePath) ?? string.Empty;
        return word.Length == 0 || classPath.Any(c => string.Equals(c, word, StringComparison.OrdinalIgnoreCase)) ? null : word;
    }

    private static string? FileWord(string relativePath)
    {
        var name = relativePath.Substring(relativePath.LastIndexOfAny(new[] { '/', '\\' }) + 1);
        var dot = name.LastIndexOf('.');
        return IdentifierNamer.FromText(dot > 0 ? name.Substring(0, dot) : name, isHeading: true);
    }

    /// <summary>Where the note already gave every one of these members the same value, or null when it did not.</summary>
    private LocationInfo? Restated(string[] classPath, List<NamedMember> members)
    {
        var className = string.Join(".", classPath);
        var keys = members.Select(m => className + "." + m.Name).ToList();
        return members.Count > 0 && keys.Select((k, i) => _values.TryGetValue(k, out var value) && value.Equals(members[i].Value)).All(same => same)
            ? _taken[keys[0]]
            : null;
    }

    private bool ClashesOnlyWithinLine(string[] classPath, List<NamedMember> members, int line)
    {
        var className = string.Join(".", classPath);
        return members.All(m => !_taken.TryGetValue(className + "." + m.Name, out var first) || first.Line == line)
               && members.Any(m => _taken.ContainsKey(className + "." + m.Name));
    }

    private List<NamedMember> Members(RawFact fact, string[] classPath, string distinction)
    {
        var members = Expand(fact, classPath, distinction)
            .Select(m => m with { Citation = fact.Citation, Traits = fact.Traits, Location = fact.Location }).ToList();
        members.AddRange(ObsoleteAliases(fact.Was, members).ToList());
        return members;
    }

    /// <summary>Whether no name is taken in the class yet, nor is the class's own name, nor repeated among them.</summary>
    private bool AllFree(string[] classPath, List<NamedMember> members)
    {
        var className = string.Join(".", classPath);
        var names = new HashSet<string>(StringComparer.Ordinal);
        return members.All(m => names.Add(m.Name) && !_taken.ContainsKey(className + "." + m.Name)
                                && (classPath.Length == 0 || classPath[classPath.Length - 1] != m.Name));
    }

    /// <summary>
    /// The members one fact yields. Names are Prefix + Base + (Min/Max/Default) + Noun, then the unit suffix on
    /// constants: <c>MaxMessageSizeKb</c> (const) and <c>MaxMessageSize</c> (DataSize); <c>RetentionMaxSeconds</c>
    /// and <c>Retention</c> (Range&lt;TimeSpan&gt;).
    /// </summary>
    private IEnumerable<NamedMember> Expand(RawFact fact, string[] classPath, string distinction)
    {
        if (Naming(fact, classPath, distinction) is not { } naming)
        {
            return Enumerable.Empty<NamedMember>();
        }

        return fact.Shape switch
        {
            FactShape.Text => new[] { naming.Member(naming.Compose(string.Empty, string.Empty), Typed(TypedKind.String, fact.Text), string.Empty, naming.Id) },
            FactShape.Set => SetMembers(fact, classPath, naming),
            FactShape.Range => RangeMembers(fact, classPath, naming),
            _ => ValueMembers(fact, classPath, naming),
        };
    }

    /// <summary>The parts of a fact's names (Prefix, Base, Noun), or null when its base names nothing.</summary>
    private FactNaming? Naming(RawFact fact, string[] classPath, string distinction)
    {
        var baseName = NameOf(fact.Base.ExplicitName is null ? fact.Base with { Text = MemberWords.Plain(fact.Base.Text) } : fact.Base);
        if (baseName is null)
        {
            return null;
        }

        if (fact.Base.ExplicitName is null || !IdentifierNamer.IsValidExplicitName(fact.Base.ExplicitName))
        {
            baseName = MemberWords.Shorten(baseName, classPath);
        }

        baseName = MemberWords.WithoutUnit(baseName, UnitSuffixOf(fact));
        // "A NAT gateway starts at 5 Gbps" filed under NatGateway: its bounds are the class's own (MinGbps, MaxGbps).
        // "Lambda adds 60 more instances per minute" in Lambda: what is counted names it (MoreInstancesPerMinute).
        baseName = classPath.Length > 0 && string.Equals(baseName, classPath[classPath.Length - 1], StringComparison.OrdinalIgnoreCase)
                   && (fact.Shape is FactShape.Min or FactShape.Max or FactShape.Default or FactShape.Range || fact.Noun.Length > 0)
            ? string.Empty
            : baseName;
        baseName = MemberWords.UnlessNounSays(baseName, fact.Noun);
        var noun = MemberWords.WithPort(MemberWords.Noun(fact.Noun, baseName), baseName, fact, classPath);
        var prefix = distinction + (IdentifierNamer.FromText(fact.Prefix, isHeading: false) ?? string.Empty);
        return new FactNaming(fact, classPath, prefix, baseName, noun);
    }

    /// <summary>A set: one list constant in the values' unit (<c>HighResResolutionSeconds = { 1, 5, 10, 30 }</c>).</summary>
    private IEnumerable<NamedMember> SetMembers(RawFact fact, string[] classPath, FactNaming naming)
    {
        var unit = fact.Values[0].Unit;
        var numbers = fact.Values.Select(v => v.Number).ToArray();
        if (numbers.Any(n => n != decimal.Truncate(n) || n > long.MaxValue))
        {
            Report(DiagnosticDescriptors.NumberOutOfRange, fact.Location, fact.Written);
            yield break;
        }

        var type = numbers.All(n => n <= int.MaxValue) ? TypedKind.IntList : TypedKind.LongList;
        var name = naming.Compose(string.Empty, unit.Suffix);
        yield return naming.Member(name, new TypedValue(type, numbers.Select(Invariant).ToEquatableArray()), unit.Written, FactId(classPath, name), role: "Set");
    }

    /// <summary>
    /// A range: the typed <c>Range&lt;T&gt;</c>, Min/Max/Default constants in one unit (the ends' own when they share it,
    /// else the base unit), and the default as a typed value too.
    /// </summary>
    private static IEnumerable<NamedMember> RangeMembers(RawFact fact, string[] classPath, FactNaming naming)
    {
        var low = fact.Low!;
        var high = fact.High!;
        var dflt = fact.Default;
        var kind = low.Unit.Kind;
        var sameUnit = low.Unit.Suffix == high.Unit.Suffix && (dflt is null || dflt.Unit.Suffix == low.Unit.Suffix);
        // Ends in different units share one: the base unit (bytes, seconds), or for bandwidth the lower end's (50 Mbps → 25 Gbps in Mbps).
        var constUnit = sameUnit ? low.Unit : kind == UnitKind.Bandwidth ? low.Unit : UnitTable.BaseOf(kind);
        decimal In(Quantity q) => sameUnit ? q.Number : q.InBase / constUnit.ToBase;

        var typedName = naming.Compose(string.Empty, string.Empty);
        if (typedName == "Value" && constUnit.Suffix.Length > 0)
        {
            typedName = constUnit.Suffix; // "3–63 characters" in a class of its own: Length
        }

        var remark = ExclusiveRemark(fact);
        if (RangeValue(kind, low, high, dflt, fact.LowExclusive, fact.HighExclusive) is { } range)
        {
            yield return naming.Member(typedName, range, low.Unit.Written, FactId(classPath, typedName), remark, "Range");
        }

        foreach (var (qualifier, quantity) in new (string, Quantity?)[] { ("Min", low), ("Max", high), ("Default", dflt) })
        {
            if (quantity is { } q && Scalar(In(q)) is { } scalar)
            {
                yield return naming.Member(naming.Compose(qualifier, constUnit.Suffix), scalar, constUnit.Written, null, remark, qualifier);
            }
        }

        // The default as a typed value too (Sqs.RetentionDefault: 4 days), as a lone default would give it.
        if (dflt is { } defaultQuantity && TypedOf(defaultQuantity) is { } typedDefault)
        {
            yield return naming.Member(naming.Compose("Default", string.Empty), typedDefault, defaultQuantity.Unit.Written, null, role: "Default");
        }
    }

    /// <summary>A single value, bound or default: a constant in its unit, and a typed value for sizes and durations.</summary>
    private IEnumerable<NamedMember> ValueMembers(RawFact fact, string[] classPath, FactNaming naming)
    {
        var quantity = fact.Values[0];
        var qualifier = fact.Shape switch
        {
            FactShape.Max => "Max",
            FactShape.Min => "Min",
            FactShape.Default => "Default",
            _ => string.Empty,
        };
        var remark = ExclusiveRemark(fact);
        var constName = naming.Compose(qualifier, quantity.Unit.Suffix);
        var typed = TypedOf(quantity);
        if (Scalar(quantity.Number) is not { } scalar)
        {
            Report(DiagnosticDescriptors.NumberOutOfRange, fact.Location, quantity.Written);
            yield break;
        }

        yield return naming.Member(constName, scalar, quantity.Unit.Written, typed is null ? FactId(classPath, constName) : null, remark, qualifier);
        if (typed is { } value)
        {
            var typedName = naming.Compose(qualifier, string.Empty);
            yield return naming.Member(typedName, value, quantity.Unit.Written, FactId(classPath, typedName), remark, qualifier);
        }
    }

    private static string ExclusiveRemark(RawFact fact)
        => fact.LowExclusive || fact.HighExclusive ? "The note gives an exclusive bound." : string.Empty;

    /// <summary>
    /// How one fact's members are named — Prefix + Base + qualifier + Noun + suffix — and the member record they share
    /// (the fact's sentence, line, written value and subject words).
    /// </summary>
    private sealed class FactNaming
    {
        private readonly RawFact _fact;
        private readonly string _prefix;
        private readonly string _baseName;
        private readonly string _noun;
        private readonly string[] _classPath;

        public FactNaming(RawFact fact, string[] classPath, string prefix, string baseName, string noun)
        {
            _fact = fact;
            _classPath = classPath;
            _prefix = prefix;
            _baseName = baseName;
            _noun = noun;
            Id = FactId(classPath, Compose(string.Empty, string.Empty));
            Subject = SubjectWords.Of(prefix + baseName + noun, classPath, fact.Sentence);
        }

        /// <summary>The fact's id, by its plain name (<c>sqs.max-message-size</c>).</summary>
        public string Id { get; }

        private string Subject { get; }

        public string Compose(string qualifier, string suffix)
        {
            // A base that already ends with the qualifier says it once: <!-- name: MaxReceiveCountDefault --> stays so.
            // "Default message retention: 4 days (maximum: 14 days)": a base that opens with it says it too.
            // "- Express" over "- Max duration: up to 5 mins": the case's title first, then the bound (ExpressMaxDuration).
            qualifier = qualifier.Length > 0 && (_baseName.EndsWith(qualifier, StringComparison.Ordinal)
                                                || (_fact.Shape != FactShape.Range && MemberWords.HasWord(_baseName, qualifier)))
                ? string.Empty
                : qualifier;
            var name = _prefix + _baseName + qualifier + _noun + suffix;
            return name.Length == 0 ? "Value" : IdentifierNamer.MakeSafe(name);
        }

        public NamedMember Member(string name, TypedValue value, string unit, string? factId, string remark = "", string role = "")
            => new(_classPath.ToEquatableArray(), name, value, _fact.Sentence, _fact.Location.Line, _fact.Written, unit,
                _fact.Values.Any(v => v.Approximate) || (_fact.Low?.Approximate ?? false) || (_fact.High?.Approximate ?? false), remark, factId)
            {
                Role = role,
                Subject = Subject,
            };
    }

    /// <summary>The suffix the fact's constants carry: its unit's, or a range's common or base unit's.</summary>
    private static string UnitSuffixOf(RawFact fact)
    {
        if (fact.Shape == FactShape.Range && fact.Low is { } low && fact.High is { } high)
        {
            return low.Unit.Suffix == high.Unit.Suffix ? low.Unit.Suffix : UnitTable.BaseOf(low.Unit.Kind).Suffix;
        }

        return fact.Values.Count > 0 ? fact.Values[0].Unit.Suffix : string.Empty;
    }

    private NamedEnum? NameEnum(RawEnum raw, string[] classPath)
    {
        var text = NameOf(raw.Name);
        if (text is null || text.Length == 0)
        {
            if (text is not null)
            {
                Report(DiagnosticDescriptors.NoIdentifier, raw.Location, raw.Name.Text);
            }

            return null;
        }

        var enumName = raw.Name.ExplicitName is { Length: > 0 } && IdentifierNamer.IsValidTypeName(raw.Name.ExplicitName!)
            ? raw.Name.ExplicitName!
            : Inflector.Singular(text);
        var spellings = Inflector.Plural(enumName);
        var items = new List<NamedEnumItem>();
        foreach (var item in raw.Items)
        {
            var name = IdentifierNamer.FromText(item.AwsName, isHeading: false);
            // The spellings class holds one const per item beside All, ToAwsName, TryParse and Default.
            if (name is null || name == enumName || name == spellings || name is "All" or "ToAwsName" or "TryParse" or "Default"
                || items.Any(i => i.Name == name))
            {
                Report(DiagnosticDescriptors.BadList, item.Location, item.AwsName);
                return null;
            }

            items.Add(new NamedEnumItem(name, item.AwsName, item.Description, item.IsDefault, item.Location.Line));
        }

        return new NamedEnum(classPath.ToEquatableArray(), enumName, spellings, items.ToEquatableArray(), raw.Sentence, raw.Location.Line,
            FactId(classPath, enumName));
    }

    /// <summary>
    /// A second table under one heading would take the first's name: unless the note pinned one, it is named by
    /// what its rows are instead (its first column's header, plural: "| Invocation |" → <c>Invocations</c>).
    /// </summary>
    private RawTable FreeTableName(RawTable raw, string[] classPath)
    {
        if (raw.Name.ExplicitName is not null || raw.Columns.Count == 0 || NameOf(raw.Name) is not { Length: > 0 } name
            || !_taken.ContainsKey(string.Join(".", classPath) + "." + name)
            || IdentifierNamer.FromText(raw.Columns[0], isHeading: false) is not { Length: > 0 } header)
        {
            return raw;
        }

        return raw with { Name = raw.Name with { Text = Inflector.Plural(header) } };
    }

    private NamedTable? NameTable(RawTable raw, string[] classPath)
    {
        var listName = NameOf(raw.Name);
        if (listName is null || listName.Length == 0)
        {
            if (listName is not null)
            {
                Report(DiagnosticDescriptors.NoIdentifier, raw.Location, raw.Name.Text);
            }

            return null;
        }

        var rowType = IdentifierNamer.AsTypeName(Inflector.Singular(listName));
        if (rowType == listName)
        {
            rowType += "Row";
        }

        var columns = new List<NamedColumn>();
        for (var i = 0; i < raw.Columns.Count; i++)
        {
            var property = IdentifierNamer.FromText(raw.Columns[i], isHeading: false) ?? "Column" + (i + 1).ToString(CultureInfo.InvariantCulture);
            if (property == rowType || columns.Any(c => c.Property == property))
            {
                property += (i + 1).ToString(CultureInfo.InvariantCulture);
            }

            columns.Add(new NamedColumn(property, raw.Columns[i]));
        }

        // Rows get named members when the first column names them all, distinctly.
        var rowNames = raw.Rows.Select(r => r.Count > 0 ? IdentifierNamer.FromText(r[0], isHeading: false) : null).ToList();
        var named = rowNames.All(n => n is not null && n != rowType && columns.All(c => c.Property != n))
                    && rowNames.Distinct().Count() == rowNames.Count;

        var rows = raw.Rows.Select((cells, i) => new NamedRow(
            named ? rowNames[i]! : string.Empty,
            Enumerable.Range(0, columns.Count).Select(c => c < cells.Count ? cells[c] : string.Empty).ToEquatableArray(),
            raw.RowLocations[i].Line));
        return new NamedTable(classPath.ToEquatableArray(), listName, rowType, columns.ToEquatableArray(), rows.ToEquatableArray(),
            raw.Title, raw.Location.Line, FactId(classPath, listName));
    }

    private static TypedValue? TypedOf(Quantity quantity) => quantity.Unit.Kind switch
    {
        UnitKind.Size when decimal.Truncate(quantity.InBase) == quantity.InBase && quantity.InBase <= long.MaxValue
            => Typed(TypedKind.DataSize, Invariant(quantity.InBase)),
        UnitKind.Duration when quantity.InBase <= long.MaxValue / 10_000_000m
            => Typed(TypedKind.TimeSpan, Invariant(decimal.Round(quantity.InBase * 10_000_000m))),
        _ => null,
    };

    private static TypedValue? RangeValue(UnitKind kind, Quantity low, Quantity high, Quantity? dflt, bool lowExclusive, bool highExclusive)
    {
        // A Range<int> holds numbers as written: only of ends in one unit ("50 Mbps → 25 Gbps" has its constants in bits/s).
        if (kind is not (UnitKind.Size or UnitKind.Duration)
            && (low.Unit.Suffix != high.Unit.Suffix || (dflt is { } other && other.Unit.Suffix != low.Unit.Suffix)))
        {
            return null;
        }

        string Part(Quantity q) => kind switch
        {
            UnitKind.Size => Invariant(q.InBase),
            UnitKind.Duration => Invariant(decimal.Round(q.InBase * 10_000_000m)),
            _ => Invariant(q.Number),
        };

        var type = kind switch
        {
            UnitKind.Size => TypedKind.RangeDataSize,
            UnitKind.Duration => TypedKind.RangeTimeSpan,
            _ when new[] { low, high }.All(q => q.Number == decimal.Truncate(q.Number) && q.Number <= int.MaxValue) => TypedKind.RangeInt,
            _ when new[] { low, high }.All(q => q.Number == decimal.Truncate(q.Number) && q.Number <= long.MaxValue) => TypedKind.RangeLong,
            _ => (TypedKind?)null,
        };
        var ends = dflt is { } d0 ? new[] { low, high, d0 } : new[] { low, high };
        if (type is null
            || (kind == UnitKind.Size && ends.Any(q => q.InBase != decimal.Truncate(q.InBase) || q.InBase > long.MaxValue))
            || (kind == UnitKind.Duration && ends.Any(q => q.InBase > long.MaxValue / 10_000_000m)))
        {
            return null;
        }

        return new TypedValue(type.Value, new[]
        {
            Part(low), Part(high), dflt is { } d ? Part(d) : string.Empty,
            lowExclusive ? "false" : "true", highExclusive ? "false" : "true",
        }.ToEquatableArray());
    }

    /// <summary>A number as the narrowest constant type that holds it: int, long, or double.</summary>
    private static TypedValue? Scalar(decimal number)
    {
        if (number == decimal.Truncate(number))
        {
            if (number is >= int.MinValue and <= int.MaxValue)
            {
                return Typed(TypedKind.Int, Invariant(number));
            }

            return number is >= long.MinValue and <= long.MaxValue ? Typed(TypedKind.Long, Invariant(number)) : null;
        }

        return Typed(TypedKind.Double, Invariant(number));
    }

    private static TypedValue Typed(TypedKind type, string part) => new(type, new EquatableArray<string>(new[] { part }));

    // "0.####…": no trailing zeros, so 12.5M (12500000.0 as a decimal) prints as the integer it is.
    private static string Invariant(decimal number) => number.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A stable catalog id: the class path and member in kebab case (<c>sqs.max-message-size</c>).</summary>
    private static string FactId(string[] classPath, string member)
        => string.Join(".", classPath.Concat(new[] { member }).Select(Inflector.Kebab));

    /// <summary>Takes a name in a class; a second claim of the same name is reported and refused.</summary>
    /// <summary>Claims every name a fact, enum or table declares; they stand or fall together (the first clash stops).</summary>
    private bool ClaimAll(string[] classPath, LocationInfo location, params string[] names) => ClaimAll(classPath, location, (IEnumerable<string>)names);

    private bool ClaimAll(string[] classPath, LocationInfo location, IEnumerable<string> names)
    {
        // Check every name before taking any: a fact that is left out must not keep half its names taken.
        var list = names.ToList();
        var className = string.Join(".", classPath);
        var clash = list.FirstOrDefault(n => _taken.ContainsKey(className + "." + n) || (classPath.Length > 0 && classPath[classPath.Length - 1] == n));
        return clash is not null ? Claim(classPath, clash, location) : list.All(name => Claim(classPath, name, location));
    }

    private bool Claim(string[] classPath, string name, LocationInfo location, bool isClass = false)
    {
        var className = string.Join(".", classPath);
        if (classPath.Length > 0 && classPath[classPath.Length - 1] == name && !isClass)
        {
            Report(DiagnosticDescriptors.NameEqualsClass, location, name);
            return false;
        }

        var key = className + "." + name;
        if (_taken.TryGetValue(key, out var first))
        {
            if (isClass)
            {
                return true; // several headings may pin the same class
            }

            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.DuplicateName, location, first, name, className, _relativePath + ", line " + first.Line.ToString(CultureInfo.InvariantCulture)));
            return false;
        }

        _taken[key] = location;
        return true;
    }

    private string[]? NamePath(EquatableArray<NamePart> parts)
    {
        var names = new string[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (NameOf(parts[i], isType: true) is not { } name)
            {
                return null;
            }

            if (name.Length == 0)
            {
                // An empty heading or label cannot name a class.
                Report(DiagnosticDescriptors.NoIdentifier, parts[i].Location, parts[i].Text);
                return null;
            }

            if (i > 0 && name == names[i - 1])
            {
                // A nested class named like the class around it (CS0542): its facts are not generated.
                Report(DiagnosticDescriptors.NameEqualsClass, parts[i].Location, name);
                return null;
            }

            names[i] = name;
        }

        return _casing is null ? names : ClassCasing.Apply(_casing, names);
    }

    /// <summary>A name part's identifier: the pinned name when valid, else its text by the naming rules; "" for empty text.</summary>
    private string? NameOf(NamePart part, bool isType = false)
    {
        if (part.ExplicitName is { } pinned)
        {
            if (IdentifierNamer.IsValidExplicitName(pinned) && (!isType || IdentifierNamer.IsValidTypeName(pinned)))
            {
                return pinned;
            }

            Report(DiagnosticDescriptors.MalformedName, part.Location, pinned);
        }

        if (part.Text.Length == 0)
        {
            return string.Empty;
        }

        // A class's heading recurs in the path of every fact under it: name each text once.
        if (!_fromText.TryGetValue((part.Text, part.IsHeading), out var name))
        {
            name = IdentifierNamer.FromText(part.Text, part.IsHeading);
            _fromText[(part.Text, part.IsHeading)] = name;
        }

        if (name is null)
        {
            Report(DiagnosticDescriptors.NoIdentifier, part.Location, part.Text);
        }
        else if (name.Length > 1 && name[0] == '_' && char.IsDigit(name[1]))
        {
            if (_reported.Add((part.Location, DiagnosticDescriptors.LeadingDigit.Id)))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LeadingDigit, part.Location, part.Text, name));
            }
        }

        return name;
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
    internal static string HintNameOf(string relativePath) => FileStemOf(relativePath) + ".g.cs";

    /// <summary><c>notes/ec2-storage.md</c> → <c>Note_notes_ec2_storage_md</c>: the note's part of the catalog, from the same stem.</summary>
    internal static string CatalogMethodOf(string relativePath) => "Note_" + FileStemOf(relativePath).Replace('.', '_').Replace('-', '_');

    private static string FileStemOf(string relativePath)
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

        return builder.ToString();
    }

    /// <summary>
    /// "&lt;!-- was: OldName --&gt;": the fact's former names stay, obsolete, with the new members' values. The first
    /// member takes OldName; a sibling that extends the first member's name (<c>ReceiveWaitTimeMaxSeconds</c>) keeps
    /// the same ending on the old name (<c>LongPollingWaitMaxSeconds</c>).
    /// </summary>
    private static IEnumerable<NamedMember> ObsoleteAliases(EquatableArray<string> was, List<NamedMember> members)
    {
        if (members.Count == 0)
        {
            yield break;
        }

        var first = members[0].Name;
        foreach (var old in was.Where(IdentifierNamer.IsValidMemberName))
        {
            foreach (var member in members.Where(m => m.Name.StartsWith(first, System.StringComparison.Ordinal)))
            {
                var name = old + member.Name.Substring(first.Length);
                if (members.All(m => m.Name != name))
                {
                    yield return member with { Name = name, FactId = null, ReplacedBy = member.Name };
                }
            }
        }
    }
}
