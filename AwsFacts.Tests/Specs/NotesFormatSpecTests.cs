using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace AwsFacts.Tests.Specs;

/// <summary>
/// The examples of docs/notes-format.md run as tests, so the doc cannot drift from the code (in the way Markdig's
/// <c>Specs/*.md</c> are its tests). Every row of a table headed <c>| Note | Members |</c> is one test: its note
/// lines are generated under <c># X</c>, and every member its Members column names must exist with the value given.
/// The format is described in the doc itself, above the first such table ("Values").
/// </summary>
public class NotesFormatSpecTests
{
    private const string DocPath = "docs/notes-format.md";

    // "[const] [Type] Path [= value]": `const int X = 256`, `DataSize X`, `Range<TimeSpan> X`, `X = 30`, `X`.
    private static readonly Regex Member = new(
        @"^(?<const>const\s+)?(?:(?<type>[A-Za-z][A-Za-z0-9]*(?:<[A-Za-z0-9, ]+>)?)\s+)?(?<path>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?:\s*=\s*(?<value>.+))?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex DiagnosticId = new(@"^AWSF\d{3}$", RegexOptions.CultureInvariant);

    public static IEnumerable<object[]> Rows() => SpecRows.Read().Select(r => new object[] { r });

    [Fact]
    public void The_doc_has_spec_tables()
        => Assert.True(SpecRows.Read().Count >= 20, $"{DocPath} should hold the value grammar's examples as | Note | Members | tables.");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_example_row_of_the_notes_format_doc_holds(SpecRow row)
    {
        var result = GeneratorHarness.Run(("notes/x.md", row.NoteText));
        var failures = new List<string>();

        var warnings = result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id).Distinct().ToList();
        var expectedIds = row.Members.Where(m => DiagnosticId.IsMatch(m)).ToList();
        failures.AddRange(expectedIds.Where(id => result.GeneratorDiagnostics.All(d => d.Id != id)).Select(id => $"expected diagnostic {id}, not reported"));
        failures.AddRange(warnings.Where(id => !expectedIds.Contains(id)).Select(id => $"unexpected warning {id}"));

        var problems = result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0)
        {
            failures.Add("generated code does not compile cleanly: " + string.Join("; ", problems));
        }
        else if (row.Members.Count == 0)
        {
            // "nothing": the note's class X holds no member.
            var fields = Fields(result);
            if (fields.Count > 0)
            {
                failures.Add("expected no member, got " + string.Join(", ", fields));
            }
        }
        else
        {
            foreach (var member in row.Members.Where(m => !DiagnosticId.IsMatch(m)))
            {
                if (Check(result, member) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }

        Assert.True(failures.Count == 0, $"{DocPath}:{row.Line}: the row `{string.Join("` `", row.Lines)}` does not hold:\n  "
            + string.Join("\n  ", failures)
            + "\nDiagnostics: " + string.Join("; ", result.GeneratorDiagnostics.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)))
            + "\nGenerated members:\n" + Members(result.AllSource));
    }

    /// <summary>Null when the member the spec names exists with its type and value, else what is wrong.</summary>
    private static string? Check(GenerationResult result, string spec)
    {
        var match = Member.Match(spec);
        if (!match.Success)
        {
            return $"`{spec}` is not a member spec ([const] [Type] Path [= value])";
        }

        // A member of the note's class X, or of a class of its own that a row starts (Fargate.TasksCpuMinVcpu).
        var path = "X." + match.Groups["path"].Value;
        var field = Field(result, path);
        if (field is null && match.Groups["path"].Value.Contains('.') && Field(result, match.Groups["path"].Value) is { } top)
        {
            path = match.Groups["path"].Value;
            field = top;
        }

        if (field is null)
        {
            return $"`{spec}`: no member {path}";
        }

        if (match.Groups["const"].Success && !field.IsLiteral)
        {
            return $"`{spec}`: {path} is not a const";
        }

        if (match.Groups["type"].Success && TypeName(field.FieldType) != match.Groups["type"].Value)
        {
            return $"`{spec}`: {path} is a {TypeName(field.FieldType)}, not a {match.Groups["type"].Value}";
        }

        if (!match.Groups["value"].Success)
        {
            return null;
        }

        var actual = field.GetValue(null);
        var expected = match.Groups["value"].Value.Trim();
        return Same(actual, expected) ? null : $"`{spec}`: {path} is {Show(actual)}";
    }

    private static List<string> Fields(GenerationResult result)
    {
        var type = result.Output.Assembly.GetTypeByMetadataName(GeneratorHarness.Namespace + ".X");
        return type is null
            ? new List<string>()
            : type.GetMembers().OfType<IFieldSymbol>().Where(f => f.DeclaredAccessibility == Accessibility.Public).Select(f => f.Name).ToList();
    }

    private static FieldInfo? Field(GenerationResult result, string path)
    {
        if (!result.Has(path))
        {
            return null;
        }

        var dot = path.LastIndexOf('.');
        var type = result.TypeOf(path.Substring(0, dot));
        return type.GetField(path.Substring(dot + 1), BindingFlags.Public | BindingFlags.Static);
    }

    /// <summary>A value as the doc writes it: a number (<c>1,024</c> allowed), a quoted string, or <c>{ 1, 5 }</c>.</summary>
    private static bool Same(object? actual, string expected)
    {
        if (expected.StartsWith("{", StringComparison.Ordinal) && expected.EndsWith("}", StringComparison.Ordinal))
        {
            var items = expected.Substring(1, expected.Length - 2).Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
            return actual is IEnumerable list and not string
                   && list.Cast<object?>().Select(i => i).ToList() is var values
                   && values.Count == items.Count
                   && values.Zip(items, Same).All(same => same);
        }

        if (expected.Length >= 2 && expected[0] == '"' && expected[expected.Length - 1] == '"')
        {
            return actual is string s && s == expected.Substring(1, expected.Length - 2);
        }

        if (decimal.TryParse(expected.Replace(",", string.Empty), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return actual is int or long or double or decimal && Convert.ToDecimal(actual, CultureInfo.InvariantCulture) == number;
        }

        return false;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IEnumerable list => "{ " + string.Join(", ", list.Cast<object?>().Select(Show)) + " }",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string TypeName(Type type)
    {
        var name = type.Name switch
        {
            "Int32" => "int",
            "Int64" => "long",
            "Double" => "double",
            "String" => "string",
            _ => type.Name,
        };
        if (!type.IsGenericType)
        {
            return name;
        }

        return name.Substring(0, name.IndexOf('`')) + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
    }

    /// <summary>The generated member declarations, one a line, for the failure message.</summary>
    private static string Members(string source)
        => string.Join("\n", source.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("public ", StringComparison.Ordinal) && !l.StartsWith("public static bool", StringComparison.Ordinal))
            .Select(l => "  " + l));
}

