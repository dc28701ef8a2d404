using System;
using System.Collections.Generic;
using System.Text;

namespace AwsFacts.Generator.Emit;

/// <summary>A small indenting writer: four spaces, "\n" line ends, so output is identical on every OS.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new(16 * 1024);
    private int _indent;

    // A blank line is written only once the next line is known: never two in a row, never before the closing
    // brace of the namespace. Deciding here saves copying the whole file afterwards to tidy it.
    private bool _blankPending;

    public void Line(string text = "")
    {
        if (text.Length == 0)
        {
            _blankPending = true;
            return;
        }

        if (_indent == 0 && text[0] == '}')
        {
            _blankPending = false;
        }

        StartLine().Append(text);
        EndLine();
    }

    /// <summary>
    /// Starts a line (not the namespace's closing brace) and hands out the builder, so long lines are written in pieces
    /// instead of being built as strings first. End it with <see cref="EndLine"/>.
    /// </summary>
    public StringBuilder StartLine()
    {
        if (_blankPending)
        {
            _builder.Append('\n');
            _blankPending = false;
        }

        return _builder.Append(' ', _indent * 4);
    }

    public void EndLine() => _builder.Append('\n');

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

    public override string ToString() => _blankPending ? _builder.ToString() + "\n" : _builder.ToString();
}
