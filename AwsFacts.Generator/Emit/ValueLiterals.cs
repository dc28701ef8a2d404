using System.Linq;
using System.Text;
using AwsFacts.Generator.Model;


namespace AwsFacts.Generator.Emit;

/// <summary>The C# type and initializer of a typed value; whether it can be a <c>const</c>.</summary>
internal static class ValueLiterals
{
    private const string DataSize = "global::AwsFacts.DataSize";
    private const string TimeSpan = "global::System.TimeSpan";

    /// <summary>Whether a value needs the AwsFacts support types (DataSize, Range), which a project may not reference.</summary>
    public static bool NeedsSupport(TypedKind type)
        => type is TypedKind.DataSize or TypedKind.RangeInt or TypedKind.RangeLong or TypedKind.RangeDataSize or TypedKind.RangeTimeSpan;

    public static bool IsConst(TypedKind type) => type is TypedKind.Int or TypedKind.Long or TypedKind.Double or TypedKind.String;

    public static string TypeOf(TypedKind type) => type switch
    {
        TypedKind.Int => "int",
        TypedKind.Long => "long",
        TypedKind.Double => "double",
        TypedKind.String => "string",
        TypedKind.DataSize => DataSize,
        TypedKind.TimeSpan => TimeSpan,
        TypedKind.RangeInt => "global::AwsFacts.Range<int>",
        TypedKind.RangeLong => "global::AwsFacts.Range<long>",
        TypedKind.RangeDataSize => $"global::AwsFacts.Range<{DataSize}>",
        TypedKind.RangeTimeSpan => $"global::AwsFacts.Range<{TimeSpan}>",
        TypedKind.IntList => "global::System.Collections.Generic.IReadOnlyList<int>",
        _ => "global::System.Collections.Generic.IReadOnlyList<long>",
    };

    public static string Initializer(TypedValue value)
    {
        var parts = value.Parts;
        return value.Type switch
        {
            TypedKind.Int => parts[0],
            TypedKind.Long => parts[0] + "L",
            TypedKind.Double => parts[0].IndexOf('.') >= 0 ? parts[0] : parts[0] + ".0",
            TypedKind.String => String(parts[0]),
            TypedKind.DataSize => Size(parts[0]),
            TypedKind.TimeSpan => Time(parts[0]),
            TypedKind.RangeInt => Range("int", parts, p => p),
            TypedKind.RangeLong => Range("long", parts, p => p + "L"),
            TypedKind.RangeDataSize => Range(DataSize, parts, Size),
            TypedKind.RangeTimeSpan => Range(TimeSpan, parts, Time),
            TypedKind.IntList => $"global::System.Array.AsReadOnly(new int[] {{ {string.Join(", ", parts)} }})",
            _ => $"global::System.Array.AsReadOnly(new long[] {{ {string.Join(", ", parts.Select(p => p + "L"))} }})",
        };
    }

    /// <summary>A C# string literal that survives any note text: quotes, backslashes, control and line-break characters.</summary>
    public static string String(string text) => String(new StringBuilder(text.Length + 2), text).ToString();

    /// <summary>Appends the literal for <paramref name="text"/> to <paramref name="builder"/>.</summary>
    public static StringBuilder String(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\0':
                    builder.Append("\\0");
                    break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"');
    }

    private static string Size(string bytes) => $"{DataSize}.FromBytes({bytes}L)";

    private static string Time(string ticks) => $"{TimeSpan}.FromTicks({ticks}L)";

    private static string Range(string type, EquatableArray<string> parts, System.Func<string, string> value)
    {
        var dflt = parts[2].Length > 0 ? value(parts[2]) : "null";
        return $"new global::AwsFacts.Range<{type}>({value(parts[0])}, {value(parts[1])}, {dflt}, {parts[3]}, {parts[4]})";
    }
}
