using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A table of limits read as sentences: each row's first cell labels the values in its other cells, as
/// <c>- Label: value</c> would. A column headed by a bound (<c>Max</c>, <c>Default</c>) bounds its values; a unit
/// in a header (<c>Timeout (seconds)</c>) is the unit of its bare numbers; any other header qualifies its values
/// when the table has several value columns (<c>| Throughput | 300 msg/s |</c> under <c>FIFO</c>). Each cell goes
/// through the value forms (<see cref="ValueGrammar.ValueForms"/>) as the value of its row's label.
/// </summary>
/// <example>
/// <code>
/// | Resource              | Default | Maximum |
/// |-----------------------|---------|---------|
/// | Concurrent executions | 1,000   | 10,000  |   → ConcurrentExecutionsDefault = 1000, ConcurrentExecutionsMax = 10000
/// </code>
/// </example>
internal static class TableForm
{
    // Headers that say nothing about a value but that it is one: "| Service | Limit |".
    private static readonly HashSet<string> PlainHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "value", "values", "limit", "limits", "quota", "quotas", "amount", "number", "setting", "size", "default quota",
        "default quotas", "default limit", "default limits", "aws default quota", "hard limit", "soft limit", "figure", "details",
        "notes", "note", "",
    };

    private static readonly Regex HeaderUnit = new(@"\((?<unit>[^()]+)\)\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex BareNumber = new(@"^~?(?:" + Numbers.Pattern + @")[KM]?\+?$", RegexOptions.CultureInvariant);

    /// <summary>The facts of a table's rows; <paramref name="rowLocations"/> places each row.</summary>
    public static List<RawFact> Read(
        FactContext context, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<LocationInfo> rowLocations,
        List<(ValueProblem Problem, LocationInfo Location)> problems)
    {
        var facts = new List<RawFact>();
        var labelColumns = LabelColumns(headers, rows);
        var valueColumns = Enumerable.Range(1 + labelColumns, Math.Max(0, headers.Count - 1 - labelColumns)).ToList();
        // "| | Category | Quota | |": a column with no header after the values holds remarks on them.
        valueColumns.RemoveAll(c => c > valueColumns[0] && headers[c].Trim().Length == 0 && labelColumns > 0);
        var above = string.Empty;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r];
            // "| Messages | count | … |" then "| | in flight | … |": an empty first cell goes on with the row above's.
            var rowLabel = cells.Count > 0 && cells[0].Any(char.IsLetter) ? cells[0] : labelColumns > 0 ? above : string.Empty;
            above = rowLabel;
            rowLabel = string.Join(" ", new[] { rowLabel }.Concat(cells.Skip(1).Take(labelColumns)).Where(c => c.Trim().Length > 0));
            if (cells.Count < 2 || !rowLabel.Any(char.IsLetter))
            {
                continue;
            }

            foreach (var column in valueColumns.Where(c => c < cells.Count && cells[c].Any(char.IsDigit)))
            {
                var (label, value) = Sentence(rowLabel, headers[column], cells[column], valueColumns.Count > 1);
                var sentence = rowLabel + (PlainHeaders.Contains(headers[column].Trim()) ? string.Empty : " (" + headers[column].Trim() + ")") + ": " + cells[column];
                var found = new List<ValueProblem>();
                var labelPart = new NamePart(label, null, IsHeading: false, rowLocations[r]);
                foreach (var fact in FactBuilder.Build(context, labelPart, Array.Empty<string>(), value, sentence, rowLocations[r], found))
                {
                    // Written as the cell is: the header's bound or unit is the table's way of saying it.
                    facts.Add(fact with { Written = cells[column].Trim(), Traits = TraitReader.For(FactTraits.None, fact.Shape, fact.Base.Text) });
                }

                problems.AddRange(found.Select(p => (p, rowLocations[r])));
            }
        }

        return facts;
    }

    /// <summary>
    /// How many columns after the first say what a row's value is rather than hold it (<c>| Per table | On demand | 40k RCU |</c>
    /// under <c>| | Category | Quota |</c>): leading columns no cell of which holds a digit, with a value column after them.
    /// </summary>
    private static int LabelColumns(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        // Only a table that spans its first column over rows (empty cells under a label) or leaves it unheaded: a column of
        // descriptions ("| gp3 | SSD | general purpose | 16,000 |") names no row.
        if (headers.Count < 3 || !(headers[0].Trim().Length == 0 || rows.Any(r => r.Count > 1 && r[0].Trim().Length == 0 && r.Skip(1).Any(c => c.Trim().Length > 0))))
        {
            return 0;
        }

        var count = 0;
        for (var c = 1; c < headers.Count - 1; c++)
        {
            var column = c;
            var cells = rows.Select(r => column < r.Count ? r[column] : string.Empty).ToList();
            if (cells.Any(Numbers.HasDigit) || !cells.Any(cell => cell.Any(char.IsLetter)) || cells.Any(cell => cell.Split(' ').Length > 8)
                || PlainHeaders.Contains(headers[c].Trim()) && headers[c].Trim().Length > 0)
            {
                break;
            }

            count++;
        }

        return count < headers.Count - 1 && count > 0 && rows.Any(r => 1 + count < r.Count && Numbers.HasDigit(r[1 + count])) ? count : 0;
    }

    /// <summary>The label and value text one cell gives, its column's header applied.</summary>
    private static (string Label, string Value) Sentence(string rowLabel, string header, string cell, bool severalColumns)
    {
        var heading = header.Trim();
        var value = cell.Trim();
        if (UnitIn(heading, value) is { } headerUnit)
        {
            // "Timeout (seconds)" over "900": the header's unit is the cell's.
            (heading, value) = (headerUnit.Text, value + " " + headerUnit.Unit);
        }
        else if (UnitIn(rowLabel, value) is { } rowUnit)
        {
            // "| Function timeout (seconds) | 900 |": so is the row label's.
            (rowLabel, value) = (rowUnit.Text, value + " " + rowUnit.Unit);
        }

        var (bound, measured) = BoundOf(heading);
        if (bound.Length > 0)
        {
            // "Max payload" over "6 MB" in the Lambda row: Lambda's payload, at most 6 MB.
            return (measured.Length > 0 ? rowLabel + " " + measured : rowLabel, bound + " " + value);
        }

        return severalColumns && !PlainHeaders.Contains(heading) ? (rowLabel + " " + heading, value) : (rowLabel, value);
    }

    /// <summary>A known unit in parentheses at the end of a header or label, for a bare number: the text without it, and the unit.</summary>
    private static (string Text, string Unit)? UnitIn(string text, string value)
    {
        var match = HeaderUnit.Match(text);
        var unit = match.Groups["unit"].Value.Trim();
        return match.Success && BareNumber.IsMatch(value) && UnitTable.IsUnit(unit)
            ? (text.Substring(0, match.Index).Trim(), unit)
            : null;
    }

    /// <summary>
    /// The bound word a header stands for and what it bounds: "Maximum" → ("max", ""), "Max payload" → ("max",
    /// "payload"), "Default value" → ("default", ""); ("", "") for a header that bounds nothing.
    /// </summary>
    private static (string Bound, string Measured) BoundOf(string header)
    {
        // "Default quota": the quota an account has until it asks for more, not a default it may change per resource.
        if (PlainHeaders.Contains(header))
        {
            return (string.Empty, string.Empty);
        }

        var words = header.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var bound = words.FirstOrDefault()?.ToLowerInvariant() switch
        {
            "max" or "maximum" or "upper" => "max",
            "min" or "minimum" or "lower" => "min",
            "default" => "default",
            _ => string.Empty,
        };
        var measured = string.Join(" ", words.Skip(1));
        return (bound, bound.Length == 0 || PlainHeaders.Contains(measured) ? string.Empty : measured);
    }
}
