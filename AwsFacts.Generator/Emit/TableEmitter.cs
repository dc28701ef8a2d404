using System;
using System.Collections.Generic;
using System.Linq;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Emit;

/// <summary>
/// Writes a table as a row class (one read-only property per column, one static member per named row) and
/// a read-only list of its rows. A class, not a record: the consumer may compile with C# 7.3.
/// </summary>
internal static class TableEmitter
{
    public static void Write(CodeWriter writer, NamedTable table, string path, string ns)
    {
        // Fully qualified where a member could shadow the row type.
        var type = $"global::{ns}.{string.Join(".", table.ClassPath)}.{table.RowType}";
        var source = $"Source: {path}, line {table.Line}.";
        SourceEmitter.Doc(writer, $"A row of the table {ClassSummary.Clean(table.Title)}.", source);
        writer.Line(SourceEmitter.GeneratedCode);
        writer.Line($"public sealed partial class {table.RowType}");
        writer.Open();

        var names = ParameterNames(table);
        var parameters = string.Join(", ", names.Select(p => "string " + p));
        // Internal: the list builds rows the first column does not name; users get rows, not a way to make them.
        writer.Line($"internal {table.RowType}({parameters})");
        writer.Open();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            writer.Line($"{table.Columns[i].Property} = {names[i]};");
        }

        writer.Close();

        foreach (var column in table.Columns)
        {
            writer.Line();
            SourceEmitter.Doc(writer, $"The table's {ClassSummary.Clean(column.Header)} column.", source);
            writer.Line($"public string {column.Property} {{ get; }}");
        }

        foreach (var row in table.Rows.Where(r => r.Name.Length > 0))
        {
            writer.Line();
            SourceEmitter.Doc(writer, RowText(table, row), $"Source: {path}, line {row.Line}.");
            writer.Line($"public static readonly {type} {row.Name} = {New(type, row)};");
        }

        writer.Line();
        SourceEmitter.Doc(writer, $"The first column: {table.Columns[0].Header}.", source);
        writer.Line($"public override string ToString() {{ return {table.Columns[0].Property}; }}");
        writer.Close();
        writer.Line();

        SourceEmitter.Doc(writer, $"Every row of the table {ClassSummary.Clean(table.Title)}, in order.", source);
        writer.Line(SourceEmitter.GeneratedCode);
        var rows = string.Join(", ", table.Rows.Select(r => r.Name.Length > 0 ? $"{type}.{r.Name}" : New(type, r)));
        writer.Line($"public static readonly global::System.Collections.Generic.IReadOnlyList<{type}> {table.ListName} = "
                    + $"global::System.Array.AsReadOnly(new {type}[] {{ {rows} }});");
    }

    /// <summary>"Mode: All at once; Deploy time: Fastest." — a row as text, each cell with its column's header.</summary>
    private static string RowText(NamedTable table, NamedRow row)
        => string.Join("; ", row.Cells.Select((cell, i) => (i < table.Columns.Count ? table.Columns[i].Header + ": " : string.Empty) + cell.TrimEnd('.'))) + ".";

    private static string New(string type, NamedRow row)
        => $"new {type}({string.Join(", ", row.Cells.Select(ValueLiterals.String))})";

    /// <summary>
    /// A camelCase parameter per column (<c>@mode</c>), or <c>columnN</c> where camelCase would not differ from a
    /// property (<c>_100Mbps</c>, <c>日本</c>: CS1717, and a null property) or from another parameter.
    /// </summary>
    private static string[] ParameterNames(NamedTable table)
    {
        var properties = new HashSet<string>(table.Columns.Select(c => c.Property.TrimStart('@')), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var names = new string[table.Columns.Count];
        for (var i = 0; i < names.Length; i++)
        {
            var property = table.Columns[i].Property.TrimStart('@');
            var name = char.ToLowerInvariant(property[0]) + property.Substring(1);
            for (var n = i + 1; properties.Contains(name) || used.Contains(name); n++)
            {
                name = "column" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            used.Add(name);
            names[i] = "@" + name;
        }

        return names;
    }
}
