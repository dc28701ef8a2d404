using System;

namespace AwsFacts
{
    public static partial class StepFunctions
    {
        // Hand-written logic beside the generated facts of notes/step-functions.md.
        public static partial class StateMachineNames
        {
            /// <summary>
            /// Checks a state machine name (<c>StateMachineName</c>; the API's <c>name</c>): length, and no white space,
            /// control characters or forbidden punctuation. Rule ids start with <c>step-functions.state-machine-names.</c>.
            /// Never throws.
            /// </summary>
            /// <example><c>StepFunctions.StateMachineNames.Validate("order-flow").IsValid</c> is true; <c>Validate("order flow")</c> is not.</example>
            public static ValidationResult Validate(string? name) => Rule.Validate(name);

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name) => name is not null && Rule.IsValid(name.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name) => Rule.IsValid(name);

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name) => Validate(name).ThrowIfInvalid();

            // Every number and character from the generated facts beside this class.
            private static readonly NameRule Rule = new("step-functions.state-machine-names", "StateMachineName", MinLength, MaxLength,
                CharacterSet.AllBut(IsForbidden, "characters other than white space, control characters and " + ForbiddenPunctuation + "`"),
                () => Cite.Fact(typeof(StateMachineNames), Length), () => Cite.Fact(typeof(StateMachineNames), ForbiddenPunctuation));

            // The API reference's control characters: U+0000–001F and U+007F–009F. The fact's sentence adds the grave
            // accent, which its code span cannot hold.
            private static bool IsForbidden(char c)
                => char.IsWhiteSpace(c) || c <= '\u001F' || (c >= '\u007F' && c <= '\u009F') || c == '`' || ForbiddenPunctuation.IndexOf(c) >= 0;
        }
    }
}
