namespace AwsFacts.Generator.Model;

// What the name step hands to the emitter: valid C# identifiers and typed values, ready to print.

/// <summary>A class to emit, by its path of identifiers (<c>Ec2</c>, <c>Ports</c>).</summary>
internal sealed record NamedClass(EquatableArray<string> Path, string Title, int Line)
{
    /// <summary>Where the class is declared (a heading, pseudo-heading or label).</summary>
    public LocationInfo Location { get; init; } = LocationInfo.None;
}

/// <summary>The C# shape of a value; the emitter turns it into a type and an initializer.</summary>
internal enum TypedKind
{
    Int,
    Long,
    Double,
    String,
    DataSize,
    TimeSpan,
    RangeInt,
    RangeLong,
    RangeDataSize,
    RangeTimeSpan,
    IntList,
    LongList,
}

/// <summary>
/// A typed value. Parts are invariant numbers: one for a scalar (bytes for a DataSize, seconds for a
/// TimeSpan), or min, max, default ("" when none), min-inclusive, max-inclusive for a range; or the items of a list.
/// </summary>
internal sealed record TypedValue(TypedKind Type, EquatableArray<string> Parts);

/// <summary>A constant or static read-only field to emit. FactId is set on the member the catalog lists.</summary>
internal sealed record NamedMember(
    EquatableArray<string> ClassPath,
    string Name,
    TypedValue Value,
    string Sentence,
    int Line,
    string Written,
    string Unit,
    bool Approximate,
    string Remark,
    string? FactId)
{
    /// <summary>Where the fact is published (empty when the note cites nothing).</summary>
    public Citation Citation { get; init; } = Citation.None;

    /// <summary>What kind of figure the fact is, and the AWS settings it constrains.</summary>
    public FactTraits Traits { get; init; } = FactTraits.None;

    /// <summary>Which part of its fact the member holds: <c>Min</c>, <c>Max</c>, <c>Default</c>, <c>Range</c>, <c>Set</c>, or empty for the value.</summary>
    public string Role { get; init; } = string.Empty;

    /// <summary>What the fact measures, in words (<c>visibility timeout</c>), for the member's summary.</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>Set on an obsolete alias: the member that replaced it.</summary>
    public string? ReplacedBy { get; init; }

    /// <summary>Where the fact stands in its note, for diagnostics about it.</summary>
    public LocationInfo Location { get; init; } = LocationInfo.None;

    /// <summary>
    /// The name the member takes instead when another note has its name with a different value (empty when the
    /// fact has none free): a word from its context, else its note's file name, before the name.
    /// </summary>
    public string Alternate { get; init; } = string.Empty;

    /// <summary>The catalog id under the alternate name, when the member is the one the catalog lists.</summary>
    public string? AlternateFactId { get; init; }
}

/// <summary>One enum member with its AWS spelling.</summary>
internal sealed record NamedEnumItem(string Name, string AwsName, string Description, bool IsDefault, int Line);

/// <summary>An enum and its spellings class (<c>AlarmState</c> and <c>AlarmStates</c>).</summary>
internal sealed record NamedEnum(
    EquatableArray<string> ClassPath,
    string Name,
    string SpellingsName,
    EquatableArray<NamedEnumItem> Items,
    string Sentence,
    int Line,
    string FactId)
{
    /// <summary>Where the list is published, when the note cites it.</summary>
    public Citation Citation { get; init; } = Citation.None;

    /// <summary>The AWS settings whose allowed values the list is.</summary>
    public FactTraits Traits { get; init; } = FactTraits.None;

    /// <summary>Where the list stands in its note.</summary>
    public LocationInfo Location { get; init; } = LocationInfo.None;
}

/// <summary>A column of a table: the property name and the header text.</summary>
internal sealed record NamedColumn(string Property, string Header);

/// <summary>A table row: its static member name (empty when the first column does not name things) and cells.</summary>
internal sealed record NamedRow(string Name, EquatableArray<string> Cells, int Line);

