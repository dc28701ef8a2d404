using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AwsFacts
{
    public static partial class Ec2
    {
        /// <summary>
        /// Instance categories of the EC2 Instance Types guide (notes/ec2.md). <see cref="InstanceType.Category"/> names one
        /// only where the guide's series description names it.
        /// </summary>
        public enum InstanceCategory
        {
            /// <summary>General Purpose.</summary>
            GeneralPurpose,

            /// <summary>Compute Optimized.</summary>
            ComputeOptimized,

            /// <summary>Memory Optimized.</summary>
            MemoryOptimized,

            /// <summary>Storage Optimized.</summary>
            StorageOptimized,

            /// <summary>Accelerated Computing.</summary>
            AcceleratedComputing,

            /// <summary>High-Performance Computing (the <c>hpc</c> series).</summary>
            HighPerformanceComputing,
        }

        /// <summary>
        /// An EC2 instance type name taken apart, by the naming conventions of notes/ec2.md:
        /// <c>c6gn.2xlarge</c> is series <c>c</c>, generation 6, processor and capability letters <c>gn</c>, size
        /// <c>2xlarge</c>; <c>m7i-flex.large</c> adds the option <c>flex</c>; <c>u-6tb1.metal</c> has no generation.
        /// </summary>
        public readonly struct InstanceType : IEquatable<InstanceType>
        {
            private InstanceType(
                string name, string series, int? generation, string attributes, string? option, string size, int? sizeMultiplier, bool isMetal)
            {
                Name = name;
                Series = series;
                Generation = generation;
                Attributes = attributes;
                Option = option;
                Size = size;
                SizeMultiplier = sizeMultiplier;
                IsMetal = isMetal;
            }

            /// <summary>The whole name: <c>m7i-flex.large</c>.</summary>
            public string Name { get; }

            /// <summary>Everything before the period: <c>m7i-flex</c>.</summary>
            public string Family => Name.Substring(0, Name.IndexOf('.'));

            /// <summary>The series letters: <c>m</c>, <c>mac</c>, <c>u</c>.</summary>
            public string Series { get; }

            /// <summary>The generation: 7 in <c>m7i</c>; null when the name has none (<c>u-6tb1</c>).</summary>
            public int? Generation { get; }

            /// <summary>The processor and capability letters after the generation: <c>gn</c> in <c>c6gn</c>.</summary>
            public string Attributes { get; }

            /// <summary>The attribute letters the notes explain (AMD, Graviton, Intel, local NVMe, network, …).</summary>
            public IReadOnlyList<InstanceTypes.AttributeLetter> AttributeLetters
                => Attributes.Select(c => InstanceTypes.AttributeLetters.TryParse(c.ToString(), out var letter) ? (InstanceTypes.AttributeLetter?)letter : null)
                    .Where(l => l is not null).Select(l => l!.Value).ToArray();

            /// <summary>The option after the hyphen: <c>flex</c>, <c>6tb1</c>, <c>m2pro</c>; null when there is none.</summary>
            public string? Option { get; }

            /// <summary>The size after the period: <c>xlarge</c>, <c>2xlarge</c>, <c>metal</c>, <c>metal-24xl</c>.</summary>
            public string Size { get; }

            /// <summary>How many times <c>xlarge</c> the size is (2 for <c>2xlarge</c>, 24 for <c>metal-24xl</c>); null otherwise.</summary>
            public int? SizeMultiplier { get; }

            /// <summary>Whether it is a bare metal size.</summary>
            public bool IsMetal { get; }

            /// <summary>
            /// The category, where the series says it: the EC2 Instance Types guide describes <c>m</c> as general purpose,
            /// <c>c</c> as compute optimized, <c>r</c> as memory optimized, <c>i</c>, <c>im</c> and <c>is</c> as storage optimized and
            /// <c>hpc</c> as high performance computing. Null for every other series (<c>t</c>, <c>x</c>, <c>p</c>, <c>inf</c>, …):
            /// their descriptions do not name a category, and new series appear over time.
            /// </summary>
            public InstanceCategory? Category => CategoryOf(Series);

            /// <summary>Parses an instance type name.</summary>
            /// <exception cref="FormatException">The name is not an instance type name; the message says why.</exception>
            public static InstanceType Parse(string name)
                => TryParse(name, out var type, out var error) ? type : throw new FormatException(error);

            /// <summary>Parses an instance type name; false (never an exception) when it is not one.</summary>
            public static bool TryParse(string? name, out InstanceType type) => TryParse(name, out type, out _);

            /// <summary>Checks an instance type name, with the reason when it is not one. Never throws.</summary>
            public static ValidationResult Validate(string? name)
            {
                var errors = new ErrorList();
                if (!TryParse(name, out _, out var error))
                {
                    errors.Add("ec2.instance-types.format", "InstanceType: " + error, Cite.Type(typeof(InstanceTypes.InstanceSize)));
                }

                return errors.ToResult(name);
            }

            /// <summary>Whether <paramref name="name"/> is an instance type name (the rules of <see cref="Validate"/>). False for null. Allocates nothing.</summary>
            public static bool IsValid(string? name) => name is not null && IsValid(name.AsSpan());

            /// <summary>Whether <paramref name="name"/> is an instance type name (the rules of <see cref="Validate"/>). Allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name) => Read(name, out _, explain: false) is null;

            /// <summary>Throws a <see cref="ValidationException"/> with the reason, unless <paramref name="name"/> is an instance type name.</summary>
            /// <exception cref="ValidationException">The name is not an instance type name.</exception>
            public static void ThrowIfInvalid(string? name) => Validate(name).ThrowIfInvalid();

            private static bool TryParse(string? name, out InstanceType type, out string error)
            {
                type = default;
                if (name is null)
                {
                    error = Explain(Problem.Required, string.Empty);
                    return false;
                }

                if (Read(name.AsSpan(), out var at, explain: true) is { } problem)
                {
                    error = problem;
                    return false;
                }

                error = string.Empty;
                var core = at.Hyphen >= 0 ? at.Hyphen : at.Dot;
                type = new InstanceType(
                    name,
                    name.Substring(0, at.DigitsStart),
                    at.LettersStart > at.DigitsStart ? int.Parse(name.Substring(at.DigitsStart, at.LettersStart - at.DigitsStart), CultureInfo.InvariantCulture) : null,
                    name.Substring(at.LettersStart, core - at.LettersStart),
                    at.Hyphen >= 0 ? name.Substring(at.Hyphen + 1, at.Dot - at.Hyphen - 1) : null,
                    name.Substring(at.Dot + 1),
                    at.Multiplier,
                    at.Metal);
                return true;
            }

            /// <summary>Where the parts of a valid name are: indices into it, so reading allocates nothing.</summary>
            private struct Layout
            {
                public int Dot;
                public int Hyphen;
                public int DigitsStart;
                public int LettersStart;
                public int? Multiplier;
                public bool Metal;
            }

            private enum Problem
            {
                Required,
                NotFamilyDotSize,
                BadOption,
                BadFamily,
                LettersWithoutGeneration,
                NoGeneration,
                BadSize,
            }

            /// <summary>
            /// Reads a name: series letters, generation digits, attribute letters, an optional "-option", a period and a
            /// size. Returns null when it is an instance type name, else why not (the words only when <paramref name="explain"/>
            /// is set, so the fast path allocates nothing).
            /// </summary>
            private static string? Read(ReadOnlySpan<char> name, out Layout at, bool explain)
            {
                at = default;
                var problem = ReadParts(name, ref at);
                return problem is null ? null : explain ? Explain(problem.Value, name.ToString()) : string.Empty;
            }

            private static Problem? ReadParts(ReadOnlySpan<char> name, ref Layout at)
            {
                if (name.Length == 0)
                {
                    return Problem.Required;
                }

                at.Dot = name.IndexOf('.');
                if (at.Dot <= 0 || at.Dot != name.LastIndexOf('.') || at.Dot == name.Length - 1)
                {
                    return Problem.NotFamilyDotSize;
                }

                var family = name.Slice(0, at.Dot);
                at.Hyphen = family.IndexOf('-');
                if (at.Hyphen >= 0 && (at.Hyphen == family.Length - 1 || !AllLowerOrDigit(family.Slice(at.Hyphen + 1))))
                {
                    return Problem.BadOption;
                }

                var core = at.Hyphen >= 0 ? family.Slice(0, at.Hyphen) : family;
                var i = Skip(core, 0, letters: true);
                at.DigitsStart = i;
                i = Skip(core, i, letters: false);
                at.LettersStart = i;
                i = Skip(core, i, letters: true);
                if (at.DigitsStart == 0 || i != core.Length || (at.LettersStart > at.DigitsStart && core[at.DigitsStart] == '0'))
                {
                    return Problem.BadFamily;
                }

                if (at.LettersStart == at.DigitsStart && at.LettersStart < core.Length)
                {
                    // No generation, but letters follow the series: "u" "x" cannot be told apart from attributes.
                    return Problem.LettersWithoutGeneration;
                }

                if (at.LettersStart == at.DigitsStart && at.Hyphen < 0)
                {
                    // Only the hyphenated high-memory families ("u-6tb1") go without a generation.
                    return Problem.NoGeneration;
                }

                return ReadSize(name.Slice(at.Dot + 1), ref at) ? null : Problem.BadSize;
            }

            /// <summary>A named size (nano … xlarge, metal), a multiple of xlarge (2xlarge …), or metal-Nxl.</summary>
            private static bool ReadSize(ReadOnlySpan<char> size, ref Layout at)
            {
                var named = InstanceTypes.InstanceSizes.All;
                for (var n = 0; n < named.Count; n++) // an index, not foreach: the fast path allocates nothing
                {
                    if (size.SequenceEqual(named[n].AsSpan()))
                    {
                        at.Metal = named[n] == InstanceTypes.InstanceSizes.Metal;
                        return true;
                    }
                }

                var xlarge = InstanceTypes.InstanceSizes.Xlarge.AsSpan();
                var metal = InstanceTypes.InstanceSizes.Metal.AsSpan();
                if (size.EndsWith(xlarge) && Multiplier(size.Slice(0, size.Length - xlarge.Length)) is { } times)
                {
                    at.Multiplier = times;
                    return true;
                }

                if (size.StartsWith(metal) && size.Length > metal.Length + 3 && size[metal.Length] == '-' && size.EndsWith("xl".AsSpan())
                    && Multiplier(size.Slice(metal.Length + 1, size.Length - metal.Length - 3)) is { } metalTimes)
                {
                    at.Multiplier = metalTimes;
                    at.Metal = true;
                    return true;
                }

                return false;
            }

            /// <summary>A size multiplier: 2 or more, up to four digits, written without a leading zero.</summary>
            private static int? Multiplier(ReadOnlySpan<char> digits)
            {
                if (digits.Length is 0 or > 4 || digits[0] == '0')
                {
                    return null;
                }

                var value = 0;
                foreach (var c in digits)
                {
                    if (c is < '0' or > '9')
                    {
                        return null;
                    }

                    value = (value * 10) + (c - '0');
                }

                return value >= 2 ? value : null;
            }

            private static string Explain(Problem problem, string name)
            {
                var xlarge = InstanceTypes.InstanceSizes.Xlarge;
                var metalPrefix = InstanceTypes.InstanceSizes.Metal + "-";
                return problem switch
                {
                    Problem.Required => "An instance type name is required.",
                    Problem.NotFamilyDotSize => $"'{name}' is not family.size (one period, as in 'm5.xlarge').",
                    Problem.BadOption => $"'{name}': the option after '-' must be lowercase letters and digits (as in 'm7i-flex').",
                    Problem.BadFamily => $"'{name}': the family must be lowercase series letters, then generation digits and capability letters (as in 'c6gn').",
                    Problem.LettersWithoutGeneration => $"'{name}': capability letters must follow a generation number (as in 'c6gn').",
                    Problem.NoGeneration => $"'{name}': the family needs a generation number after its series (as in 'm5'), unless an option follows (as in 'u-6tb1').",
                    _ => $"'{name}': '{name.Substring(name.IndexOf('.') + 1)}' is not a size: {string.Join(", ", InstanceTypes.InstanceSizes.All)}, a multiple such as '2{xlarge}', or '{metalPrefix}24xl'.",
                };
            }

            private static int Skip(ReadOnlySpan<char> text, int i, bool letters)
            {
                while (i < text.Length && (letters ? text[i] is >= 'a' and <= 'z' : text[i] is >= '0' and <= '9'))
                {
                    i++;
                }

                return i;
            }

            private static bool AllLowerOrDigit(ReadOnlySpan<char> text)
            {
                foreach (var c in text)
                {
                    if (!IsLowerOrDigit(c))
                    {
                        return false;
                    }
                }

                return true;
            }

            private static bool IsLowerOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

            /// <summary>The category a series' description names (EC2 Instance Types guide, instance type names), or null.</summary>
            private static InstanceCategory? CategoryOf(string series) => series switch
            {
                "m" => InstanceCategory.GeneralPurpose,
                "c" => InstanceCategory.ComputeOptimized,
                "r" => InstanceCategory.MemoryOptimized,
                "i" or "im" or "is" => InstanceCategory.StorageOptimized,
                "hpc" => InstanceCategory.HighPerformanceComputing,
                _ => null,
            };

            /// <inheritdoc />
            public bool Equals(InstanceType other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is InstanceType other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name);

            /// <summary>The name.</summary>
            public override string ToString() => Name ?? string.Empty;

            /// <summary>Same name.</summary>
            public static bool operator ==(InstanceType left, InstanceType right) => left.Equals(right);

            /// <summary>Different names.</summary>
            public static bool operator !=(InstanceType left, InstanceType right) => !left.Equals(right);
        }
    }
}
