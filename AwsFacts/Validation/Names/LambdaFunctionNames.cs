using System;

namespace AwsFacts
{
    public static partial class Lambda
    {
        // Hand-written logic beside the generated facts of notes/lambda.md.
        public static partial class FunctionNames
        {
            /// <summary>
            /// Checks a function name (<c>FunctionName</c>, the name alone, not an ARN): length and characters.
            /// Rule ids start with <c>lambda.function-names.</c>. Never throws.
            /// </summary>
            /// <example><c>Lambda.FunctionNames.Validate("resize-image_v2").IsValid</c> is true; <c>Validate("resize image")</c> is not.</example>
            public static ValidationResult Validate(string? name) => Rule.Validate(name);

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name) => name is not null && Rule.IsValid(name.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name) => Rule.IsValid(name);

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name) => Validate(name).ThrowIfInvalid();

            // Every number and character from the generated facts beside this class.
            private static readonly NameRule Rule = new("lambda.function-names", "FunctionName", 1, MaxLength, new CharacterSet("both", AllowedPunctuation),
                () => Cite.Fact(typeof(FunctionNames), MaxLength), () => Cite.Fact(typeof(FunctionNames), AllowedPunctuation));
        }
    }
}
