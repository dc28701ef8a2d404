using System;
using System.Runtime.CompilerServices;

namespace AwsFacts
{
    /// <summary>
    /// How hand-written rules find the fact a limit comes from: through the generated member itself, so a renamed
    /// or removed fact breaks the build here instead of silently losing its citation.
    /// </summary>
    internal static class Cite
    {
        /// <summary>
        /// The fact of <paramref name="member"/>, a generated member of <paramref name="owner"/>: <c>Cite.Fact(typeof(S3.BucketNames), S3.BucketNames.AllowedPunctuation)</c>.
        /// The value is not used; the compiler checks the member exists and passes its name.
        /// </summary>
        public static Fact? Fact(Type owner, object? member, [CallerArgumentExpression(nameof(member))] string expression = "")
            => FactCatalog.FindByMember(ClassPath(owner) + "." + LastIdentifier(expression));

        /// <summary>The fact of a generated type, such as the enum <c>S3.BucketNames.ReservedPrefix</c> or a table.</summary>
        public static Fact? Type(Type member) => FactCatalog.FindByMember(ClassPath(member));

        /// <summary><c>S3.BucketNames</c> for the nested type <c>AwsFacts.S3+BucketNames</c>, as <see cref="Fact.Member"/> writes it.</summary>
        public static string ClassPath(Type owner)
            => owner.DeclaringType is { } outer ? ClassPath(outer) + "." + owner.Name : owner.Name;

        private static string LastIdentifier(string expression)
        {
            var dot = expression.LastIndexOf('.');
            return dot < 0 ? expression.Trim() : expression.Substring(dot + 1).Trim();
        }
    }
}

#if !NETCOREAPP3_0_OR_GREATER
namespace System.Runtime.CompilerServices
{
    /// <summary>The compiler fills the annotated parameter with the source text of another argument (C# 10; built into .NET Core 3.0 and later).</summary>
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    internal sealed class CallerArgumentExpressionAttribute : Attribute
    {
        public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

        public string ParameterName { get; }
    }
}
#endif
