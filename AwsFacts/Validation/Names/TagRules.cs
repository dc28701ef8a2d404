using System;
using System.Linq;

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
                var result = Rule.Validate(key);
                if (key is null || !HasReservedPrefix(key.AsSpan()))
                {
                    return result;
                }

                var prefix = Cite.Fact(typeof(Keys), ReservedPrefix);
                var reserved = new ValidationError("tags.keys.reserved-prefix",
                    $"Key must not begin with '{ReservedPrefix}' (in any case): AWS reserves it.{ErrorList.Cite(prefix)}", 0, prefix);
                return new ValidationResult(key, result.Errors.Concat(new[] { reserved }));
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? key) => key is not null && IsValid(key.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> key) => Rule.IsValid(key) && !HasReservedPrefix(key);

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the key is valid.</summary>
            /// <exception cref="ValidationException">The key breaks a rule.</exception>
            public static void ThrowIfInvalid(string? key) => Validate(key).ThrowIfInvalid();

            // Every number and character from the generated facts beside this class.
            private static readonly NameRule Rule = new("tags.keys", "Key", MinLength, MaxLength, Allowed, () => Cite.Fact(typeof(Keys), Length), () => PunctuationFact);

            private static bool HasReservedPrefix(ReadOnlySpan<char> key) => key.StartsWith(ReservedPrefix.AsSpan(), StringComparison.OrdinalIgnoreCase);
        }
        public static partial class Values
        {
            /// <summary>
            /// Checks a tag value (<c>Value</c>): length (it may be empty) and characters. Rule ids start with
            /// <c>tags.values.</c>. Never throws.
            /// </summary>
            /// <example><c>Tags.Values.Validate("").IsValid</c> is true; <c>Validate("a|b")</c> is not.</example>
            public static ValidationResult Validate(string? value) => Rule.Validate(value);

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? value) => value is not null && Rule.IsValid(value.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> value) => Rule.IsValid(value);

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the value is valid.</summary>
            /// <exception cref="ValidationException">The value breaks a rule.</exception>
            public static void ThrowIfInvalid(string? value) => Validate(value).ThrowIfInvalid();

            // Every number and character from the generated facts beside this class.
            private static readonly NameRule Rule = new("tags.values", "Value", MinLength, MaxLength, Allowed, () => Cite.Fact(typeof(Values), Length), () => PunctuationFact);
        }
    }
}
