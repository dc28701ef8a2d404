using System.Linq;
using AwsFacts.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsFacts.Generator.Options;

/// <summary>
/// Whether the consumer's compilation has the AwsFacts support types (typed values, the catalog): declared in its own
/// source (the AwsFacts library itself) or in a referenced assembly named AwsFacts, which then also registers the
/// consumer's facts with its catalog.
/// </summary>
internal static class SupportTypes
{
    private const string Library = "AwsFacts";

    public static EmitSettings Of(Compilation compilation, ParseOptions parseOptions)
    {
        // Asking these two assemblies, not the compilation: Compilation.GetTypeByMetadataName searches every reference,
        // and in a fresh compiler process that loads the type tables of all of them, the generator's largest start-up cost.
        var own = Declares(compilation.Assembly);
        var library = own ? null : compilation.SourceModule.ReferencedAssemblySymbols.FirstOrDefault(a => a.Identity.Name == Library);
        return new EmitSettings(
            own || (library is not null && Declares(library)),
            compilation.Options.NullableContextOptions != NullableContextOptions.Disable
            && parseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
        {
            RegistersFacts = library?.GetTypeByMetadataName("AwsFacts.FactSourceAttribute") is not null,
        };
    }

    private static bool Declares(IAssemblySymbol assembly)
        => assembly.GetTypeByMetadataName("AwsFacts.DataSize") is not null && assembly.GetTypeByMetadataName("AwsFacts.FactBinding") is not null;
}
