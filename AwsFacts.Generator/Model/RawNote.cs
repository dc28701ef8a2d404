namespace AwsFacts.Generator.Model;

// What the extract step finds in one note, before any C# naming: texts, numbers and positions only.

/// <summary>
/// A piece of a name as the note gives it: the text (a heading or label), the name the note pinned
/// explicitly if any, and whether it is a heading (heading text loses "Amazon", "AWS", "– Notes").
/// </summary>
internal sealed record NamePart(string Text, string? ExplicitName, bool IsHeading, LocationInfo Location);

/// <summary>What a unit measures; it decides the typed member (DataSize, TimeSpan) a value gets.</summary>
internal enum UnitKind
{
    None,
    Count,
    Size,
    Duration,
    Percent,
    Rate,

    /// <summary>Bits per second (<c>Kbps</c>, <c>Mbps</c>, <c>Gbps</c>): comparable with each other, with no typed value.</summary>
    Bandwidth,

    /// <summary>A unit times a unit (<c>GB-seconds</c>): a billing measure, with no typed value.</summary>
    Compound,
}

/// <summary>A unit as written, what it measures, the name suffix it gives, and its factor to the base unit (bytes, seconds).</summary>
internal sealed record UnitInfo(string Written, UnitKind Kind, string Suffix, decimal ToBase)
{
    public static readonly UnitInfo None = new(string.Empty, UnitKind.None, string.Empty, 1m);
}

/// <summary>One number with its unit: <c>256 KB</c>, <c>~12M+ subscribers/topic</c>.</summary>
internal sealed record Quantity(decimal Number, string Written, UnitInfo Unit, bool Approximate)
{
    /// <summary>The value in the base unit (bytes, seconds); decimal.MaxValue when it is beyond any figure.</summary>
    public decimal InBase
    {
        get
        {
            try
            {
                return Number * Unit.ToBase;
            }
            catch (System.OverflowException)
            {
                return decimal.MaxValue; // too large for any typed value: the namer then reports it (AWSF006)
            }
        }
    }
}

/// <summary>The shape of a fact: one value, a bound, a default, a range, a set of values, or a literal.</summary>
internal enum FactShape
{
    Value,
    Max,
    Min,
    Default,
    Range,
    Set,
    Text,
}

/// <summary>
/// One fact. Its member names are built as Prefix + Base + (Min/Max/Default) + Noun + unit suffix:
/// <c>Batch</c> + <c>Throughput</c> + <c>PerSecond</c>, or <c>Max</c> + <c>ReadReplicas</c>.
/// </summary>
internal sealed record RawFact(
    EquatableArray<NamePart> ClassPath,
    NamePart Base,
    string Prefix,
    string Noun,
    FactShape Shape,
    EquatableArray<Quantity> Values,
    Quantity? Low,
    Quantity? High,
    Quantity? Default,
    bool LowExclusive,
    bool HighExclusive,
    string Text,
    string Written,
    string Sentence,
    LocationInfo Location)
{
    /// <summary>The citation of the sentence's footnote: where the fact is published, and as of when.</summary>
    public Citation Citation { get; init; } = Citation.None;

    /// <summary>Former member names (<c>&lt;!-- was: OldName --&gt;</c>), kept as obsolete aliases.</summary>
    public EquatableArray<string> Was { get; init; } = EquatableArray<string>.Empty;

    /// <summary>What kind of figure the fact is, and the AWS settings it constrains.</summary>
    public FactTraits Traits { get; init; } = FactTraits.None;

    /// <summary>
    /// Words from the fact's context that set it apart, best first (the words after its value, the title of
    /// its section): when its name is taken, the namer prefixes the first that makes it free instead of dropping it.
    /// </summary>
    public EquatableArray<string> Distinctions { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>A fact's published source, from a footnote: <c>[^sqs-api]: SQS API reference. As of 2026-11.</c></summary>
internal sealed record Citation(string Reference, string AsOf)
{
    /// <summary>No source given.</summary>
    public static readonly Citation None = new(string.Empty, string.Empty);

    public bool IsEmpty => string.IsNullOrEmpty(Reference);
}

/// <summary>A class the note declares (a heading, pseudo-heading or list label), with the text to document it.</summary>
internal sealed record RawClass(EquatableArray<NamePart> Path, string Title, LocationInfo Location);

/// <summary>One alternative of a name list: its AWS spelling, its description, whether it is the default.</summary>
internal sealed record RawEnumItem(string AwsName, string Description, bool IsDefault, LocationInfo Location);

/// <summary>A list of alternatives (<c>Alarm states: OK, INSUFFICIENT_DATA, ALARM</c>): an enum and its AWS spellings.</summary>
internal sealed record RawEnum(
    EquatableArray<NamePart> ClassPath,
    NamePart Name,
    EquatableArray<RawEnumItem> Items,
    string Sentence,
    LocationInfo Location)
{
    /// <summary>Where the list is published, when the note cites it.</summary>
    public Citation Citation { get; init; } = Citation.None;

    /// <summary>The AWS settings whose allowed values the list is (a list's kind is always a value).</summary>
    public FactTraits Traits { get; init; } = FactTraits.None;
}

/// <summary>A Markdown table: its header cells and rows of cell texts.</summary>
internal sealed record RawTable(
    EquatableArray<NamePart> ClassPath,
    NamePart Name,
    EquatableArray<string> Columns,
    EquatableArray<EquatableArray<string>> Rows,
    EquatableArray<LocationInfo> RowLocations,
    string Title,
    LocationInfo Location);

/// <summary>Everything one note yields, plus the problems found reading it.</summary>
internal sealed record RawNote(
    string RelativePath,
    string Namespace,
    EquatableArray<RawClass> Classes,
    EquatableArray<RawFact> Facts,
    EquatableArray<RawEnum> Enums,
    EquatableArray<RawTable> Tables,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Whether the generated top-level types are public (else internal: AwsFactsVisibility).</summary>
    public bool IsPublic { get; init; } = true;
}
