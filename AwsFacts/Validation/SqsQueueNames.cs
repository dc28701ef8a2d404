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
            /// Checks a queue name: length (the <c>.fifo</c> suffix counts), characters, and the suffix — required
            /// for a FIFO queue, forbidden for a standard one. Never throws.
            /// </summary>
            /// <example><c>Sqs.QueueNames.Validate("orders.fifo", fifo: true).IsValid</c> is true.</example>
            public static ValidationResult Validate(string? name, bool fifo)
            {
                var errors = new ErrorList();
                if (name is null)
                {
                    errors.Add("sqs.queue-name.null", "A queue name is required.", LengthFact);
                    return errors.ToResult(name);
                }

                if (!Length.Contains(name.Length))
                {
                    errors.Add("sqs.queue-name.length", $"Queue names are {MinLength}–{MaxLength} characters long, the '{FifoSuffix}' suffix included; this one has {name.Length}.", LengthFact);
                }

                var hasSuffix = name.EndsWith(FifoSuffix, StringComparison.Ordinal);
                if (fifo && !hasSuffix)
                {
                    errors.Add("sqs.queue-name.fifo-suffix", $"A FIFO queue's name must end with '{FifoSuffix}'.", SuffixFact, name.Length);
                }
                else if (!fifo && hasSuffix)
                {
                    errors.Add("sqs.queue-name.standard-suffix", $"A standard queue's name must not end with '{FifoSuffix}'.", SuffixFact, name.Length - FifoSuffix.Length);
                }

                var bad = FirstInvalidCharacter(Stem(name.AsSpan(), fifo && hasSuffix));
                if (bad >= 0)
                {
                    errors.Add("sqs.queue-name.character", $"'{name[bad]}' is not allowed: only letters, digits, '-' and '_' ('{AllowedPunctuation}').", PunctuationFact, bad);
                }

                return errors.ToResult(name);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name, bool fifo)
                => name.Length >= MinLength && name.Length <= MaxLength
                   && name.EndsWith(FifoSuffix.AsSpan()) == fifo
                   && FirstInvalidCharacter(Stem(name, fifoWithSuffix: fifo)) < 0; // reached only when the suffix matches fifo

            /// <summary>Validates and throws a <see cref="ValidationException"/> listing every broken rule.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static string EnsureValid(string? name, bool fifo)
            {
                Validate(name, fifo).ThrowIfInvalid();
                return name!;
            }

            private static Fact? LengthFact => FactCatalog.FindByValue(Length);

            private static Fact? PunctuationFact => FactCatalog.FindByMember("Sqs.QueueNames.AllowedPunctuation");

            private static Fact? SuffixFact => FactCatalog.FindByMember("Sqs.QueueNames.FifoSuffix");

            /// <summary>The part the character rule applies to: a FIFO name without its suffix.</summary>
            private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> name, bool fifoWithSuffix)
                => fifoWithSuffix ? name.Slice(0, name.Length - FifoSuffix.Length) : name;

            private static int FirstInvalidCharacter(ReadOnlySpan<char> name)
            {
#if NET8_0_OR_GREATER
                // Vectorised, as a [GeneratedRegex] character class would be.
                return name.IndexOfAnyExcept(AllowedValues);
#else
                for (var i = 0; i < name.Length; i++)
                {
                    if (!IsAllowed(name[i]))
                    {
                        return i;
                    }
                }

                return -1;
#endif
            }

            private static bool IsAllowed(char c)
                => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') || AllowedPunctuation.IndexOf(c) >= 0;

#if NET8_0_OR_GREATER
            // Built once from the generated facts (AllowedPunctuation comes from notes/messaging.md).
            private static readonly System.Buffers.SearchValues<char> AllowedValues = System.Buffers.SearchValues.Create(AsciiSets.Where(IsAllowed));
#endif
        }
    }
}
