using System;
using System.Globalization;

namespace AwsFacts
{
    /// <summary>
    /// An amount of data, in bytes. AWS writes binary units with decimal names: its "256 KB" for SQS is
    /// 262,144 bytes. AwsFacts follows that convention: 1 KB = 1,024 bytes, 1 MB = 1,024 KB, and so on.
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
