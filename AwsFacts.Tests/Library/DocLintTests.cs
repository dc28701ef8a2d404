using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AwsFacts.Tests.Library;

/// <summary>
/// The hover text users read, checked on the built <c>AwsFacts.xml</c>: every summary is a finished sentence,
/// free of emoji and Markdown residue, and no two members of one type share a summary.
/// </summary>
public class DocLintTests
{
    private static readonly Lazy<List<(string Name, string Summary, string Remarks)>> Members = new(() =>
    {
        var path = Path.Combine(Path.GetDirectoryName(typeof(Sqs).Assembly.Location)!, "AwsFacts.xml");
        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Element("inheritdoc") is null) // Equals, GetHashCode, CompareTo: the base type's docs
            .Select(m => ((string)m.Attribute("name")!, Text(m.Element("summary")), Text(m.Element("remarks"))))
            .ToList();
    });

    private static string Text(XElement? element)
        => element is null ? string.Empty : Regex.Replace(string.Concat(element.Nodes().Select(n => n is XElement e && e.Name == "see"
            ? Cref(e) : n is XElement other ? other.Value : n.ToString())), @"\s+", " ").Trim();

    /// <summary>"T:AwsFacts.Range`1" → "Range": a cref as a reader sees it.</summary>
    private static string Cref(XElement see)
    {
        var cref = ((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? string.Empty).Split('(')[0];
        return Regex.Replace(cref.Substring(cref.IndexOf(':') + 1).Split('.').Last(), @"`\d+", string.Empty);
    }

    [Fact]
    public void Every_member_has_a_summary()
    {
        var missing = Members.Value.Where(m => m.Summary.Length == 0 && !m.Name.StartsWith("M:AwsFacts.__", StringComparison.Ordinal)).Select(m => m.Name).ToList();
        Assert.True(missing.Count == 0, "Members without a summary:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_summary_is_a_finished_sentence()
    {
        var bad = Members.Value.Where(m => m.Summary.Length > 0
                && !(m.Summary.EndsWith(".", StringComparison.Ordinal) && (char.IsUpper(m.Summary[0]) || m.Summary[0] == '<')))
            .Select(m => $"{m.Name}: {m.Summary}").ToList();
        Assert.True(bad.Count == 0, $"{bad.Count} summaries are not a sentence (capital first, period last):\n" + string.Join("\n", bad.Take(40)));
    }

    [Fact]
    public void No_summary_or_remark_holds_emoji_or_markdown_residue()
    {
        var residue = new Regex(@"\*\*|`|\s\|\s|\[\^|\p{Cs}|[\u2600-\u27BF\uFE0F\u20E3]|<!--", RegexOptions.CultureInvariant);
        var bad = Members.Value.SelectMany(m => new[] { (m.Name, Text: m.Summary), (m.Name, Text: m.Remarks) })
            .Where(p => residue.IsMatch(p.Text))
            .Select(p => $"{p.Name}: {p.Text}").ToList();
        Assert.True(bad.Count == 0, $"{bad.Count} docs carry emoji or Markdown:\n" + string.Join("\n", bad.Take(40)));
    }

    [Fact]
    public void No_editorial_history_reaches_users()
    {
        var editorial = new Regex(@"formerly noted|was missing|the seed|study note", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        var bad = Members.Value.Where(m => editorial.IsMatch(m.Summary) || editorial.IsMatch(m.Remarks)).Select(m => $"{m.Name}: {m.Remarks}").ToList();
        Assert.True(bad.Count == 0, "Editorial remarks in the shipped docs:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void No_two_members_of_a_type_share_a_summary()
    {
        var twins = Members.Value
            .Where(m => m.Summary.Length > 0 && m.Name.Length > 2 && m.Name[1] == ':' && m.Name[0] is 'F' or 'P' or 'M')
            .GroupBy(m => (Type: DeclaringType(m.Name), m.Summary))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Type}: {string.Join(", ", g.Select(m => m.Name))} — {g.Key.Summary}")
            .ToList();
        Assert.True(twins.Count == 0, $"{twins.Count} groups of siblings share one summary:\n" + string.Join("\n", twins.Take(40)));
    }

    private static string DeclaringType(string name)
    {
        var withoutArgs = name.Split('(')[0];
        return withoutArgs.Substring(2, withoutArgs.LastIndexOf('.') - 2);
    }
}
