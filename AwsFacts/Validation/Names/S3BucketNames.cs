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
                if (name is null)
                {
                    return NameChecks.Missing(Group, Setting, LengthFact);
                }

                var errors = new ErrorList();
                NameChecks.Length(errors, Group, Setting, name, MinLength, MaxLength, LengthFact);
                var bad = Allowed.IndexOfFirstInvalid(name.AsSpan());
                if (bad >= 0)
                {
                    errors.Add(Group + ".characters",
                        $"{Setting} may contain only lowercase letters, digits and '{AllowedPunctuation}'; '{NameChecks.Printable(name[bad])}' at {bad} is not allowed.", PunctuationFact, bad);
                }

                if (name.Length > 0 && !IsLetterOrDigit(name[0]))
                {
                    errors.Add(Group + ".first-character", $"{Setting} must begin with a letter or digit.", PunctuationFact, 0);
                }

                if (name.Length > 0 && !IsLetterOrDigit(name[name.Length - 1]))
                {
                    errors.Add(Group + ".last-character", $"{Setting} must end with a letter or digit.", PunctuationFact, name.Length - 1);
                }

                var adjacent = name.IndexOf(ForbiddenSequence, StringComparison.Ordinal);
                if (adjacent >= 0)
                {
                    errors.Add(Group + ".forbidden-sequence", $"{Setting} must not contain '{ForbiddenSequence}'.", SequenceFact, adjacent);
                }

                if (LooksLikeIpAddress(name.AsSpan()))
                {
                    errors.Add(Group + ".ip-address", $"{Setting} must not be formatted as an IP address.", LengthFact);
                }

                foreach (var prefix in ReservedPrefixes.All)
                {
                    if (name.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        errors.Add(Group + ".reserved-prefix", $"{Setting} must not begin with a reserved prefix: the prefix '{prefix}' is reserved.", PrefixFact, 0);
                    }
                }

                foreach (var suffix in ReservedSuffixes.All)
                {
                    if (name.EndsWith(suffix, StringComparison.Ordinal))
                    {
                        errors.Add(Group + ".reserved-suffix", $"{Setting} must not end with a reserved suffix: the suffix '{suffix}' is reserved.", SuffixFact, name.Length - suffix.Length);
                    }
                }

                var period = name.IndexOf('.');
                if (transferAcceleration && period >= 0)
                {
                    errors.Add(Group + ".transfer-acceleration", $"{Setting} of a bucket used with Transfer Acceleration cannot contain periods.", PunctuationFact, period);
                }

                return errors.ToResult(name);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name, bool transferAcceleration = false)
                => name is not null && IsValid(name.AsSpan(), transferAcceleration);

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name, bool transferAcceleration = false)
            {
                if (name.Length < MinLength || name.Length > MaxLength || !IsLetterOrDigit(name[0]) || !IsLetterOrDigit(name[name.Length - 1]))
                {
                    return false;
                }

                if (Allowed.IndexOfFirstInvalid(name) >= 0
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

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name, bool transferAcceleration = false)
                => Validate(name, transferAcceleration).ThrowIfInvalid();

            /// <summary>Validates and throws a <see cref="ValidationException"/> listing every broken rule.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            [Obsolete("Use ThrowIfInvalid, the one throwing verb of every validator.")]
            public static string EnsureValid(string? name, bool transferAcceleration = false)
            {
                ThrowIfInvalid(name, transferAcceleration);
                return name!;
            }

            /// <summary>The rule ids' prefix: the id of the bucket-name facts (<c>s3.bucket-names.length</c> is one).</summary>
            private const string Group = "s3.bucket-names";

            /// <summary>The setting as AWS names it (CloudFormation <c>BucketName</c>).</summary>
            private const string Setting = "BucketName";

            // Built once from the generated facts, so the fast path reads the notes' rules and nothing else.
            private static readonly CharacterSet Allowed = new("lower", AllowedPunctuation);

            private static readonly string[] Prefixes = ReservedPrefixes.All.ToArray();

            private static readonly string[] Suffixes = ReservedSuffixes.All.ToArray();

            // A reserved affix that starts or ends outside ASCII can never match a valid name: nothing to mark.
            private static readonly bool[] PrefixStarts = AsciiSets.Table(Prefixes.Select(p => p[0]));

            private static readonly bool[] SuffixEnds = AsciiSets.Table(Suffixes.Select(p => p[p.Length - 1]));

            private static Fact? LengthFact => Cite.Fact(typeof(BucketNames), Length);

            private static Fact? PunctuationFact => Cite.Fact(typeof(BucketNames), AllowedPunctuation);

            private static Fact? SequenceFact => Cite.Fact(typeof(BucketNames), ForbiddenSequence);

            private static Fact? PrefixFact => Cite.Type(typeof(ReservedPrefix));

            private static Fact? SuffixFact => Cite.Type(typeof(ReservedSuffix));

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

        }
    }
}
