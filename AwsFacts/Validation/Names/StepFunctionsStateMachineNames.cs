using System;

namespace AwsFacts
{
    public static partial class StepFunctions
    {
        // Hand-written logic beside the generated facts: every number and character comes from notes/step-functions.md.
        public static partial class StateMachineNames
        {
            /// <summary>
            /// Checks a state machine name (<c>StateMachineName</c>; the API's <c>name</c>): length, and no white space,
            /// control characters or forbidden punctuation. Rule ids start with <c>step-functions.state-machine-names.</c>.
            /// Never throws.
            /// </summary>
            /// <example><c>StepFunctions.StateMachineNames.Validate("order-flow").IsValid</c> is true; <c>Validate("order flow")</c> is not.</example>
            public static ValidationResult Validate(string? name)
            {
                if (name is null)
                {
                    return NameChecks.Missing(Group, Setting, LengthFact);
                }

                var errors = new ErrorList();
                NameChecks.Length(errors, Group, Setting, name, MinLength, MaxLength, LengthFact);
                var bad = FirstForbidden(name.AsSpan());
                if (bad >= 0)
                {
                    errors.Add(Group + ".characters",
                        $"{Setting} must not contain white space, control characters or any of {ForbiddenPunctuation}`; '{NameChecks.Printable(name[bad])}' at {bad} is not allowed.",
                        PunctuationFact, bad);
                }

                return errors.ToResult(name);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name) => name is not null && IsValid(name.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name)
                => name.Length >= MinLength && name.Length <= MaxLength && FirstForbidden(name) < 0;

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name) => Validate(name).ThrowIfInvalid();

            private const string Group = "step-functions.state-machine-names";

            private const string Setting = "StateMachineName";

            private static Fact? LengthFact => Cite.Fact(typeof(StateMachineNames), Length);

            private static Fact? PunctuationFact => Cite.Fact(typeof(StateMachineNames), ForbiddenPunctuation);

            private static int FirstForbidden(ReadOnlySpan<char> name)
            {
                for (var i = 0; i < name.Length; i++)
                {
                    var c = name[i];
                    // The API reference's control characters: U+0000–001F and U+007F–009F. The fact's sentence adds the
                    // grave accent, which its code span cannot hold.
                    if (char.IsWhiteSpace(c) || c <= '\u001F' || (c >= '\u007F' && c <= '\u009F') || c == '`' || ForbiddenPunctuation.IndexOf(c) >= 0)
                    {
                        return i;
                    }
                }

                return -1;
            }
        }
    }
}
