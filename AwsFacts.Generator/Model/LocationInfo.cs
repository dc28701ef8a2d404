using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator.Model;

/// <summary>
/// Where something sits in a note, as plain data. A <see cref="Location"/> is built from it only when a
/// diagnostic is reported, because Location objects would defeat the pipeline's caching.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>Nowhere: no file (a null path, as a default struct had), no span.</summary>
    public static readonly LocationInfo None = new(null!, default, default);

    /// <summary>One-based line number, as people and build logs count lines.</summary>
    public int Line => LineSpan.Start.Line + 1;

    /// <summary>One-based column.</summary>
    public int Column => LineSpan.Start.Character + 1;

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
