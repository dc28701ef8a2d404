using System;
using System.Collections.Generic;
using System.Text;

namespace AwsFacts.Generator.Emit;

/// <summary>A small indenting writer: four spaces, "\n" line ends, so output is identical on every OS.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
    }

    public void Open()
    {
        Line("{");
        _indent++;
    }

    public void Close()
    {
        _indent--;
        Line("}");
    }

    /// <summary>Writes each item, with a blank line between them.</summary>
    public void Separated<T>(IEnumerable<T> items, Action<T> write)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                Line();
            }

            first = false;
            write(item);
        }
    }

    public override string ToString() => _builder.ToString().Replace("\n\n}", "\n}").Replace("\n\n\n", "\n\n");
}
