using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Extract.Grammar;
using AwsFacts.Generator.Extract.Grammar.Forms;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Parse;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator.Extract;

// Tables of limits, in Markdown or HTML: rows as facts, filed by a service column, row or header.
internal sealed partial class FactExtractor
{
    /// <summary>A table → a row type and a list of rows, named by a pin before it or by the title above it.</summary>
    private void ReadTable(Table table, FactContext context, Annotation annotation)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        if (header is null || rows.Count < 2)
        {
            return;
        }

        var columns = header.OfType<TableCell>().Select(CellText).ToEquatableArray();
        // "| ------- | ------ |" again between groups of rows: a rule the writer drew, no row of the table.
        var body = rows.Where(r => !r.IsHeader && !IsRule(r)).ToList();
        var location = LocationOf(table);
        // A table right under the class's own heading is named by what its rows are ("| Resource |" → Resources):
        // the heading's title is the class's name, which no member may take.
        var title = context.GroupIsClass && annotation.Name is null && columns.Count > 0 && columns[0].Any(char.IsLetter)
            ? Name.Inflector.Plural(columns[0].Trim())
            : context.GroupTitle;
        var name = new NamePart(title, annotation.Name, IsHeading: true, location);
        _tables.Add(new RawTable(
            context.ClassPath.ToEquatableArray(),
            name,
            columns,
            body.Select(r => r.OfType<TableCell>().Select(CellText).ToEquatableArray()).ToEquatableArray(),
            body.Select(r => LocationOf(r)).ToEquatableArray(),
            context.GroupTitle,
            location));

        // A table of limits is also read as sentences: "| Concurrent executions | 1,000 |" as "- Concurrent executions: 1,000".
        var problems = new List<(ValueProblem Problem, LocationInfo Location)>();
        var cells = body.Select(r => (IReadOnlyList<string>)r.OfType<TableCell>().Select(CellText).ToList()).ToList();
        if (PageSections.IsMetadata(cells) || PageSections.IsOwnTable(columns.AsArray()))
        {
            return; // "| Date | 2024-04-12 |", "| Severity | SEV-2 |", "| Alarm | Threshold |": the page's or team's own, no limits
        }

        if (cells.Count(r => r.Count > 0 && IsAmount(r[0])) * 2 > cells.Count)
        {
            return; // "| 10 TB | 12 days | 30 hours |": rows keyed by an amount look up an estimate (transfer times, tiers), no limits
        }

        // "| Stages per API | 10 | We use 3 stages per API |": a remark about the team's own use states no limit.
        cells = cells.Select(r => (IReadOnlyList<string>)r.Select((c, i) => i > 0 && ProseSentences.IsFirstPerson(c) ? string.Empty : c).ToList()).ToList();

        // "| Quota | Default | Our account |": what the team asked for is its own setting, not AWS's figure.
        var own = Enumerable.Range(0, columns.Count).Where(i => PageSections.IsOwnColumn(columns[i])).ToList();
        (columns, cells) = WithoutColumns(columns, cells, own);

        // "| … | Value | Adjustable? |" with Yes/No under it: a remark on each limit, not a value of its own.
        var remarks = Enumerable.Range(1, Math.Max(0, columns.Count - 1)).Where(i => cells.All(r => i >= r.Count || IsYesNo(r[i]))).ToList();
        (columns, cells) = WithoutColumns(columns, cells, remarks);

        (columns, cells) = WithPairedColumnsSplit(columns, cells);

        var at = body.Select(r => LocationOf(r)).ToList();
        if (!ReadServiceRows(context, columns.AsArray(), cells, at, problems) && !ReadServiceColumns(context, columns.AsArray(), cells, at, problems))
        {
            _facts.AddRange(TableForm.Read(context, columns.AsArray(), cells, at, problems));
        }

