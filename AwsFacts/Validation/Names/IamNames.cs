using System;

namespace AwsFacts
{
    public static partial class Iam
    {
        // Hand-written logic beside the generated facts: every number and character comes from notes/iam-quotas.md.
        public static partial class RoleNames
        {
            /// <summary>
            /// Checks a role name (<c>RoleName</c>): length and characters. IAM compares names without regard to case,
            /// which no single name can break. Rule ids start with <c>iam.role-names.</c>. Never throws.
            /// </summary>
            /// <example><c>Iam.RoleNames.Validate("deploy+ci@prod").IsValid</c> is true; <c>Validate("deploy role")</c> is not.</example>
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

            private const string Group = "iam.role-names";

            private const string Setting = "RoleName";

            private static readonly CharacterSet Allowed = new("both", AllowedPunctuation);

            private static Fact? LengthFact => Cite.Fact(typeof(RoleNames), MaxLength);

            private static Fact? PunctuationFact => Cite.Fact(typeof(RoleNames), AllowedPunctuation);
        }

        public static partial class UserNames
        {
            /// <summary>
            /// Checks a user name (<c>UserName</c>): not empty, and only letters, digits and the punctuation of
            /// <see cref="AllowedPunctuation"/>. The notes give no length for user names, so none is checked.
            /// Rule ids start with <c>iam.user-names.</c>. Never throws.
            /// </summary>
            /// <example><c>Iam.UserNames.Validate("jane.doe@example").IsValid</c> is true; <c>Validate("jane doe")</c> is not.</example>
            public static ValidationResult Validate(string? name)
            {
                if (name is null)
                {
                    return NameChecks.Missing(Group, Setting, PunctuationFact);
                }

                var errors = new ErrorList();
                if (name.Length == 0)
                {
                    errors.Add(Group + ".length", $"{Setting} must not be empty.", PunctuationFact);
                }

                NameChecks.Characters(errors, Group, Setting, name, Allowed, PunctuationFact);
                return errors.ToResult(name);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name) => name is not null && IsValid(name.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name) => name.Length > 0 && Allowed.IndexOfFirstInvalid(name) < 0;

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name) => Validate(name).ThrowIfInvalid();

            private const string Group = "iam.user-names";

            private const string Setting = "UserName";

            private static readonly CharacterSet Allowed = new("both", AllowedPunctuation);

            private static Fact? PunctuationFact => Cite.Fact(typeof(UserNames), AllowedPunctuation);
        }
    }
}
