namespace AwsFacts.Generator.Model;

// What the name step hands to the emitter: valid C# identifiers, ready to print.

/// <summary>A class to emit, by its path of identifiers (<c>Ec2</c>, <c>Ports</c>).</summary>
internal readonly record struct NamedClass(EquatableArray<string> Path, string Title, int Line);

/// <summary>A constant to emit.</summary>
internal readonly record struct NamedMember(
    EquatableArray<string> ClassPath,
    string Name,
    FactValue Value,
    string Sentence,
    int Line);

/// <summary>One note, named: the input of the emit step.</summary>
internal readonly record struct NamedNote(
    string RelativePath,
    string HintName,
    string Namespace,
    EquatableArray<NamedClass> Classes,
    EquatableArray<NamedMember> Members,
    EquatableArray<DiagnosticInfo> Diagnostics);