/// <summary>
/// One row of a <c>| Note | Members |</c> table of docs/notes-format.md: its line in the doc, the note's lines (the
/// code spans of the Note column) and the member specs (the code spans of the Members column).
/// </summary>
public sealed class SpecRow : IXunitSerializable
{
    public SpecRow()
    {
    }

    public SpecRow(int line, IReadOnlyList<string> lines, IReadOnlyList<string> members)
    {
        Line = line;
        Lines = lines;
        Members = members;
    }

    public int Line { get; private set; }

    public IReadOnlyList<string> Lines { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<string> Members { get; private set; } = Array.Empty<string>();

    /// <summary>
    /// The note the row stands for: its lines under <c># X</c>, each a list item unless it is one already, a heading,
    /// an indented sub-item, a table row, a block quote (prose), HTML or a bold-labelled paragraph.
    /// </summary>
    public string NoteText
    {
        get
        {
            var text = new StringBuilder("# X\n\n");
            foreach (var line in Lines)
            {
                var verbatim = line.StartsWith("-", StringComparison.Ordinal) || line.StartsWith("#", StringComparison.Ordinal)
                    || line.StartsWith(" ", StringComparison.Ordinal) || line.StartsWith("|", StringComparison.Ordinal)
                    || line.StartsWith("**", StringComparison.Ordinal) || line.StartsWith("<!--", StringComparison.Ordinal)
                    || line.StartsWith(">", StringComparison.Ordinal) || line.StartsWith("<", StringComparison.Ordinal);
                text.Append(verbatim ? line : "- " + line).Append('\n');
                if (line.StartsWith("#", StringComparison.Ordinal))
                {
                    text.Append('\n');
                }
            }

            return text.ToString();
        }
    }

    public void Deserialize(IXunitSerializationInfo info)
    {
        Line = info.GetValue<int>(nameof(Line));
        Lines = info.GetValue<string[]>(nameof(Lines));
        Members = info.GetValue<string[]>(nameof(Members));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Line), Line);
        info.AddValue(nameof(Lines), Lines.ToArray());
        info.AddValue(nameof(Members), Members.ToArray());
    }

    public override string ToString() => $"line {Line}: {string.Join(" / ", Lines)}";
}

/// <summary>Reads the <c>| Note | Members |</c> tables of docs/notes-format.md.</summary>
internal static class SpecRows
{
    // A code span of one or more backticks: ``Name must end with `.fifo` `` holds a backtick.
    private static readonly Regex CodeSpan = new(@"(?<!`)(?<ticks>`+)(?!`)(?<code>.+?)(?<!`)\k<ticks>(?!`)", RegexOptions.CultureInvariant);

    public static List<SpecRow> Read()
    {
        var lines = File.ReadAllLines(Path.Combine(Paths.RepoRoot, "docs", "notes-format.md"));
        var rows = new List<SpecRow>();
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith("|", StringComparison.Ordinal))
            {
                inTable = false;
                continue;
            }

            var cells = Cells(line);
            if (!inTable)
            {
                inTable = cells.Count == 2 && cells[0] == "Note" && cells[1] == "Members";
                continue;
            }

            if (cells.All(c => c.Trim('-', ':').Length == 0))
            {
                continue; // the delimiter row
            }

            rows.Add(new SpecRow(i + 1, Spans(cells[0]), Spans(cells.Count > 1 ? cells[1] : string.Empty)));
        }

        return rows;
    }

    /// <summary>The cells of a pipe-table row; a pipe inside a code span does not split (write it <c>\|</c>).</summary>
    private static List<string> Cells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < row.Length; i++)
        {
            if (row[i] == '\\' && i + 1 < row.Length && row[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (row[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(row[i]);
            }
        }

        return cells;
    }

    private static List<string> Spans(string cell)
        => CodeSpan.Matches(cell).Cast<Match>().Select(m => Unpad(m.Groups["code"].Value)).ToList();

    /// <summary>As in CommonMark, one space at both ends of a code span is padding.</summary>
    private static string Unpad(string code)
        => code.Length > 2 && code[0] == ' ' && code[code.Length - 1] == ' ' ? code.Substring(1, code.Length - 2) : code;
}
