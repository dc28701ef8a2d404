using Microsoft.CodeAnalysis;

namespace AwsFacts.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Ids are stable; docs/diagnostics.md explains each.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "AwsFacts";
    // No help link: a path inside a repository or package cannot be opened from an IDE. Each message says what is
    // wrong and what to write instead; the full texts ship in the package as docs/diagnostics.md.

    public static readonly DiagnosticDescriptor NoteFailed = Create(
        "AWSF000",
        "A note could not be read",
        "The note could not be turned into facts: {0}. Nothing was generated from this note.");

    public static readonly DiagnosticDescriptor DuplicateName = Create(
        "AWSF001",
        "Two facts get the same C# name",
        "'{0}' is already defined in '{1}' ({2}); this fact was not generated. Rename the label or pin a name with <!-- name: NewName -->.");

    public static readonly DiagnosticDescriptor UnrecognisedUnit = Create(
        "AWSF002",
        "A value has a unit the generator does not know",
        "'{0}' looks like a value but its unit '{1}' is not recognised; no fact was generated. Fix the unit or write the value as prose.");

    public static readonly DiagnosticDescriptor NoIdentifier = Create(
        "AWSF003",
        "Text yields no C# identifier",
        "'{0}' contains no letters or digits to build a C# name from; pin a name with {{#Name}} or <!-- name: Name -->.");

    public static readonly DiagnosticDescriptor UnclosedCodeFence = Create(
        "AWSF004",
        "Unclosed code fence",
        "This code fence is never closed, so everything after it (headings and facts included) is read as code. Close it with {0}.");

    public static readonly DiagnosticDescriptor MalformedName = Create(
        "AWSF005",
        "Malformed name annotation",
        "'{0}' is not a valid C# identifier; the name was derived from the text instead. Use letters, digits and '_', not starting with a digit.");

    public static readonly DiagnosticDescriptor NumberOutOfRange = Create(
        "AWSF006",
        "A number is too large",
        "'{0}' does not fit in a 64-bit integer; no fact was generated. Write the figure in a larger unit (5 PB, not 5,000,000,000,000,000,000 bytes) or as prose.");

    public static readonly DiagnosticDescriptor MixedUnits = Create(
        "AWSF007",
        "A range mixes kinds of unit",
        "'{0}' has ends (or a default) measured in different kinds of unit; no fact was generated. Give both ends units of one kind (sizes, or durations).");

    public static readonly DiagnosticDescriptor BadRange = Create(
        "AWSF008",
        "A range is empty or its default lies outside",
        "'{0}': the minimum is above the maximum, or the default lies outside the range; no fact was generated. Put the smaller end first and a default between the ends (1 min – 14 days (default 4 days)).");

    public static readonly DiagnosticDescriptor BadList = Create(
        "AWSF009",
        "A list marked as alternatives is not a list of names",
        "'{0}': a list marked <!-- enum --> must be two or more names (code spans or up to four words each); it was not generated as an enum. Write the names comma-separated (`OK`, `ALARM`) or one per item, or remove the mark.");

    public static readonly DiagnosticDescriptor NameEqualsClass = Create(
        "AWSF010",
        "A member would have its class's name",
        "'{0}' would be named like the class that holds it, which C# forbids (CS0542); it was not generated. Pin another name with <!-- name: … -->.");

    public static readonly DiagnosticDescriptor LeadingDigit = Create(
        "AWSF011",
        "A name starts with a digit",
        "'{0}' starts with a digit, which C# names cannot; it is named '{1}'. Pin a name with {{#Name}} or <!-- name: Name --> to choose another.",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor RangeEndWithoutUnit = Create(
        "AWSF012",
        "A range's upper end has no unit",
        "'{0}': the lower end has a unit but the upper end has none, so the range is ambiguous; no fact was generated. Write the unit on both ends, or only after the upper one (1–20s).");

    public static readonly DiagnosticDescriptor HeadingInList = Create(
        "AWSF013",
        "A heading inside a list item",
        "'{0}' is a heading inside a list item, so it does not start a section and the facts after it stay in the section before. Move it out of the list (remove the '- ' before '#').");

    public static readonly DiagnosticDescriptor EmptyNote = Create(
        "AWSF014",
        "A note yields no facts",
        "The note yields no facts: no line has a value, literal, list of names or table the generator reads. Write facts as list items with a label and a value ('- Max message size: 256 KB'); docs/notes-format.md in the AwsFacts.Generator package has the grammar.",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor Unparsable = Create(
        "AWSF015",
        "A note cannot be read as Markdown",
        "The Markdown parser refused the note ({0}); nothing was generated from it. Flatten the nesting or fix the structure it names.");

    public static readonly DiagnosticDescriptor MalformedAnnotation = Create(
        "AWSF016",
        "Malformed kind or binding annotation",
        "'<!-- {0} -->' is not understood and was left out: {1}.");

    public static readonly DiagnosticDescriptor Unmatched = Create(
        "AWSF017",
        "A line with a value yields no fact",
        "'{0}' holds a value but yields no fact. If it is one, write it as a list item with a label ('- Max size: 5 GB'); if it is prose, ignore this (set AwsFactsReportUnmatched=false or leave it unset to keep it an info).",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnreadableNote = Create(
        "AWSF018",
        "A note is empty, binary or not UTF-8 text",
        "The note {0}; nothing was generated from it. Save notes as UTF-8 Markdown text.");

    public static readonly DiagnosticDescriptor NotAnAnnotation = Create(
        "AWSF019",
        "Malformed annotation",
        "'{0}' looks like an annotation but is not one, so it was ignored. Write '<!-- {1}: … -->', with a colon after '{1}'.");

    public static readonly DiagnosticDescriptor SameFactElsewhere = Create(
        "AWSF020",
        "Another note already states the same fact",
        "'{0}' in '{1}' has the same value in {2}; it is generated once, from there",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor RenamedAcrossNotes = Create(
        "AWSF021",
        "Another note gives the same name a different value",
        "'{0}' in '{1}' has another value in {2}; this fact is generated as '{3}'. Check which value is right, or pin a name with <!-- name: NewName -->.");

    public static DiagnosticDescriptor? Find(string id) => id switch
    {
        "AWSF000" => NoteFailed,
        "AWSF001" => DuplicateName,
        "AWSF002" => UnrecognisedUnit,
        "AWSF003" => NoIdentifier,
        "AWSF004" => UnclosedCodeFence,
        "AWSF005" => MalformedName,
        "AWSF006" => NumberOutOfRange,
        "AWSF007" => MixedUnits,
        "AWSF008" => BadRange,
        "AWSF009" => BadList,
        "AWSF010" => NameEqualsClass,
        "AWSF011" => LeadingDigit,
        "AWSF012" => RangeEndWithoutUnit,
        "AWSF013" => HeadingInList,
        "AWSF014" => EmptyNote,
        "AWSF015" => Unparsable,
        "AWSF016" => MalformedAnnotation,
        "AWSF017" => Unmatched,
        "AWSF018" => UnreadableNote,
        "AWSF019" => NotAnAnnotation,
        "AWSF020" => SameFactElsewhere,
        "AWSF021" => RenamedAcrossNotes,
        _ => null,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
        => new(id, title, message, Category, severity, isEnabledByDefault: true,
            helpLinkUri: string.Empty);
}
