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

            /// <summary>Whether <paramref name="name"/> is an instance type name (the rules of <see cref="Validate"/>). False for null.</summary>
            public static bool IsValid(string? name) => TryParse(name, out _, out _);

            /// <summary>Whether <paramref name="name"/> is an instance type name (the rules of <see cref="Validate"/>).</summary>
            public static bool IsValid(ReadOnlySpan<char> name) => IsValid(name.ToString());

            /// <summary>Throws a <see cref="ValidationException"/> with the reason, unless <paramref name="name"/> is an instance type name.</summary>
            /// <exception cref="ValidationException">The name is not an instance type name.</exception>
            public static void ThrowIfInvalid(string? name) => Validate(name).ThrowIfInvalid();

            private static bool TryParse(string? name, out InstanceType type, out string error)
            {
                type = default;
                if (string.IsNullOrEmpty(name))
                {
                    error = "An instance type name is required.";
                    return false;
                }

                var dot = name!.IndexOf('.');
                if (dot <= 0 || dot != name.LastIndexOf('.') || dot == name.Length - 1)
                {
                    error = $"'{name}' is not family.size (one period, as in 'm5.xlarge').";
                    return false;
                }

                if (!TryParseFamily(name.Substring(0, dot), out var series, out var generation, out var attributes, out var option, out error)
                    || !TryParseSize(name.Substring(dot + 1), out var multiplier, out var metal, out error))
                {
                    error = $"'{name}': {error}";
                    return false;
                }

                type = new InstanceType(name, series, generation, attributes, option, name.Substring(dot + 1), multiplier, metal);
                return true;
            }

            /// <summary>Reads a family: series letters, generation digits, attribute letters, then an optional "-option".</summary>
            private static bool TryParseFamily(
                string family, out string series, out int? generation, out string attributes, out string? option, out string error)
            {
                series = attributes = string.Empty;
                generation = null;
                option = null;
                error = string.Empty;

                var hyphen = family.IndexOf('-');
                var core = hyphen < 0 ? family : family.Substring(0, hyphen);
                if (hyphen >= 0)
                {
                    option = family.Substring(hyphen + 1);
                    if (option.Length == 0 || !option.All(IsLowerOrDigit))
                    {
                        error = "the option after '-' must be lowercase letters and digits (as in 'm7i-flex').";
                        return false;
                    }
                }

                var i = 0;
                while (i < core.Length && core[i] is >= 'a' and <= 'z')
                {
                    i++;
                }

                var digitsStart = i;
                while (i < core.Length && core[i] is >= '0' and <= '9')
                {
                    i++;
                }

                var lettersStart = i;
                while (i < core.Length && core[i] is >= 'a' and <= 'z')
                {
                    i++;
                }

                if (digitsStart == 0 || i != core.Length || (lettersStart > digitsStart && core[digitsStart] == '0'))
                {
                    error = "the family must be lowercase series letters, then generation digits and capability letters (as in 'c6gn').";
                    return false;
                }

                if (lettersStart == digitsStart && lettersStart < core.Length)
                {
                    // No generation, but letters follow the series: "u" "x" cannot be told apart from attributes.
                    error = "capability letters must follow a generation number (as in 'c6gn').";
                    return false;
                }

                if (lettersStart == digitsStart && option is null)
                {
                    // Only the hyphenated high-memory families ("u-6tb1") go without a generation.
                    error = "the family needs a generation number after its series (as in 'm5'), unless an option follows (as in 'u-6tb1').";
                    return false;
                }

                series = core.Substring(0, digitsStart);
                generation = lettersStart > digitsStart ? int.Parse(core.Substring(digitsStart, lettersStart - digitsStart), CultureInfo.InvariantCulture) : null;
                attributes = core.Substring(lettersStart);
                return true;
            }

            /// <summary>A named size (nano … xlarge, metal), a multiple of xlarge (2xlarge …), or metal-Nxl.</summary>
            private static bool TryParseSize(string size, out int? multiplier, out bool metal, out string error)
            {
                multiplier = null;
                metal = false;
                error = string.Empty;
                if (InstanceTypes.InstanceSizes.TryParse(size, out var named))
                {
                    metal = named == InstanceTypes.InstanceSize.Metal;
                    return true;
                }

                var xlarge = InstanceTypes.InstanceSizes.Xlarge;
                var metalPrefix = InstanceTypes.InstanceSizes.Metal + "-";
                if (size.EndsWith(xlarge, StringComparison.Ordinal) && TryMultiplier(size.Substring(0, size.Length - xlarge.Length), out var n))
                {
                    multiplier = n;
                    return true;
                }

                if (size.StartsWith(metalPrefix, StringComparison.Ordinal) && size.EndsWith("xl", StringComparison.Ordinal)
                    && TryMultiplier(size.Substring(metalPrefix.Length, size.Length - metalPrefix.Length - 2), out n))
                {
                    multiplier = n;
                    metal = true;
                    return true;
                }

                error = $"'{size}' is not a size: {string.Join(", ", InstanceTypes.InstanceSizes.All)}, a multiple such as '2{xlarge}', or '{metalPrefix}24xl'.";
                return false;
            }

            /// <summary>Reads a size multiplier: 2 or more, written without a leading zero.</summary>
            private static bool TryMultiplier(string digits, out int value)
            {
                value = 0;
                return digits.Length is > 0 and < 5 && digits[0] != '0' && digits.All(c => c is >= '0' and <= '9')
                       && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 2;
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
