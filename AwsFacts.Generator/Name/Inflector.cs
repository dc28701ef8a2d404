using System;
using System.Text;

namespace AwsFacts.Generator.Name;

/// <summary>English number and case for names: an enum is singular (<c>AlarmState</c>), its spellings plural (<c>AlarmStates</c>).</summary>
internal static class Inflector
{
    public static string Singular(string name)
    {
        if (name.EndsWith("ies", StringComparison.Ordinal) && name.Length > 3)
        {
            return name.Substring(0, name.Length - 3) + "y";
        }

        if (name.EndsWith("sses", StringComparison.Ordinal) || name.EndsWith("ches", StringComparison.Ordinal)
            || name.EndsWith("shes", StringComparison.Ordinal) || name.EndsWith("xes", StringComparison.Ordinal))
        {
            return name.Substring(0, name.Length - 2);
        }

        // "Kinesis", "Status", "Bus": a singular that ends in s keeps it.
        return name.EndsWith("s", StringComparison.Ordinal) && !name.EndsWith("ss", StringComparison.Ordinal) && name.Length > 1
               && !name.EndsWith("sis", StringComparison.Ordinal) && !name.EndsWith("us", StringComparison.Ordinal)
            ? name.Substring(0, name.Length - 1)
            : name;
    }

    public static string Plural(string name)
    {
        if (name.EndsWith("y", StringComparison.Ordinal) && name.Length > 1 && "aeiou".IndexOf(name[name.Length - 2]) < 0)
        {
            return name.Substring(0, name.Length - 1) + "ies";
        }

        return name.EndsWith("s", StringComparison.Ordinal) || name.EndsWith("x", StringComparison.Ordinal)
               || name.EndsWith("ch", StringComparison.Ordinal) || name.EndsWith("sh", StringComparison.Ordinal)
            ? name + "es"
            : name + "s";
    }

    /// <summary><c>MaxMessageSize</c> → <c>max-message-size</c>; <c>Ec2</c> → <c>ec2</c>; <c>_2ndFactor</c> → <c>2nd-factor</c>.</summary>
    public static string Kebab(string name)
    {
        var builder = new StringBuilder();
        var text = name.TrimStart('@', '_');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(text[i - 1]) || char.IsDigit(text[i - 1])
                || (i + 1 < text.Length && char.IsLower(text[i + 1]) && char.IsUpper(text[i - 1]))))
            {
                builder.Append('-');
            }

            builder.Append(c == '_' ? '-' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
