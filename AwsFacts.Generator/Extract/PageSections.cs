using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Name;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// Parts of a page that are about the page or its project, not about AWS: a README's "Contributing" and "License", a
/// postmortem's "Timeline" and "Action items", a design doc's "Goals" and "Capacity estimates", a table of contents;
/// and a table of the page's own record (date, author, severity). Their numbers (line lengths, clock times, ticket numbers, durations of an incident) are no facts.
/// </summary>
internal static class PageSections
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "contributing", "contributors", "contribution guidelines", "how to contribute", "license", "licence", "changelog",
        "change log", "acknowledgements", "acknowledgments", "credits", "sponsors", "timeline", "action items",
        "follow-ups", "follow ups", "next steps", "references", "see also", "further reading", "table of contents",
        "contents", "toc", "about the author", "about me", "agenda", "star history", "related projects",
        // A design doc's own plans and figures: its traffic, its targets, what it has not decided.
        "goals", "non goals", "nongoals", "capacity estimates", "capacity planning", "estimates", "sizing", "cost estimate",
        "cost estimates", "open questions", "success metrics",
    };

    // Row labels of a page's own record: a postmortem's or design doc's header table, a Notion page's properties.
    private static readonly HashSet<string> RecordLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "author", "authors", "owner", "owners", "status", "severity", "created", "updated", "last updated",
        "reviewers", "reviewer", "incident", "incident id", "ticket", "tags", "version", "team", "approvers", "created by",
    };

    private static readonly Regex Emphasis = new(@"[*_`:]", RegexOptions.CultureInvariant);

    private static readonly Regex OwnColumn = new(@"\b(?:our|my|we|us|ours|current|actual|requested|applied|raised\s+to)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// Whether a table lists the team's own alarms or thresholds (<c>| Alarm | Metric | Threshold |</c>): the numbers are
    /// what the team chose to alert on, not limits.
    /// </summary>
    public static bool IsOwnTable(IReadOnlyList<string> headers)
        => headers.Count > 0 && (OwnTableFirst.Contains(Emphasis.Replace(headers[0], string.Empty).Trim())
            || headers.Any(h => Emphasis.Replace(h, string.Empty).Trim() is "Threshold" or "Thresholds" or "threshold" or "thresholds"));

    private static readonly HashSet<string> OwnTableFirst = new(StringComparer.OrdinalIgnoreCase)
    {
        "alarm", "alarms", "alarm name", "alert", "alerts", "alert name", "monitor", "monitors",
    };

    /// <summary>Whether a table's column holds the team's own figures ("Our account", "Current", "Requested").</summary>
    public static bool IsOwnColumn(string header) => OwnColumn.IsMatch(header);

    /// <summary>Whether a heading's title names a section about the page itself.</summary>
    public static bool IsAboutThePage(string title)
        => Titles.Contains(string.Join(" ", IdentifierNamer.Words(title, isHeading: true)).Trim());

    /// <summary>Whether a table is the page's own record: two of its row labels are a date, an author, a status or the like.</summary>
    public static bool IsMetadata(List<IReadOnlyList<string>> rows)
        => rows.Count(r => r.Count > 0 && RecordLabels.Contains(Emphasis.Replace(r[0], string.Empty).Trim())) >= 2;
}
