using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Extract;

/// <summary>One item of a list of names, as written: the name (code spans keep their backticks), its description, a default mark.</summary>
internal sealed record NameItem(string Name, string Description, bool IsDefault, bool IsCode);

/// <summary>
/// Recognises lists of names: <c>OK, INSUFFICIENT_DATA, ALARM</c> on one line, or one name per item, with an
/// optional description after <c>–</c>, <c>→</c>, <c>:</c> or <c>=</c> (<c>`Retain` – resource preserved.</c>).
/// </summary>
internal static class NameLists
{
    private static readonly Regex Marker = new(@"\s*\((?<mark>default|preferred)\)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Definition = new(
        @"^(?<name>`[^`]+`|[A-Za-z][A-Za-z0-9\-/ ]{0,40}?)\s*(?<mark>\((?:default|preferred)\))?\s*(?:–|—|→|:|=|-)\s+(?<desc>.+)$",
        RegexOptions.CultureInvariant);

    private static readonly Regex Parenthetical = new(@"\s*\([^()]*\)", RegexOptions.CultureInvariant);

    /// <summary>The items of a one-line comma list, or null when the text is not one.</summary>
    public static List<NameItem>? Inline(string text)
    {
        var trimmed = text.Trim().TrimEnd('.').Trim();
        if (trimmed.IndexOf(',') < 0)
        {
            return null;
        }

        var items = new List<NameItem>();
        foreach (var raw in SplitTopLevel(trimmed))
        {
            if (ParseName(raw, string.Empty) is not { } item)
            {
                return null;
            }

            items.Add(item);
        }

        return items.Count >= 2 ? items : null;
    }

    /// <summary>One list item as a name, with or without a description; null when it is a sentence.</summary>
    public static NameItem? Item(string text)
    {
        var trimmed = text.Trim();
        var definition = Definition.Match(trimmed);
        if (definition.Success)
        {
            var name = definition.Groups["name"].Value.Trim();
            var isDefault = definition.Groups["mark"].Success;
            return ParseName(name, definition.Groups["desc"].Value.Trim()) is { } item
                ? item with { IsDefault = item.IsDefault || isDefault }
                : null;
        }

        return ParseName(trimmed.TrimEnd('.'), string.Empty);
    }

    private static NameItem? ParseName(string raw, string description)
    {
        var isDefault = false;
        var text = raw.IndexOf('(') < 0 ? raw.Trim() : Marker.Replace(raw, m =>
        {
            isDefault |= m.Groups["mark"].Value.Equals("default", StringComparison.OrdinalIgnoreCase);
            return " ";
        }).Trim();

        if (text.StartsWith("`", StringComparison.Ordinal) && text.EndsWith("`", StringComparison.Ordinal) && text.Length > 2
            && text.IndexOf('`', 1) == text.Length - 1)
        {
            return new NameItem(text.Substring(1, text.Length - 2), description, isDefault, IsCode: true);
        }

        // A short name: up to four words, an optional parenthetical, no sentence punctuation or arrows.
        var withoutParens = text.IndexOf('(') < 0 ? text : Parenthetical.Replace(text, string.Empty).Trim();
        var words = withoutParens.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || text.IndexOfAny(new[] { '`', '→', '=', ';', ':', '!' }) >= 0 || !withoutParens.Any(char.IsLetter))
        {
            return null;
        }

        return new NameItem(text, description, isDefault, IsCode: false);
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var inCode = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '`':
                    inCode = !inCode;
                    break;
                case '(' when !inCode:
                    depth++;
                    break;
                case ')' when !inCode:
                    depth--;
                    break;
                case ',' when depth == 0 && !inCode:
                    yield return text.Substring(start, i - start).Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return text.Substring(start).Trim();
    }
}
