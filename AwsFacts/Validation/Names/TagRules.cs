using System;

namespace AwsFacts
{
    // Hand-written logic beside the generated facts: every number and character comes from notes/tags.md.
    public static partial class Tags
    {
        /// <summary>
        /// What tags allow: letters, numbers and spaces in any script (the Tag Editor guide's "Unicode characters in
        /// UTF-8"), and the punctuation of <see cref="AllowedPunctuation"/>. A surrogate pair is let through: one half
        /// cannot say whether the pair is a letter.
        /// </summary>
        private static readonly CharacterSet Allowed = new(
            "both",
            " " + AllowedPunctuation,
            beyondAscii: c => char.IsLetter(c) || char.IsNumber(c) || char.IsSeparator(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark,
            description: $"letters, numbers, spaces and '{AllowedPunctuation}'");

        private static Fact? PunctuationFact => Cite.Fact(typeof(Tags), AllowedPunctuation);

        public static partial class Keys
        {
            /// <summary>
            /// Checks a tag key (<c>Key</c>): length, characters, and the reserved <see cref="ReservedPrefix"/> in any
            /// case. Rule ids start with <c>tags.keys.</c>. Some services allow fewer characters; this is the common rule.
            /// Never throws.
            /// </summary>
            /// <example><c>Tags.Keys.Validate("cost-center").IsValid</c> is true; <c>Validate("aws:owner")</c> is not.</example>
            public static ValidationResult Validate(string? key)
            {
                if (key is null)
                {
                    return NameChecks.Missing(Group, Setting, LengthFact);
                }

                var errors = new ErrorList();
                NameChecks.Length(errors, Group, Setting, key, MinLength, MaxLength, LengthFact);
                NameChecks.Characters(errors, Group, Setting, key, Allowed, PunctuationFact);
                if (HasReservedPrefix(key.AsSpan()))
                {
                    errors.Add(Group + ".reserved-prefix", $"{Setting} must not begin with '{ReservedPrefix}' (in any case): AWS reserves it.", PrefixFact, 0);
                }

                return errors.ToResult(key);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? key) => key is not null && IsValid(key.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> key)
                => key.Length >= MinLength && key.Length <= MaxLength && Allowed.IndexOfFirstInvalid(key) < 0 && !HasReservedPrefix(key);

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the key is valid.</summary>
            /// <exception cref="ValidationException">The key breaks a rule.</exception>
            public static void ThrowIfInvalid(string? key) => Validate(key).ThrowIfInvalid();

            private const string Group = "tags.keys";

            private const string Setting = "Key";

            private static Fact? LengthFact => Cite.Fact(typeof(Keys), Length);

            private static Fact? PrefixFact => Cite.Fact(typeof(Keys), ReservedPrefix);

            private static bool HasReservedPrefix(ReadOnlySpan<char> key) => key.StartsWith(ReservedPrefix.AsSpan(), StringComparison.OrdinalIgnoreCase);
        }

        public static partial class Values
        {
            /// <summary>
            /// Checks a tag value (<c>Value</c>): length (it may be empty) and characters. Rule ids start with
            /// <c>tags.values.</c>. Never throws.
            /// </summary>
            /// <example><c>Tags.Values.Validate("").IsValid</c> is true; <c>Validate("a|b")</c> is not.</example>
            public static ValidationResult Validate(string? value)
            {
                if (value is null)
                {
                    return NameChecks.Missing(Group, Setting, LengthFact);
                }

                var errors = new ErrorList();
                NameChecks.Length(errors, Group, Setting, value, MinLength, MaxLength, LengthFact);
                NameChecks.Characters(errors, Group, Setting, value, Allowed, PunctuationFact);
                return errors.ToResult(value);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? value) => value is not null && IsValid(value.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> value)
                => value.Length >= MinLength && value.Length <= MaxLength && Allowed.IndexOfFirstInvalid(value) < 0;

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the value is valid.</summary>
            /// <exception cref="ValidationException">The value breaks a rule.</exception>
            public static void ThrowIfInvalid(string? value) => Validate(value).ThrowIfInvalid();

            private const string Group = "tags.values";

            private const string Setting = "Value";

            private static Fact? LengthFact => Cite.Fact(typeof(Values), Length);
        }
    }
}