/// <summary>A table: its row type, its list member, its columns and rows.</summary>
internal sealed record NamedTable(
    EquatableArray<string> ClassPath,
    string ListName,
    string RowType,
    EquatableArray<NamedColumn> Columns,
    EquatableArray<NamedRow> Rows,
    string Title,
    int Line,
    string FactId)
{
    /// <summary>Where the table stands in its note.</summary>
    public LocationInfo Location { get; init; } = LocationInfo.None;
}

/// <summary>One note, named: the input of the emit step.</summary>
internal sealed record NamedNote(
    string RelativePath,
    string HintName,
    string CatalogMethod,
    string Namespace,
    EquatableArray<NamedClass> Classes,
    EquatableArray<NamedMember> Members,
    EquatableArray<NamedEnum> Enums,
    EquatableArray<NamedTable> Tables,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Whether the generated top-level types are public (else internal: AwsFactsVisibility).</summary>
    public bool IsPublic { get; init; } = true;
}

/// <summary>
/// What the consumer's compilation allows: the AwsFacts support types (typed values, catalog), and a nullable
/// context under C# 8 or later (the output then says <c>#nullable enable</c>).
/// </summary>
internal sealed record EmitSettings(bool WithSupport, bool Nullable)
{
    /// <summary>Whether the support types come from a referenced AwsFacts, whose catalog then finds this project's facts.</summary>
    public bool RegistersFacts { get; init; }
}

/// <summary>
/// What every note's emit shares: the consumer's support types and options, the facts that lost a name to another
/// note, and the class spellings chosen across notes.
/// </summary>
internal sealed record EmitContext(EmitSettings Settings, AwsFacts.Generator.Options.GeneratorOptions Options)
{
    public EquatableArray<NameConflict> Conflicts { get; init; } = EquatableArray<NameConflict>.Empty;

    public EquatableArray<string> Renames { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>
/// A name a note takes in a class: a member (with its value), an enum, a table's types, or a class (which may be shared).
/// </summary>
internal sealed record NameClaim(string Key, bool IsClass, string RelativePath, LocationInfo Location, TypedValue? Value = null)
{
    /// <summary>The key of the member's alternate name (NamedMember.Alternate), or null when it has none.</summary>
    public string? Alternate
    {
        get => _alternate;
        init
        {
            _alternate = value;
            AlternateMatchKey = value is null ? null : ClassPathFolded(value);
        }
    }

    private readonly string? _alternate;

    /// <summary>The alternate's key as claims are matched (<see cref="MatchKey"/>), computed with the claim.</summary>
    public string? AlternateMatchKey { get; private init; }

    /// <summary>
    /// What claims are matched by: the key with its class path in lower case, since classes that differ only by case
    /// become one at emit (ClassCasing), so their members compete for one name. The member's own case is kept (C#
    /// tells <c>Max</c> from <c>MAX</c>). Computed with the claim, in the note's cached step, not on every edit.
    /// </summary>
    public string MatchKey { get; } = ClassPathFolded(Key);

    private static string ClassPathFolded(string key)
    {
        var bar = key.IndexOf('|');
        var dot = key.LastIndexOf('.');
        return dot <= bar ? key : key.Substring(0, bar + 1) + key.Substring(bar + 1, dot - bar - 1).ToLowerInvariant() + key.Substring(dot);
    }
}

/// <summary>
/// A name two notes both take: the later one (by path, then position) is not generated under it. When both give the
/// member the same value it is one fact written twice (<see cref="SameFact"/>): nothing is lost, and it is only noted.
/// Otherwise the later fact takes its alternate names when they are free everywhere (<see cref="RenamedTo"/>), else it is left out.
/// </summary>
internal sealed record NameConflict(string Key, LocationInfo Loser, LocationInfo Winner, string WinnerPath, bool SameFact = false)
{
    /// <summary>Set when the later fact keeps its place under its alternate names: the one this member takes.</summary>
    public string? RenamedTo { get; init; }
}
