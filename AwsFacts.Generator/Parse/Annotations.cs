using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AwsFacts.Generator.Parse;

/// <summary>The annotations of one element: pinned names, and whether a list is marked as alternatives.</summary>
internal sealed record Annotation(IReadOnlyList<string> Names, string? Enum, IReadOnlyList<string> Was)
{
    public static readonly Annotation None = new(Array.Empty<string>(), null, Array.Empty<string>());

    /// <summary>What kind of figure the sentence states (<c>&lt;!-- kind: quota --&gt;</c>), as written, or null.</summary>
    public string? Kind { get; init; }

    /// <summary>The settings the sentence's fact constrains, as written: <c>cfn: AWS::SQS::Queue.DelaySeconds [s]</c>.</summary>
    public IReadOnlyList<RawBinding> Bindings { get; init; } = Array.Empty<RawBinding>();

    public bool IsEnum => Enum is not null;

    public string? Name => Names.Count > 0 ? Names[0] : null;
}

/// <summary>
/// Reads what a note pins explicitly: a heading id <c>{#Sqs}</c> (Markdig, pandoc and kramdown share the
/// syntax), or HTML comments that stay invisible when rendered: <c>&lt;!-- name: Ports --&gt;</c> (several
/// names, comma-separated, name a line's facts in order), <c>&lt;!-- enum: AlarmState --&gt;</c>
/// (the list is a set of alternatives; the name may be left out) and <c>&lt;!-- was: OldName --&gt;</c>
/// (a fact's former member name, kept as an obsolete alias); <c>&lt;!-- kind: quota --&gt;</c> (what kind of
/// figure it is) and <c>&lt;!-- cfn: AWS::SQS::Queue.DelaySeconds [s] --&gt;</c> / <c>&lt;!-- api: sqs:DelaySeconds [s] --&gt;</c>
/// (the CloudFormation property or API parameter the fact constrains).
/// </summary>
internal static class Annotations
{
    private static readonly string[] Keys = { "name", "enum", "was", "kind", "cfn", "api" };

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
        var bindings = new List<RawBinding>();
        string? enumName = null;
        string? kind = null;
        foreach (var comment in comments)
        {
            if (Parts(comment) is not var (key, value))
            {
                continue;
            }

            if (key == "kind")
            {
                kind = value;
            }
            else if (key is "cfn" or "api")
            {
                bindings.AddRange(value.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).Select(t => new RawBinding(key, t)));
            }
            else if (key == "enum")
            {
                enumName = value;
            }
            else if (key == "was")
            {
                was.AddRange(value.Split(',').Select(n => n.Trim()).Where(n => n.Length > 0));
            }
            else
            {
                names.AddRange(value.Split(',').Select(n => n.Trim()));
            }
        }

        return new Annotation(names, enumName, was) { Kind = kind, Bindings = bindings };
    }

    /// <summary>
    /// The key (lower case) and value of <c>&lt;!-- key: value --&gt;</c>, or of <c>&lt;!-- key --&gt;</c> with an empty
    /// value; null for any other comment. The value runs to the last <c>--&gt;</c>. Read by hand: a pattern here ran on
    /// every annotated line and cost more than the rest of reading it.
    /// </summary>
    internal static (string Key, string Value)? Parts(string comment)
    {
        var text = comment.Trim();
        if (text.Length < 7 || !text.StartsWith("<!--", StringComparison.Ordinal) || !text.EndsWith("-->", StringComparison.Ordinal))
        {
            return null;
        }

        var inner = text.Substring(4, text.Length - 7);
        var start = InlineText.SkipSpace(inner, 0);
        foreach (var key in Keys)
        {
            if (string.Compare(inner, start, key, 0, key.Length, StringComparison.OrdinalIgnoreCase) == 0 && inner.Length - start >= key.Length)
            {
                var after = InlineText.SkipSpace(inner, start + key.Length);
                return after == inner.Length ? (key, string.Empty)
                    : inner[after] == ':' ? (key, inner.Substring(after + 1).Trim())
                    : null;
            }
        }

        return null;
    }
}

/// <summary>A binding as the note writes it: its key (<c>cfn</c> or <c>api</c>) and its target text.</summary>
internal sealed record RawBinding(string Key, string Text);
