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
            /// suffix — required for a FIFO queue, forbidden for a standard one. Never throws.
            /// </summary>
            /// <param name="name">The queue name.</param>
            /// <param name="fifo">Whether the queue is a FIFO queue; null (the default) takes the name's suffix as the answer.</param>
            /// <example><c>Sqs.QueueNames.Validate("orders.fifo").IsValid</c> is true; so is <c>Validate("orders.fifo", fifo: true)</c>.</example>
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
                    errors.Add(Group + ".fifo-suffix", $"{Setting} of a FIFO queue must end with '{FifoSuffix}'.", SuffixFact, name.Length);
                }
                else if (!isFifo && hasSuffix)
                {
                    errors.Add(Group + ".standard-suffix", $"{Setting} of a standard queue must not end with '{FifoSuffix}'.", SuffixFact, name.Length - FifoSuffix.Length);
                }

                NameChecks.Characters(errors, Group, Setting, name, Allowed, PunctuationFact, 0, Stem(name.AsSpan(), isFifo && hasSuffix).Length);
                return errors.ToResult(name);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name, bool? fifo = null) => name is not null && IsValid(name.AsSpan(), fifo);

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name, bool? fifo = null)
            {
                var hasSuffix = name.EndsWith(FifoSuffix.AsSpan());
                return name.Length >= MinLength && name.Length <= MaxLength
                       && (fifo ?? hasSuffix) == hasSuffix
                       && Allowed.IndexOfFirstInvalid(Stem(name, hasSuffix)) < 0;
            }

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name, bool? fifo = null) => Validate(name, fifo).ThrowIfInvalid();

            /// <summary>Validates and throws a <see cref="ValidationException"/> listing every broken rule.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            [Obsolete("Use ThrowIfInvalid, the one throwing verb of every validator.")]
            public static string EnsureValid(string? name, bool fifo)
            {
                ThrowIfInvalid(name, fifo);
                return name!;
            }

            /// <summary>The rule ids' prefix: the id of the queue-name facts (<c>sqs.queue-names.length</c> is one).</summary>
            private const string Group = "sqs.queue-names";

            /// <summary>The setting as AWS names it (CloudFormation and the CreateQueue API: <c>QueueName</c>).</summary>
            private const string Setting = "QueueName";

            // Built once from the generated facts (AllowedPunctuation comes from notes/messaging.md).
            private static readonly CharacterSet Allowed = new("both", AllowedPunctuation);

            private static Fact? LengthFact => Cite.Fact(typeof(QueueNames), Length);

            private static Fact? PunctuationFact => Cite.Fact(typeof(QueueNames), AllowedPunctuation);

            private static Fact? SuffixFact => Cite.Fact(typeof(QueueNames), FifoSuffix);

            /// <summary>The part the character rule applies to: a FIFO name without its suffix.</summary>
            private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> name, bool withSuffix)
                => withSuffix ? name.Slice(0, name.Length - FifoSuffix.Length) : name;
        }
    }
}
