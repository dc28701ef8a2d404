namespace AwsFacts.Generator;

/// <summary>Names of the pipeline steps, so tests can check each step's caching.</summary>
public static class TrackingNames
{
    /// <summary>The MSBuild options the generator reads.</summary>
    public const string Options = nameof(Options);

    /// <summary>The AdditionalFiles that are notes.</summary>
    public const string NoteFiles = nameof(NoteFiles);

    /// <summary>Each note parsed and its facts extracted (one value per note).</summary>
    public const string Extract = nameof(Extract);

    /// <summary>Each note's facts with their C# names (one value per note).</summary>
    public const string Name = nameof(Name);

    /// <summary>Class names that differ only by case across notes, with the spelling each takes.</summary>
    public const string ClassCasing = nameof(ClassCasing);

    /// <summary>What every note's emit shares: support types, options, cross-note conflicts and class spellings.</summary>
    public const string EmitContext = nameof(EmitContext);

    /// <summary>The names each note takes, for the check across notes.</summary>
    public const string Claims = nameof(Claims);

    /// <summary>Names two notes both take: the later one is left out and reported.</summary>
    public const string Conflicts = nameof(Conflicts);

    /// <summary>Whether the compilation has the AwsFacts support types (DataSize, Range, Fact).</summary>
    public const string Support = nameof(Support);

    /// <summary>The list of every note's catalog part, for the shared catalog file.</summary>
    public const string Catalog = nameof(Catalog);
}
