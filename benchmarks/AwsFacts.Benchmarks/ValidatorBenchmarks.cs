using System;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace AwsFacts.Benchmarks;

/// <summary>Bucket and queue name validation next to an equivalent [GeneratedRegex] implementation of the same rules.</summary>
[MemoryDiagnoser]
public partial class ValidatorBenchmarks
{
    // A realistic mix: valid names, and each kind of invalid one.
    private static readonly string[] Buckets =
    {
        "my-bucket", "logs.example.com", "docexamplebucket1", "log-delivery-march-2020", "a1b2c3", "my.hosted.content",
        "My_Bucket", "ab", "bucket-", "-bucket", "example..com", "192.168.5.4", "xn--bucket", "sthree-data", "amzn-s3-demo-x",
        "data-s3alias", "data--ol-s3", "data.mrap", "data--x-s3", "data--table-s3", new string('a', 64), "bücket", "ok-bucket-name-2026",
    };

    private static readonly string[] Queues =
    {
        "orders", "orders-2024_v1", "Orders", "orders.fifo", "or ders", "", new string('q', 81), "orders.v1", "q", "payments_dlq",
    };

    [Benchmark(Baseline = true, Description = "Bucket names, [GeneratedRegex]")]
    public int BucketRegex()
    {
        var valid = 0;
        foreach (var name in Buckets)
        {
            valid += BucketRegexRules.IsValid(name) ? 1 : 0;
        }

        return valid;
    }

    [Benchmark(Description = "Bucket names, S3.BucketNames.IsValid(span)")]
    public int BucketFacts()
    {
        var valid = 0;
        foreach (var name in Buckets)
        {
            valid += S3.BucketNames.IsValid(name.AsSpan()) ? 1 : 0;
        }

        return valid;
    }

    [Benchmark(Description = "Queue names, [GeneratedRegex]")]
    public int QueueRegex()
    {
        var valid = 0;
        foreach (var name in Queues)
        {
            valid += QueueRegexRules.StandardName().IsMatch(name) ? 1 : 0;
        }

        return valid;
    }

    [Benchmark(Description = "Queue names, Sqs.QueueNames.IsValid(span)")]
    public int QueueFacts()
    {
        var valid = 0;
        foreach (var name in Queues)
        {
            valid += Sqs.QueueNames.IsValid(name.AsSpan(), fifo: false) ? 1 : 0;
        }

        return valid;
    }

    /// <summary>The same bucket rules as regular expressions, as a regex-minded validator would write them.</summary>
    internal static partial class BucketRegexRules
    {
        public static bool IsValid(string name)
            => Shape().IsMatch(name) && !AdjacentPeriods().IsMatch(name) && !IpAddress().IsMatch(name) && !Reserved().IsMatch(name);

        [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
        private static partial Regex Shape();

        [GeneratedRegex(@"\.\.")]
        private static partial Regex AdjacentPeriods();

        [GeneratedRegex(@"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$")]
        private static partial Regex IpAddress();

        [GeneratedRegex(@"^(xn--|sthree-|amzn-s3-demo-)|(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3|-an)$")]
        private static partial Regex Reserved();
    }

    internal static partial class QueueRegexRules
    {
        [GeneratedRegex(@"^[A-Za-z0-9_-]{1,80}$")]
        public static partial Regex StandardName();
    }

    /// <summary>Both implementations agree on every name of the mix (checked before benchmarking).</summary>
    public static void CheckAgreement()
    {
        foreach (var name in Buckets)
        {
            if (BucketRegexRules.IsValid(name) != S3.BucketNames.IsValid(name.AsSpan()))
            {
                throw new InvalidOperationException($"The regex and the facts disagree on bucket '{name}'.");
            }
        }

        foreach (var name in Queues)
        {
            if (QueueRegexRules.StandardName().IsMatch(name) != Sqs.QueueNames.IsValid(name.AsSpan(), fifo: false))
            {
                throw new InvalidOperationException($"The regex and the facts disagree on queue '{name}'.");
            }
        }
    }
}
