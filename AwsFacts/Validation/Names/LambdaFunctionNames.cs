using System;

namespace AwsFacts
{
    public static partial class Lambda
    {
        // Hand-written logic beside the generated facts: every number and character comes from notes/lambda.md.
        public static partial class FunctionNames
        {
            /// <summary>
            /// Checks a function name (<c>FunctionName</c>, the name alone, not an ARN): length and characters.
            /// Rule ids start with <c>lambda.function-names.</c>. Never throws.
            /// </summary>
            /// <example><c>Lambda.FunctionNames.Validate("resize-image_v2").IsValid</c> is true; <c>Validate("resize image")</c> is not.</example>
            public static ValidationResult Validate(string? name)
            {
                if (name is null)
                {
                    return NameChecks.Missing(Group, Setting, LengthFact);
                }

                var errors = new ErrorList();
                NameChecks.Length(errors, Group, Setting, name, 1, MaxLength, LengthFact);
                NameChecks.Characters(errors, Group, Setting, name, Allowed, PunctuationFact);
                return errors.ToResult(name);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name) => name is not null && IsValid(name.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name)
                => name.Length >= 1 && name.Length <= MaxLength && Allowed.IndexOfFirstInvalid(name) < 0;

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name) => Validate(name).ThrowIfInvalid();

            private const string Group = "lambda.function-names";

            private const string Setting = "FunctionName";

            private static readonly CharacterSet Allowed = new("both", AllowedPunctuation);

            private static Fact? LengthFact => Cite.Fact(typeof(FunctionNames), MaxLength);

            private static Fact? PunctuationFact => Cite.Fact(typeof(FunctionNames), AllowedPunctuation);
        }
    }
}
