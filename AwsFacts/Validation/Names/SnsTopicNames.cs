using System;

namespace AwsFacts
{
    public static partial class Sns
    {
        // Hand-written logic beside the generated facts of notes/sns.md.
        public static partial class TopicNames
        {
            /// <summary>
            /// Checks a topic name (<c>TopicName</c>; the CreateTopic API's <c>Name</c>): length (the <c>.fifo</c> suffix
            /// counts), characters, and the suffix — required for a FIFO topic, forbidden for a standard one. Rule ids start
            /// with <c>sns.topic-names.</c>. Never throws.
            /// </summary>
            /// <example><c>Sns.TopicNames.Validate("orders.fifo").IsValid</c> is true; <c>Validate("orders", fifo: true)</c> is not.</example>
            /// <param name="name">The name.</param>
            /// <param name="fifo">Whether it is FIFO; null (the default) takes the name's suffix as the answer.</param>
            public static ValidationResult Validate(string? name, bool? fifo = null) => Rule.Validate(name, fifo);

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name, bool? fifo = null) => name is not null && Rule.IsValid(name.AsSpan(), fifo);

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name, bool? fifo = null) => Rule.IsValid(name, fifo);

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name, bool? fifo = null) => Validate(name, fifo).ThrowIfInvalid();

            // Every number and character from the generated facts beside this class.
            private static readonly NameRule Rule = new("sns.topic-names", "TopicName", MinLength, MaxLength, new CharacterSet("both", AllowedPunctuation),
                () => Cite.Fact(typeof(TopicNames), Length), () => Cite.Fact(typeof(TopicNames), AllowedPunctuation),
                new AwsFacts.FifoSuffix(FifoSuffix, "topic", () => Cite.Fact(typeof(TopicNames), FifoSuffix)));
        }
    }
}
