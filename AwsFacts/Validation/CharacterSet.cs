using System;

namespace AwsFacts
{
    /// <summary>
    /// The characters a name rule allows, built once from the facts (letters, digits and the note's punctuation),
    /// with an allocation-free search for the first character outside it.
    /// </summary>
    internal sealed class CharacterSet
    {
        private readonly bool[] _ascii;
        private readonly Func<char, bool>? _beyondAscii;
#if NET8_0_OR_GREATER
        // An ASCII-only set searches vectorised, as a [GeneratedRegex] character class would.
        private readonly System.Buffers.SearchValues<char>? _values;
#endif

        /// <summary>Builds the set once; the rule keeps it for every call.</summary>
        /// <param name="letters">ASCII letters: "lower", "upper" or "both".</param>
        /// <param name="punctuation">The punctuation the facts allow besides letters and digits.</param>
        /// <param name="digits">Whether ASCII digits are allowed.</param>
        /// <param name="beyondAscii">Which characters above ASCII are allowed (none when null).</param>
        /// <param name="description">How a message says the set: "letters, digits and '-', '_'".</param>
        /// <param name="ascii">Overrides the ASCII part: which ASCII characters are allowed.</param>
        public CharacterSet(string letters, string punctuation, bool digits = true, Func<char, bool>? beyondAscii = null, string? description = null, Func<char, bool>? ascii = null)
        {
            var allowed = AsciiSets.Where(c => ascii?.Invoke(c) ?? ((c is >= 'a' and <= 'z' && letters is "lower" or "both")
                                                                    || (c is >= 'A' and <= 'Z' && letters is "upper" or "both")
                                                                    || (digits && c is >= '0' and <= '9')
                                                                    || punctuation.IndexOf(c) >= 0));
            _ascii = AsciiSets.Table(allowed);
            _beyondAscii = beyondAscii;
#if NET8_0_OR_GREATER
            _values = beyondAscii is null ? System.Buffers.SearchValues.Create(allowed) : null;
#endif
            Description = description ?? Describe(letters, digits, punctuation);
        }

        /// <summary>A set given by what it leaves out (Step Functions names): every character <paramref name="forbidden"/> refuses.</summary>
        public static CharacterSet AllBut(Func<char, bool> forbidden, string description)
            => new(string.Empty, string.Empty, digits: false, beyondAscii: c => !forbidden(c), description: description, ascii: c => !forbidden(c));

        /// <summary>The set in words, for messages.</summary>
        public string Description { get; }

        public bool Contains(char c) => c < AsciiSets.Limit ? _ascii[c] : _beyondAscii?.Invoke(c) == true;

        /// <summary>The index of the first character outside the set, or -1.</summary>
        public int IndexOfFirstInvalid(ReadOnlySpan<char> value)
        {
#if NET8_0_OR_GREATER
            if (_values is not null)
            {
                return value.IndexOfAnyExcept(_values);
            }
#endif
            for (var i = 0; i < value.Length; i++)
            {
                if (!Contains(value[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        private static string Describe(string letters, bool digits, string punctuation)
        {
            var kinds = letters switch { "lower" => "lowercase letters", "upper" => "uppercase letters", _ => "letters" };
            var marks = string.Join(", ", Array.ConvertAll(punctuation.ToCharArray(), c => "'" + c + "'"));
            return kinds + (digits ? ", digits" : string.Empty) + (marks.Length > 0 ? " and " + marks : string.Empty);
        }
    }
}
