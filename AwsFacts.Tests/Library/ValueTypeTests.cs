using System;

namespace AwsFacts.Tests.Library;

/// <summary>The hand-written value types the generated facts use.</summary>
public class ValueTypeTests
{
    [Fact]
    public void DataSize_uses_binary_units_as_AWS_writes_them()
    {
        Assert.Equal(262144, DataSize.FromKilobytes(256).Bytes);
        Assert.Equal(1048576, DataSize.FromMegabytes(1).Bytes);
        Assert.Equal(1024.0, DataSize.FromMegabytes(1).Kilobytes);
        Assert.Equal(0.25, DataSize.FromKilobytes(256).Megabytes);
        // The IEC names say the same sizes honestly: AWS's KB is a kibibyte.
        Assert.Equal(DataSize.FromKilobytes(256), DataSize.FromKibibytes(256));
        Assert.Equal(DataSize.FromGigabytes(20), DataSize.FromGibibytes(20));
        Assert.Equal(1024.0, DataSize.FromPebibytes(1).Tebibytes);
        Assert.Equal("1 PB", DataSize.FromPetabytes(1).ToString());
        Assert.Equal(1.0, DataSize.FromTerabytes(1024).Petabytes);
        Assert.Equal(128.0, DataSize.FromTerabytes(128).Terabytes);
    }

    [Theory]
    [InlineData(262144L, "256 KB")]
    [InlineData(1048576L, "1 MB")]
    [InlineData(1000L, "1,000 bytes")]
    [InlineData(0L, "0 bytes")]
    [InlineData(140737488355328L, "128 TB")]
    public void DataSize_formats_in_the_largest_exact_unit(long bytes, string expected)
        => Assert.Equal(expected, DataSize.FromBytes(bytes).ToString());

    [Fact]
    public void DataSize_compares_and_equates_by_bytes()
    {
        Assert.Equal(DataSize.FromKilobytes(1024), DataSize.FromMegabytes(1));
        Assert.True(DataSize.FromKilobytes(1) < DataSize.FromMegabytes(1));
        Assert.True(DataSize.FromKilobytes(1) != DataSize.FromBytes(1000));
        Assert.Equal(-1, DataSize.FromBytes(1).CompareTo(DataSize.FromBytes(2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSize.FromBytes(-1));
        Assert.Throws<OverflowException>(() => DataSize.FromTerabytes(long.MaxValue / 2));
    }

    [Fact]
    public void Range_contains_its_inclusive_ends_and_excludes_exclusive_ones()
    {
        var inclusive = new Range<int>(3, 63);
        Assert.True(inclusive.Contains(3) && inclusive.Contains(63));
        Assert.False(inclusive.Contains(2) || inclusive.Contains(64));

        var exclusive = new Range<TimeSpan>(TimeSpan.Zero, TimeSpan.FromMilliseconds(10), maxInclusive: false);
        Assert.False(exclusive.Contains(TimeSpan.FromMilliseconds(10)));
        Assert.True(exclusive.Contains(TimeSpan.FromMilliseconds(9)));
    }

    [Fact]
    public void Range_rejects_an_empty_range_and_a_default_outside()
    {
        Assert.Throws<ArgumentException>(() => new Range<int>(5, 1));
        Assert.Throws<ArgumentException>(() => new Range<int>(1, 5, 6));
    }

    [Fact]
    public void Range_equality_and_text_are_value_based_and_invariant()
    {
        Assert.Equal(new Range<int>(1, 5, 3), new Range<int>(1, 5, 3));
        Assert.NotEqual(new Range<int>(1, 5, 3), new Range<int>(1, 5));
        Assert.Equal(new Range<int>(1, 5, 3).GetHashCode(), new Range<int>(1, 5, 3).GetHashCode());
        Assert.Equal("60 \u2013 900 (default 300)", new Range<int>(60, 900, 300).ToString());
        Assert.Equal("1 KB \u2013 1 MB (maximum excluded)", new Range<DataSize>(DataSize.FromKilobytes(1), DataSize.FromMegabytes(1), maxInclusive: false).ToString());
        Assert.Equal("1 min \u2013 14 days (default 4 days)", Sqs.Retention.ToString());
        Assert.Equal("0 s \u2013 12 h (default 30 s)", Sqs.VisibilityTimeout.ToString());
    }
}
