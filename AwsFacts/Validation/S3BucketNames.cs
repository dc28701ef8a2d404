using System;
using System.Linq;

namespace AwsFacts
{
    public static partial class S3
    {
        // Hand-written logic beside the generated facts: every number and literal comes from notes/s3.md.
        public static partial class BucketNames
        {
            /// <summary>
            /// Checks a general purpose bucket name against every naming rule of the notes: length, characters,
            /// first and last character, adjacent periods, IP-address form, reserved prefixes and suffixes, and
            /// (for Transfer Acceleration) periods. The name is checked for the shared global namespace, where the
            /// account regional suffix <c>-an</c> is reserved. Never throws.
            /// </summary>
            /// <example><c>S3.BucketNames.Validate("my-bucket").IsValid</c> is true; <c>Validate("My_Bucket")</c> lists two errors.</example>
            public static ValidationResult Validate(string? name, bool transferAcceleration = false)
            {
                var errors = new ErrorList();
                if (name is null)
                {
                    errors.Add("s3.bucket-name.null", "A bucket name is required.", LengthFact);
                    return errors.ToResult(name);
                }

                if (!Length.Contains(name.Length))
                {
                    errors.Add("s3.bucket-name.length", $"Bucket names are {MinLength}–{MaxLength} characters long; this one has {name.Length}.", LengthFact);
                }

                var bad = FirstInvalidCharacter(name.AsSpan());
                if (bad >= 0)
                {
                    errors.Add("s3.bucket-name.character",
                        $"'{Printable(name[bad])}' is not allowed: only lowercase letters, digits and '{AllowedPunctuation}'.", PunctuationFact, bad);
                }

                if (name.Length > 0 && !IsLetterOrDigit(name[0]))
                {
                    errors.Add("s3.bucket-name.first-character", "Bucket names must begin with a letter or digit.", PunctuationFact, 0);
                }

                if (name.Length > 0 && !IsLetterOrDigit(name[name.Length - 1]))
                {
                    errors.Add("s3.bucket-name.last-character", "Bucket names must end with a letter or digit.", PunctuationFact, name.Length - 1);
                }

                var adjacent = name.IndexOf(ForbiddenSequence, StringComparison.Ordinal);
                if (adjacent >= 0)
                {
                    errors.Add("s3.bucket-name.adjacent-periods", $"Bucket names must not contain '{ForbiddenSequence}'.", SequenceFact, adjacent);
                }

                if (LooksLikeIpAddress(name.AsSpan()))
                {
                    errors.Add("s3.bucket-name.ip-address", "Bucket names must not be formatted as an IP address.", LengthFact);
                }

                foreach (var prefix in ReservedPrefixes.All)
                {
                    if (name.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        errors.Add("s3.bucket-name.reserved-prefix", $"The prefix '{prefix}' is reserved.", PrefixFact, 0);
                    }
                }

                foreach (var suffix in ReservedSuffixes.All)
                {
                    if (name.EndsWith(suffix, StringComparison.Ordinal))
                    {
                        errors.Add("s3.bucket-name.reserved-suffix", $"The suffix '{suffix}' is reserved.", SuffixFact, name.Length - suffix.Length);
                    }
                }

                var period = name.IndexOf('.');
                if (transferAcceleration && period >= 0)
                {
                    errors.Add("s3.bucket-name.transfer-acceleration", "Buckets used with Transfer Acceleration cannot contain periods.", PunctuationFact, period);
                }

                return errors.ToResult(name);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name, bool transferAcceleration = false)
            {
                if (name.Length < MinLength || name.Length > MaxLength || !IsLetterOrDigit(name[0]) || !IsLetterOrDigit(name[name.Length - 1]))
                {
                    return false;
                }

                if (FirstInvalidCharacter(name) >= 0
                    || name.IndexOf(ForbiddenSequence.AsSpan()) >= 0
                    || (name[0] is >= '0' and <= '9' && LooksLikeIpAddress(name))
                    || (transferAcceleration && name.IndexOf('.') >= 0))
                {
                    return false;
                }

                // The first and last characters are ASCII letters or digits here, so they index the tables.
                if (PrefixStarts[name[0]])
                {
                    foreach (var prefix in Prefixes)
                    {
                        if (name.StartsWith(prefix.AsSpan()))
                        {
                            return false;
                        }
                    }
                }

                if (SuffixEnds[name[name.Length - 1]])
                {
                    foreach (var suffix in Suffixes)
                    {
                        if (name.EndsWith(suffix.AsSpan()))
                        {
                            return false;
                        }
                    }
                }

                return true;
            }

            /// <summary>Validates and throws a <see cref="ValidationException"/> listing every broken rule.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static string EnsureValid(string? name, bool transferAcceleration = false)
            {
                Validate(name, transferAcceleration).ThrowIfInvalid();
                return name!;
            }

            // Built once from the generated facts, so the fast path reads the notes' rules and nothing else.
#if NET8_0_OR_GREATER
            private static readonly System.Buffers.SearchValues<char> AllowedValues = System.Buffers.SearchValues.Create(AsciiSets.Where(IsAllowed));
#else
            private static readonly bool[] Allowed = AsciiSets.Table(AsciiSets.Where(IsAllowed));
#endif

            private static readonly string[] Prefixes = ReservedPrefixes.All.ToArray();

            private static readonly string[] Suffixes = ReservedSuffixes.All.ToArray();

            // A reserved affix that starts or ends outside ASCII can never match a valid name: nothing to mark.
            private static readonly bool[] PrefixStarts = AsciiSets.Table(Prefixes.Select(p => p[0]));

            private static readonly bool[] SuffixEnds = AsciiSets.Table(Suffixes.Select(p => p[p.Length - 1]));

            private static Fact? LengthFact => FactCatalog.FindByValue(Length);

            private static Fact? PunctuationFact => FactCatalog.FindByMember("S3.BucketNames.AllowedPunctuation");

            private static Fact? SequenceFact => FactCatalog.FindByMember("S3.BucketNames.ForbiddenSequence");

            private static Fact? PrefixFact => FactCatalog.FindByMember("S3.BucketNames.ReservedPrefix");

            private static Fact? SuffixFact => FactCatalog.FindByMember("S3.BucketNames.ReservedSuffix");

            private static int FirstInvalidCharacter(ReadOnlySpan<char> name)
            {
#if NET8_0_OR_GREATER
                // Vectorised, as a [GeneratedRegex] character class would be.
                return name.IndexOfAnyExcept(AllowedValues);
#else
                for (var i = 0; i < name.Length; i++)
                {
                    var c = name[i];
                    if (c >= AsciiSets.Limit || !Allowed[c])
                    {
                        return i;
                    }
                }

                return -1;
#endif
            }

            private static bool IsAllowed(char c) => IsLetterOrDigit(c) || AllowedPunctuation.IndexOf(c) >= 0;

            private static bool IsLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

            /// <summary>Four dot-separated groups of one to three digits: 192.168.5.4.</summary>
            private static bool LooksLikeIpAddress(ReadOnlySpan<char> name)
            {
                var groups = 0;
                var digits = 0;
                foreach (var c in name)
                {
                    if (c is >= '0' and <= '9')
                    {
                        if (++digits > 3)
                        {
                            return false;
                        }
                    }
                    else if (c == '.' && digits > 0)
                    {
                        groups++;
                        digits = 0;
                    }
                    else
                    {
                        return false;
                    }
                }

                return digits > 0 && groups == 3;
            }

            private static string Printable(char c) => char.IsControl(c) || char.IsWhiteSpace(c) ? $"\\u{(int)c:X4}" : c.ToString();
        }
    }
}
