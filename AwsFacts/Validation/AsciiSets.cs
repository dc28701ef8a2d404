using System;
using System.Collections.Generic;

namespace AwsFacts
{
    /// <summary>
    /// Character sets the validators' fast paths build once from the generated facts: the ASCII characters a
    /// rule allows, and lookup tables indexed by character.
    /// </summary>
    internal static class AsciiSets
    {
        public const int Limit = 128;

        /// <summary>The ASCII characters <paramref name="allowed"/> accepts, in order.</summary>
        public static string Where(Func<char, bool> allowed)
        {
            var builder = new System.Text.StringBuilder();
            for (var c = (char)0; c < Limit; c++)
            {
                if (allowed(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>A table marking <paramref name="characters"/>; characters outside ASCII cannot be looked up, so they stay unmarked.</summary>
        public static bool[] Table(IEnumerable<char> characters)
        {
            var table = new bool[Limit];
            foreach (var c in characters)
            {
                if (c < Limit)
                {
                    table[c] = true;
                }
            }

            return table;
        }
    }
}
