using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AwsFacts.Generator.Parse;

/// <summary>The annotations of one element: pinned names, and whether a list is marked as alternatives.</summary>
internal readonly record struct Annotation(IReadOnlyList<string> Names, string? Enum, IReadOnlyList<string> Was)
{
    public static readonly Annotation None = new(Array.Empty<string>(), null, Array.Empty<string>());

    public bool IsEnum => Enum is not null;

    public string? Name => Names.Count > 0 ? Names[0] : null;
}

/// <summary>
/// Reads what a note pins explicitly: a heading id <c>{#Sqs}</c> (Markdig, pandoc and kramdown share the
/// syntax), or HTML comments that stay invisible when rendered: <c>&lt;!-- name: Ports --&gt;</c> (several
/// names, comma-separated, name a line's facts in order), <c>&lt;!-- enum: AlarmState --&gt;</c>
/// (the list is a set of alternatives; the name may be left out) and <c>&lt;!-- was: OldName --&gt;</c>
/// (a fact's former member name, kept as an obsolete alias).
/// </summary>
internal static class Annotations
{
    private static readonly Regex Comment = new(
        @"^<!--\s*(?<key>name|enum|was)\s*(?::\s*(?<value>.*?))?\s*-->$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase);

    /// <summary>The explicit name of a heading, or null.</summary>
    public static string? HeadingName(HeadingBlock heading)
    {
        var id = heading.TryGetAttributes()?.Id;
        return !string.IsNullOrWhiteSpace(id) ? id!.Trim() : Of(heading.Inline).Name;
    }

    /// <summary>The annotations among a paragraph's or heading's inlines.</summary>
    public static Annotation Of(ContainerInline? inlines)
        => inlines is null ? Annotation.None : Of((IEnumerable<Inline>)inlines);

    /// <summary>The annotations among one line's inlines.</summary>
    public static Annotation Of(IEnumerable<Inline> inlines)
    {
        // Most lines carry no comment: walk the inlines without allocating, and read only when one is there.
        List<string>? comments = null;
        Collect(inlines, ref comments);
        return comments is null ? Annotation.None : Read(comments);
    }

    /// <summary>The annotations of an HTML block standing on its own line (it applies to the next block).</summary>
    public static Annotation Of(HtmlBlock block) => Read(new[] { block.Lines.ToString().Trim() });

    private static void Collect(IEnumerable<Inline> inlines, ref List<string>? comments)
    {
        foreach (var inline in inlines)
        {
            if (inline is HtmlInline { Tag: { } tag } && tag.StartsWith("<!--", StringComparison.Ordinal))
            {
                (comments ??= new List<string>()).Add(tag);
            }
            else if (inline is ContainerInline container)
            {
                Collect(container, ref comments);
            }
        }
    }

    private static Annotation Read(IEnumerable<string> comments)
    {
        var names = new List<string>();
        var was = new List<string>();
        string? enumName = null;
        foreach (var comment in comments)
        {
            var match = Comment.Match(comment.Trim());
            if (!match.Success)
            {
                continue;
            }

            var value = match.Groups["value"].Value.Trim();
            if (match.Groups["key"].Value.Equals("enum", StringComparison.OrdinalIgnoreCase))
            {
                enumName = value;
            }
            else if (match.Groups["key"].Value.Equals("was", StringComparison.OrdinalIgnoreCase))
            {
                was.AddRange(value.Split(',').Select(n => n.Trim()).Where(n => n.Length > 0));
            }
            else
            {
                names.AddRange(value.Split(',').Select(n => n.Trim()));
            }
        }

        return new Annotation(names, enumName, was);
    }
}
