using System.Linq;
using AwsFacts.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsFacts.Generator.Options;

/// <summary>
/// Whether the consumer's compilation has the AwsFacts support types (typed values, the catalog): declared in its own
/// source (the AwsFacts library itself) or in a referenced assembly named AwsFacts, which then also registers the
/// consumer's facts with its catalog. A project that says where they are (AwsFactsSupportTypes, set by the AwsFacts
/// package and by the AwsFacts project) is taken at its word; otherwise the compilation is asked.
/// </summary>
internal static class SupportTypes
{
    private const string Library = "AwsFacts";

    public static EmitSettings Of(Compilation compilation, GeneratorOptions options)
    {
        var nullable = compilation.Options.NullableContextOptions != NullableContextOptions.Disable;
        return options.SupportTypes switch
        {
            SupportTypeSource.Declared => new EmitSettings(true, nullable),
            SupportTypeSource.Referenced => new EmitSettings(true, nullable) { RegistersFacts = true },
            SupportTypeSource.None => new EmitSettings(false, nullable),
            _ => LookUp(compilation, nullable),
        };
    }

    /// <summary>The output says <c>#nullable enable</c> only under C# 8 or later, as the consumer's parse options say.</summary>
    public static EmitSettings ForLanguage(EmitSettings settings, ParseOptions parseOptions)
        => settings.Nullable && parseOptions is not CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 }
            ? settings with { Nullable = false }
            : settings;

    private static EmitSettings LookUp(Compilation compilation, bool nullable)
    {
        // Asking these two assemblies, not the compilation: Compilation.GetTypeByMetadataName searches every reference,
        // and in a fresh compiler process that loads the type tables of all of them, the generator's largest start-up cost.
        var own = Declares(compilation.Assembly);
        var library = own ? null : compilation.SourceModule.ReferencedAssemblySymbols.FirstOrDefault(a => a.Identity.Name == Library);
        return new EmitSettings(own || (library is not null && Declares(library)), nullable)
        {
            RegistersFacts = library?.GetTypeByMetadataName("AwsFacts.FactSourceAttribute") is not null,
        };
    }

    private static bool Declares(IAssemblySymbol assembly)
        => assembly.GetTypeByMetadataName("AwsFacts.DataSize") is not null && assembly.GetTypeByMetadataName("AwsFacts.FactBinding") is not null;
}
