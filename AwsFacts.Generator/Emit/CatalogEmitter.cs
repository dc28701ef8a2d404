using System.Collections.Generic;
using System.Linq;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Emit;

/// <summary>
/// Writes the run-time catalog: each note contributes a method listing its facts (in its own file, so an
/// edit to one note rewrites that file only), and one shared file joins them into <c>__GeneratedFacts.All</c>.
/// </summary>
internal static class CatalogEmitter
{
    private const string Fact = "global::AwsFacts.Fact";

    public static void WriteNotePart(CodeWriter writer, NamedNote note, IEnumerable<NamedMember> members)
    {
        // GeneratedCode goes on members: the partial class is declared once per note, and the attribute may appear only once.
        writer.Line("internal static partial class __GeneratedFacts");
        writer.Open();
        writer.Line($"/// <summary>The facts of {XmlDoc.Escape(note.RelativePath)}.</summary>");
        writer.Line(SourceEmitter.GeneratedCode);
        writer.Line($"internal static {Fact}[] {note.CatalogMethod}()");
        writer.Open();
        writer.Line($"return new {Fact}[]");
        writer.Open();
        string Path(EquatableArray<string> classPath, string name) => string.Join(".", classPath.Concat(new[] { name }));
        string Global(EquatableArray<string> classPath, string name) => $"global::{note.Namespace}.{Path(classPath, name)}";
        var path = ValueLiterals.String(note.RelativePath);
        void Entry(string id, string member, string value, string unit, string written, string sentence, int line, bool approximate, Citation citation, FactTraits traits)
        {
            // One line per fact, written in pieces: the sentences make these the longest lines of the file.
            var builder = writer.StartLine().Append("new ").Append(Fact).Append('(');
            ValueLiterals.String(builder, id).Append(", ");
            ValueLiterals.String(builder, member).Append(", ").Append(value).Append(", ");
            ValueLiterals.String(builder, unit).Append(", ");
            ValueLiterals.String(builder, written).Append(", ");
            ValueLiterals.String(builder, sentence).Append(", ").Append(path).Append(", ")
                .Append(line.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(", ").Append(approximate ? "true" : "false").Append(", ");
            ValueLiterals.String(builder, citation.Reference ?? string.Empty).Append(", ");
            ValueLiterals.String(builder, citation.AsOf ?? string.Empty).Append(", ");
            AppendTraits(builder, traits).Append("),");
            writer.EndLine();
        }

        foreach (var member in members.Where(m => m.FactId is not null))
        {
            Entry(member.FactId!, Path(member.ClassPath, member.Name), Global(member.ClassPath, member.Name),
                member.Unit, member.Written, member.Sentence, member.Line, member.Approximate, member.Citation, member.Traits);
        }

        foreach (var named in note.Enums)
        {
            Entry(named.FactId, Path(named.ClassPath, named.Name), Global(named.ClassPath, named.SpellingsName) + ".All",
                string.Empty, string.Join(", ", named.Items.Select(i => i.AwsName)), named.Sentence, named.Line, false, named.Citation, named.Traits);
        }

        foreach (var table in note.Tables)
        {
            Entry(table.FactId, Path(table.ClassPath, table.ListName), Global(table.ClassPath, table.ListName),
                string.Empty, $"{table.Rows.Count} rows", table.Title, table.Line, false, Citation.None, FactTraits.None);
        }

        writer.Close();
        writer.Line(";");
        writer.Close();
        writer.Close();
    }

    /// <summary><c>global::AwsFacts.FactKind.HardLimit, new global::AwsFacts.FactBinding[] { … }</c> (or <c>null</c>).</summary>
    private static System.Text.StringBuilder AppendTraits(System.Text.StringBuilder builder, FactTraits traits)
    {
        builder.Append("global::AwsFacts.FactKind.").Append(traits.Kind switch
        {
            FactKinds.Limit => "HardLimit",
            FactKinds.Quota => "DefaultQuota",
            FactKinds.Default => "DefaultSetting",
            FactKinds.Typical => "Typical",
            _ => "Value",
        }).Append(", ");
        if (traits.Bindings.Count == 0)
        {
            return builder.Append("null");
        }

        builder.Append("new global::AwsFacts.FactBinding[] { ");
        foreach (var binding in traits.Bindings)
        {
            builder.Append("new global::AwsFacts.FactBinding(global::AwsFacts.FactBindingKind.")
                .Append(binding.IsCloudFormation ? "CloudFormation" : "Api").Append(", ");
            ValueLiterals.String(builder, binding.Target).Append(", ");
            ValueLiterals.String(builder, binding.Path).Append(", ");
            ValueLiterals.String(builder, binding.Unit).Append("), ");
        }

        return builder.Append('}');
    }

    /// <summary>The shared file: every note's facts in one list, notes in path order.</summary>
    public static string WriteIndex(string ns, IEnumerable<string> methods, bool nullable, bool register = false)
    {
        var writer = new CodeWriter();
        writer.Line("// <auto-generated/>");
        writer.Line("// Generated by AwsFacts.Generator: the catalog of every note's facts.");
        writer.Line();
        if (nullable)
        {
            writer.Line("#nullable enable");
            writer.Line();
        }

        if (register)
        {
            // FactCatalog (in the referenced AwsFacts) finds this assembly's facts by this mark: no module initializer
            // (C# 9) needed, so it works from C# 7.3.
            writer.Line($"[assembly: global::AwsFacts.FactSource(typeof(global::{ns}.__GeneratedFacts))]");
            writer.Line();
        }

        writer.Line($"namespace {ns}");
        writer.Open();
        writer.Line("internal static partial class __GeneratedFacts");
        writer.Open();
        writer.Line("/// <summary>Every fact of every note.</summary>");
        writer.Line(SourceEmitter.GeneratedCode);
        writer.Line($"internal static readonly global::System.Collections.Generic.IReadOnlyList<{Fact}> All = Build();");
        writer.Line();
        writer.Line($"private static global::System.Collections.Generic.IReadOnlyList<{Fact}> Build()");
        writer.Open();
        // No "var": a note may declare a class named var.
        writer.Line($"global::System.Collections.Generic.List<{Fact}> all = new global::System.Collections.Generic.List<{Fact}>();");
        foreach (var method in methods.OrderBy(m => m, System.StringComparer.Ordinal))
        {
            writer.Line($"all.AddRange({method}());");
        }

        writer.Line("return all.AsReadOnly();");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
