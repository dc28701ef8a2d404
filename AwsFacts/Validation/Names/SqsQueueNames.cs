using System;

namespace AwsFacts
{
    public static partial class Sqs
    {
        public static partial class Fifo
        {
            /// <summary>
            /// The suffix a FIFO queue's name must end with. One fact with <see cref="QueueNames.FifoSuffix"/> (notes/messaging.md
            /// keeps it once, with the queue-name rules); this name stays so that code using it still compiles.
            /// </summary>
            [Obsolete("Renamed: use Sqs.QueueNames.FifoSuffix.")]
            public const string NameSuffix = QueueNames.FifoSuffix;
        }

        // Hand-written logic beside the generated facts: every number and literal comes from notes/messaging.md.
        public static partial class QueueNames
        {
            /// <summary>
            /// Checks a queue name (<c>QueueName</c>): length (the <c>.fifo</c> suffix counts), characters, and the
            /// suffix — required for a FIFO queue, forbidden for a standard one. Rule ids start with <c>sqs.queue-names.</c>.
            /// Never throws.
            /// </summary>
            /// <example><c>Sqs.QueueNames.Validate("orders.fifo").IsValid</c> is true; so is <c>Validate("orders.fifo", fifo: true)</c>.</example>
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
            private static readonly NameRule Rule = new("sqs.queue-names", "QueueName", MinLength, MaxLength, new CharacterSet("both", AllowedPunctuation),
                () => Cite.Fact(typeof(QueueNames), Length), () => Cite.Fact(typeof(QueueNames), AllowedPunctuation),
                new AwsFacts.FifoSuffix(FifoSuffix, "queue", () => Cite.Fact(typeof(QueueNames), FifoSuffix)));

            /// <summary>Validates and throws a <see cref="ValidationException"/> listing every broken rule.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            [Obsolete("Use ThrowIfInvalid, the one throwing verb of every validator.")]
            public static string EnsureValid(string? name, bool fifo)
            {
                ThrowIfInvalid(name, fifo);
                return name!;
            }
        }
    }
}
