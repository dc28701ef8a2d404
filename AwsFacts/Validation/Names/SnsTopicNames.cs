using System;

namespace AwsFacts
{
    public static partial class Sns
    {
        // Hand-written logic beside the generated facts: every number and character comes from notes/sns.md.
        public static partial class TopicNames
        {
            /// <summary>
            /// Checks a topic name (<c>TopicName</c>; the CreateTopic API's <c>Name</c>): length (the <c>.fifo</c> suffix
            /// counts), characters, and the suffix — required for a FIFO topic, forbidden for a standard one. Rule ids start
            /// with <c>sns.topic-names.</c>. Never throws.
            /// </summary>
            /// <param name="name">The topic name.</param>
            /// <param name="fifo">Whether the topic is a FIFO topic; null (the default) takes the name's suffix as the answer.</param>
            /// <example><c>Sns.TopicNames.Validate("orders.fifo").IsValid</c> is true; <c>Validate("orders", fifo: true)</c> is not.</example>
            public static ValidationResult Validate(string? name, bool? fifo = null)
            {
                if (name is null)
                {
                    return NameChecks.Missing(Group, Setting, LengthFact);
                }

                var errors = new ErrorList();
                NameChecks.Length(errors, Group, Setting, name, MinLength, MaxLength, LengthFact, $", the '{FifoSuffix}' suffix included");
                var hasSuffix = name.EndsWith(FifoSuffix, StringComparison.Ordinal);
                var isFifo = fifo ?? hasSuffix;
                if (isFifo && !hasSuffix)
                {
                    errors.Add(Group + ".fifo-suffix", $"{Setting} of a FIFO topic must end with '{FifoSuffix}'.", SuffixFact, name.Length);
                }
                else if (!isFifo && hasSuffix)
                {
                    errors.Add(Group + ".standard-suffix", $"{Setting} of a standard topic must not end with '{FifoSuffix}'.", SuffixFact, name.Length - FifoSuffix.Length);
                }

                var stem = isFifo && hasSuffix ? name.Length - FifoSuffix.Length : name.Length;
                NameChecks.Characters(errors, Group, Setting, name, Allowed, PunctuationFact, 0, stem);
                return errors.ToResult(name);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name, bool? fifo = null) => name is not null && IsValid(name.AsSpan(), fifo);

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name, bool? fifo = null)
            {
                var hasSuffix = name.EndsWith(FifoSuffix.AsSpan());
                var stem = hasSuffix ? name.Slice(0, name.Length - FifoSuffix.Length) : name;
                return name.Length >= MinLength && name.Length <= MaxLength
                       && (fifo ?? hasSuffix) == hasSuffix
                       && Allowed.IndexOfFirstInvalid(stem) < 0;
            }

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name, bool? fifo = null) => Validate(name, fifo).ThrowIfInvalid();

            private const string Group = "sns.topic-names";

            private const string Setting = "TopicName";

            private static readonly CharacterSet Allowed = new("both", AllowedPunctuation);

            private static Fact? LengthFact => Cite.Fact(typeof(TopicNames), Length);

            private static Fact? PunctuationFact => Cite.Fact(typeof(TopicNames), AllowedPunctuation);

            private static Fact? SuffixFact => Cite.Fact(typeof(TopicNames), FifoSuffix);
        }
    }
}
