namespace AwsFacts.Generator.Model;

// What the extract step finds in one note, before any C# naming: texts and positions only.

/// <summary>
/// A piece of a name as the note gives it: the text (a heading or label), the name the note pinned
/// explicitly if any, and whether it is a heading (heading text loses "Amazon", "AWS", "– Notes").
/// </summary>
internal readonly record struct NamePart(string Text, string? ExplicitName, bool IsHeading, LocationInfo Location);

/// <summary>A typed value: its C# type, its C# literal, and how the note wrote it.</summary>
internal readonly record struct FactValue(string CSharpType, string Literal, string Written, bool IsApproximate);

/// <summary>A class the note declares (a heading or a list label), with the text to document it.</summary>
internal readonly record struct RawClass(EquatableArray<NamePart> Path, string Title, LocationInfo Location);

/// <summary>One fact: where it goes, what it is called in the note, its unit suffix and value.</summary>
internal readonly record struct RawFact(
    EquatableArray<NamePart> ClassPath,
    NamePart Label,
    string UnitSuffix,
    FactValue Value,
    string Sentence,
    LocationInfo Location);

/// <summary>Everything one note yields, plus the problems found reading it.</summary>
internal readonly record struct RawNote(
    string RelativePath,
    string Namespace,
    EquatableArray<RawClass> Classes,
    EquatableArray<RawFact> Facts,
    EquatableArray<DiagnosticInfo> Diagnostics);
