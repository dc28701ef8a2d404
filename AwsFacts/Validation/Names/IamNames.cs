using System;

namespace AwsFacts
{
    public static partial class Iam
    {
        // Hand-written logic beside the generated facts of notes/iam-quotas.md.
        public static partial class RoleNames
        {
            /// <summary>
            /// Checks a role name (<c>RoleName</c>): length and characters. IAM compares names without regard to case,
            /// which no single name can break. Rule ids start with <c>iam.role-names.</c>. Never throws.
            /// </summary>
            /// <example><c>Iam.RoleNames.Validate("deploy+ci@prod").IsValid</c> is true; <c>Validate("deploy role")</c> is not.</example>
            public static ValidationResult Validate(string? name) => Rule.Validate(name);

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name) => name is not null && Rule.IsValid(name.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name) => Rule.IsValid(name);

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name) => Validate(name).ThrowIfInvalid();

            // Every number and character from the generated facts beside this class.
            private static readonly NameRule Rule = new("iam.role-names", "RoleName", 1, MaxLength, new CharacterSet("both", AllowedPunctuation),
                () => Cite.Fact(typeof(RoleNames), MaxLength), () => Cite.Fact(typeof(RoleNames), AllowedPunctuation));
        }

        public static partial class UserNames
        {
            /// <summary>
            /// Checks a user name (<c>UserName</c>): not empty, and only letters, digits and the punctuation of
            /// <see cref="AllowedPunctuation"/>. The notes give no length for user names, so none is checked.
            /// Rule ids start with <c>iam.user-names.</c>. Never throws.
            /// </summary>
            /// <example><c>Iam.UserNames.Validate("jane.doe@example").IsValid</c> is true; <c>Validate("jane doe")</c> is not.</example>
            public static ValidationResult Validate(string? name) => Rule.Validate(name);

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name) => name is not null && Rule.IsValid(name.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name) => Rule.IsValid(name);

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name) => Validate(name).ThrowIfInvalid();

            // Every number and character from the generated facts beside this class.
            private static readonly NameRule Rule = new("iam.user-names", "UserName", 1, int.MaxValue, new CharacterSet("both", AllowedPunctuation),
                () => Cite.Fact(typeof(UserNames), AllowedPunctuation), () => Cite.Fact(typeof(UserNames), AllowedPunctuation));
        }
    }
}
