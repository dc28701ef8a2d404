using System;
using System.Globalization;

namespace AwsFacts
{
    /// <summary>
    /// An amount of data, in bytes. AWS writes binary units with decimal names: its "256 KB" for SQS is
    /// 262,144 bytes. AwsFacts follows that convention: 1 KB = 1,024 bytes, 1 MB = 1,024 KB, and so on, so its KB
    /// is what the IEC calls a kibibyte (KiB). The <c>Kibibytes</c> … <c>Pebibytes</c> members say the same in IEC
    /// names; there are no decimal (1,000-byte) units, because AWS's limits are not written in them.
    /// </summary>
    public readonly struct DataSize : IEquatable<DataSize>, IComparable<DataSize>, IComparable
    {
        private const long Kilo = 1024;

        private DataSize(long bytes) => Bytes = bytes;

        /// <summary>The size in bytes.</summary>
        public long Bytes { get; }

        /// <summary>The size in kilobytes (1 KB = 1,024 bytes).</summary>
        public double Kilobytes => Bytes / (double)Kilo;

        /// <summary>The size in megabytes (1 MB = 1,024 KB).</summary>
        public double Megabytes => Bytes / (double)(Kilo * Kilo);

        /// <summary>The size in gigabytes (1 GB = 1,024 MB).</summary>
        public double Gigabytes => Bytes / (double)(Kilo * Kilo * Kilo);

        /// <summary>The size in terabytes (1 TB = 1,024 GB).</summary>
        public double Terabytes => Bytes / (double)(Kilo * Kilo * Kilo * Kilo);

        /// <summary>The size in petabytes (1 PB = 1,024 TB).</summary>
        public double Petabytes => Bytes / (double)(Kilo * Kilo * Kilo * Kilo * Kilo);

        /// <summary>The size in kibibytes: the same number as <see cref="Kilobytes"/> (1 KiB = 1,024 bytes).</summary>
        public double Kibibytes => Kilobytes;

        /// <summary>The size in mebibytes: the same number as <see cref="Megabytes"/> (1 MiB = 1,024 KiB).</summary>
        public double Mebibytes => Megabytes;

        /// <summary>The size in gibibytes: the same number as <see cref="Gigabytes"/> (1 GiB = 1,024 MiB).</summary>
        public double Gibibytes => Gigabytes;

        /// <summary>The size in tebibytes: the same number as <see cref="Terabytes"/> (1 TiB = 1,024 GiB).</summary>
        public double Tebibytes => Terabytes;

        /// <summary>The size in pebibytes: the same number as <see cref="Petabytes"/> (1 PiB = 1,024 TiB).</summary>
        public double Pebibytes => Petabytes;

        /// <summary>A size of <paramref name="bytes"/> bytes.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The size is negative.</exception>
        public static DataSize FromBytes(long bytes)
            => bytes >= 0 ? new DataSize(bytes) : throw new ArgumentOutOfRangeException(nameof(bytes), bytes, "A size cannot be negative.");

        /// <summary>A size of <paramref name="kilobytes"/> KB (× 1,024 bytes).</summary>
        public static DataSize FromKilobytes(long kilobytes) => FromBytes(checked(kilobytes * Kilo));

        /// <summary>A size of <paramref name="megabytes"/> MB (× 1,024² bytes).</summary>
        public static DataSize FromMegabytes(long megabytes) => FromBytes(checked(megabytes * Kilo * Kilo));

        /// <summary>A size of <paramref name="gigabytes"/> GB (× 1,024³ bytes).</summary>
        public static DataSize FromGigabytes(long gigabytes) => FromBytes(checked(gigabytes * Kilo * Kilo * Kilo));

        /// <summary>A size of <paramref name="terabytes"/> TB (× 1,024⁴ bytes).</summary>
        public static DataSize FromTerabytes(long terabytes) => FromBytes(checked(terabytes * Kilo * Kilo * Kilo * Kilo));

        /// <summary>A size of <paramref name="petabytes"/> PB (× 1,024⁵ bytes).</summary>
        public static DataSize FromPetabytes(long petabytes) => FromBytes(checked(petabytes * Kilo * Kilo * Kilo * Kilo * Kilo));

        /// <summary>A size of <paramref name="kibibytes"/> KiB: the same as <see cref="FromKilobytes"/>.</summary>
        public static DataSize FromKibibytes(long kibibytes) => FromKilobytes(kibibytes);

        /// <summary>A size of <paramref name="mebibytes"/> MiB: the same as <see cref="FromMegabytes"/>.</summary>
        public static DataSize FromMebibytes(long mebibytes) => FromMegabytes(mebibytes);

        /// <summary>A size of <paramref name="gibibytes"/> GiB: the same as <see cref="FromGigabytes"/>.</summary>
        public static DataSize FromGibibytes(long gibibytes) => FromGigabytes(gibibytes);

        /// <summary>A size of <paramref name="tebibytes"/> TiB: the same as <see cref="FromTerabytes"/>.</summary>
        public static DataSize FromTebibytes(long tebibytes) => FromTerabytes(tebibytes);

        /// <summary>A size of <paramref name="pebibytes"/> PiB: the same as <see cref="FromPetabytes"/>.</summary>
        public static DataSize FromPebibytes(long pebibytes) => FromPetabytes(pebibytes);

        /// <inheritdoc />
        public bool Equals(DataSize other) => Bytes == other.Bytes;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is DataSize other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Bytes.GetHashCode();

        /// <inheritdoc />
        public int CompareTo(DataSize other) => Bytes.CompareTo(other.Bytes);

        /// <inheritdoc />
        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            DataSize other => CompareTo(other),
            _ => throw new ArgumentException("Not a DataSize.", nameof(obj)),
        };

        /// <summary>
        /// The size in the largest unit that holds it exactly, invariantly formatted: "256 KB", "1 MB",
        /// "1,000 bytes".
        /// </summary>
        public override string ToString()
        {
            string[] units = { "bytes", "KB", "MB", "GB", "TB", "PB" };
            var value = Bytes;
            var unit = 0;
            while (value != 0 && value % Kilo == 0 && unit < units.Length - 1)
            {
                value /= Kilo;
                unit++;
            }

            return value.ToString("#,0", CultureInfo.InvariantCulture) + " " + units[unit];
        }

        /// <summary>Equal sizes.</summary>
        public static bool operator ==(DataSize left, DataSize right) => left.Equals(right);

        /// <summary>Different sizes.</summary>
        public static bool operator !=(DataSize left, DataSize right) => !left.Equals(right);

        /// <summary>Smaller than.</summary>
        public static bool operator <(DataSize left, DataSize right) => left.Bytes < right.Bytes;

        /// <summary>Larger than.</summary>
        public static bool operator >(DataSize left, DataSize right) => left.Bytes > right.Bytes;

        /// <summary>Smaller than or equal to.</summary>
        public static bool operator <=(DataSize left, DataSize right) => left.Bytes <= right.Bytes;

        /// <summary>Larger than or equal to.</summary>
        public static bool operator >=(DataSize left, DataSize right) => left.Bytes >= right.Bytes;
    }
}