        ReportTableProblems(problems);
    }

    /// <summary>
    /// A summary table whose first column is the service (<c>| Service | Limit | Value |</c>), in a note titled by a
    /// topic: each row is read without that column, in its service's class, as a sentence under the service's heading
    /// would be. False when the table is no such table.
    /// </summary>
    private bool ReadServiceRows(FactContext context, string[] columns, List<IReadOnlyList<string>> rows, List<LocationInfo> locations, List<(ValueProblem, LocationInfo)> problems)
    {
        if (columns.Length < 2 || !ServiceColumn.IsMatch(columns[0].Trim()))
        {
            return ReadRowsNamingAService(context, columns, rows, locations, problems);
        }

        var services = rows.Select((r, i) => r.Count > 0 ? SentenceServiceContext(r[0] + ":", context, locations[i])?.Context : null).ToList();
        if (services.All(s => s is null))
        {
            return false;
        }

        // "| Service | Limit | Value |": the next column names each row's limit, the service column is only its class.
        // "| Service | Max payload | Default timeout |": the columns name the limits, the service's name stays the row's.
        // A cell emptied as the team's own ("| DynamoDB | Tables we own | 23 |") says nothing about the column.
        var limitColumn = rows.All(r => r.Count > 1 && (r[1].Length == 0 || (r[1].Any(char.IsLetter) && !Numbers.StartsWithDigit(r[1]))))
                          && rows.Any(r => r[1].Length > 0);
        var skip = limitColumn ? 1 : 0;
        ReadRowsByClass(context, services, columns.Skip(skip).ToArray(), i => rows[i].Skip(skip).ToList(), locations, problems);
        return true;
    }

    /// <summary>
    /// "| Max IOPS / Throughput |" over "| 16,000 / 1,000 MiB/s |": a column that holds two measures, each cell both values,
    /// is two columns ("Max IOPS", "Max Throughput"); a bound word before the first measure bounds both.
    /// </summary>
    private static (EquatableArray<string> Columns, List<IReadOnlyList<string>> Cells) WithPairedColumnsSplit(
        EquatableArray<string> columns, List<IReadOnlyList<string>> cells)
    {
        for (var i = 1; i < columns.Count; i++)
        {
            var names = columns[i].Split(new[] { " / " }, StringSplitOptions.None);
            var column = i;
            if (names.Length != 2 || cells.Count == 0
                || !cells.All(r => column < r.Count && r[column].Split(new[] { " / " }, StringSplitOptions.None) is { Length: 2 } parts && parts.All(Grammar.Numbers.HasDigit)))
            {
                continue;
            }

            var bound = PairedBound.Match(names[0]);
            var second = bound.Success && !PairedBound.IsMatch(names[1]) ? bound.Value + names[1].Trim() : names[1].Trim();
            var split = columns.Take(i).Concat(new[] { names[0].Trim(), second }).Concat(columns.Skip(i + 1)).ToEquatableArray();
            var rows = cells.Select(r => (IReadOnlyList<string>)r.Take(column)
                .Concat(r[column].Split(new[] { " / " }, StringSplitOptions.None).Select(p => p.Trim()))
                .Concat(r.Skip(column + 1)).ToList()).ToList();
            return WithPairedColumnsSplit(split, rows);
        }

        return (columns, cells);
    }

    private static readonly Regex PairedBound = new(@"^(?:max(?:imum)?|min(?:imum)?|default)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The table without the columns at <paramref name="drop"/>, unless they are none or all but the first.</summary>
    private static (EquatableArray<string> Columns, List<IReadOnlyList<string>> Cells) WithoutColumns(
        EquatableArray<string> columns, List<IReadOnlyList<string>> cells, List<int> drop)
        => drop.Count > 0 && drop.Count < columns.Count - 1
            ? (columns.Where((_, i) => !drop.Contains(i)).ToEquatableArray(), cells.Select(r => (IReadOnlyList<string>)r.Where((_, i) => !drop.Contains(i)).ToList()).ToList())
            : (columns, cells);

    private static bool IsRule(TableRow row) => row.OfType<TableCell>().All(c => CellText(c).All(ch => ch is '-' or ':' or '=' or ' '));

    private static bool IsYesNo(string cell) => YesNo.IsMatch(cell.Trim());

    /// <summary>Whether a cell is only an amount with its unit: <c>10 TB</c>, <c>100 Mbps</c>, <c>1 PB</c>.</summary>
    private static bool IsAmount(string cell)
        => Amount.Match(cell.Trim()) is { Success: true } match && Grammar.UnitTable.IsUnit(match.Groups["unit"].Value);

    private static readonly Regex Amount = new(@"^~?[0-9][0-9,.]*\s?(?<unit>[A-Za-z]+(?:/[A-Za-z]+)?)$", RegexOptions.CultureInvariant);

    private static readonly Regex YesNo = new(
        @"^(?:yes|no|y|n|true|false|n/?a|hard|soft|adjustable|not adjustable|[—–\-✓✔✗✘✅❌]|)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The rows read as facts, those of one class together (<paramref name="contexts"/>: each row's, or null for the table's).</summary>
    private void ReadRowsByClass(FactContext context, List<FactContext?> contexts, string[] columns, Func<int, IReadOnlyList<string>> row,
        List<LocationInfo> locations, List<(ValueProblem, LocationInfo)> problems)
    {
        foreach (var group in Enumerable.Range(0, contexts.Count).GroupBy(i => contexts[i]?.ClassPath[0]))
        {
            var indexes = group.ToList();
            _facts.AddRange(TableForm.Read(contexts[indexes[0]] ?? context, columns, indexes.Select(row).ToList(), indexes.Select(i => locations[i]).ToList(), problems));
        }
    }

    /// <summary>
    /// A table under a section about several services (<c>## Secrets Manager and SSM Parameter Store</c>) whose rows each
    /// name one (<c>| Secrets per Region (Secrets Manager) | 500,000 |</c>): each such row is read in its service's class,
    /// labelled without the service. False when no row names a service, or the table is in a class already.
    /// </summary>
    private bool ReadRowsNamingAService(FactContext context, string[] columns, List<IReadOnlyList<string>> rows, List<LocationInfo> locations, List<(ValueProblem, LocationInfo)> problems)
    {
        // Most tables are in a class already: no row is scanned for a service there.
        if (!MayFileUnderService(context))
        {
            return false;
        }

        var services = rows.Select((r, i) => r.Count > 1 && ServiceHeadings.ServiceIn(r[0]) is var (written, _) ? SentenceServiceContext(written + ":", context, locations[i]) : null).ToList();
        if (services.All(s => s is null))
        {
            return false;
        }

        ReadRowsByClass(context, services.Select(s => s?.Context).ToList(), columns, i => services[i] is { } filed
            ? new[] { EmptyParentheses.Replace(ServiceLabels.WithoutServiceWords(rows[i][0], filed.Written), string.Empty).Trim() }.Concat(rows[i].Skip(1)).ToList()
            : rows[i], locations, problems);
        return true;
    }

    /// <summary>
    /// A comparison table whose value columns each name a service (<c>| Limit | SQS Standard | SQS FIFO | SNS |</c>,
    /// <c>| | ALB | NLB |</c>), in a note titled by a topic: each column is read in its service's class, the rest of its
    /// header (<c>Standard</c>, <c>FIFO</c>) qualifying its values. False when a value column names no service, or the
    /// table is in a class already.
    /// </summary>
    private bool ReadServiceColumns(FactContext context, string[] columns, List<IReadOnlyList<string>> rows, List<LocationInfo> locations, List<(ValueProblem, LocationInfo)> problems)
    {
        if (columns.Length < 2 || context.ClassPath.Length != 1 || ServiceHeadings.ServiceIn(columns[0]) is not null)
        {
            return false;
        }

        var named = columns.Skip(1).Select(c => ServiceHeadings.ServiceIn(c) is var (written, _) ? (Written: written, Others: ColumnRest(c, written)) : default((string Written, string Others)?)).ToList();
        // In a service's class, only columns that are services by name alone ("Amazon RDS") are filed away: "Lambda@Edge"
        // or "CloudFront Functions" is a kind of thing the table compares, which its own reading keeps in the name.
        if (named.Any(n => n is null) || (!MayFileUnderService(context) && named.Any(n => n!.Value.Others.Length > 0)))
        {
            return false;
        }

        var at = locations.Count > 0 ? locations[0] : LocationOf(default(TextSpan));
        foreach (var group in Enumerable.Range(1, named.Count).GroupBy(c => named[c - 1]!.Value.Written, StringComparer.OrdinalIgnoreCase))
        {
            // "| Feature | Amazon RDS | Amazon Aurora |" in Aurora's note: each column is its service's, RDS's too.
            var filed = MayFileUnderService(context) ? SentenceServiceContext(group.Key + ":", context, at)?.Context ?? context : ColumnServiceContext(group.Key, context, at);
            var picked = group.ToList();
            var headers = new[] { columns[0] }.Concat(picked.Select(c => named[c - 1]!.Value.Others)).ToArray();
            var cells = rows.Select(r => (IReadOnlyList<string>)new[] { r.Count > 0 ? r[0] : string.Empty }.Concat(picked.Select(c => c < r.Count ? r[c] : string.Empty)).ToList()).ToList();
            _facts.AddRange(TableForm.Read(filed, headers, cells, locations, problems));
        }

        return true;
    }

    /// <summary>The context of a column that names a service, in a class of another: that service's top-level class.</summary>
    private FactContext ColumnServiceContext(string written, FactContext context, LocationInfo at)
    {
        var service = ServiceHeadings.ServiceOf(written, topicsToo: false) ?? written;
        if (ServiceHeadings.SameOrPart(service, context.ClassPath[0].Text) || ServiceHeadings.SameOrPart(context.ClassPath[0].Text, service))
        {
            return context;
        }

        return context with { ClassPath = new[] { ServicePart(service, at) }, Refiled = true };
    }

    /// <summary>A column header without the service it names: "SQS FIFO" → "FIFO", "SNS" → "".</summary>
    private static string ColumnRest(string header, string service)
        => VendorWord.Replace(EmptyParentheses.Replace(ServiceLabels.WithoutServiceWords(header, service) is var rest && rest != header ? rest : string.Empty, string.Empty), string.Empty).Trim();

    // "Amazon RDS", "AWS Lambda": the vendor is no part of what a column compares.
    private static readonly Regex VendorWord = new(@"^\s*(?:amazon|aws)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex EmptyParentheses = new(@"\s*\(\s*\)", RegexOptions.CultureInvariant);

    private static readonly Regex ServiceColumn = new(@"^(?:aws\s+|amazon\s+)?(?:service|product)s?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private void ReportTableProblems(List<(ValueProblem Problem, LocationInfo Location)> problems)
    {
        foreach (var (problem, at) in problems.Where(p => p.Problem.Descriptor != DiagnosticDescriptors.UnrecognisedUnit))
        {
            // A cell whose unit is unknown ("2 vCPU") is a table of other things, not a misspelt limit: only real problems are reported.
            _diagnostics.Add(new DiagnosticInfo(problem.Descriptor.Id, at, EquatableArray<LocationInfo>.Empty, problem.Args.ToEquatableArray()));
        }
    }

    /// <summary>A table written in HTML is a table of limits like a Markdown one (its rows are read as sentences).</summary>
    private void VisitHtmlTable(HtmlBlock html, FactContext context)
    {
        var span = SpanOf(html);
        if (HtmlTables.Read(_text.ToString(span), span.Start) is not { } table)
        {
            return;
        }

        var problems = new List<(ValueProblem Problem, LocationInfo Location)>();
        _facts.AddRange(TableForm.Read(context, table.Headers, table.Rows.Select(r => (IReadOnlyList<string>)r.Cells).ToList(),
            table.Rows.Select(r => LocationOf(r.Span)).ToList(), problems));
        ReportTableProblems(problems);
    }

    private static string CellText(TableCell cell)
        => string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline)));
}
