using System;
using System.Linq;

namespace AwsFacts.Tests.Validation;

/// <summary>S3 general purpose bucket names, by the rules of notes/s3.md.</summary>
public class BucketNameTests
{
    // AWS's own examples of valid names, and boundary lengths.
    [Theory]
    [InlineData("docexamplebucket1")]
    [InlineData("log-delivery-march-2020")]
    [InlineData("my-hosted-content")]
    [InlineData("docexamplewebsite.com")]
    [InlineData("www.docexamplewebsite.com")]
    [InlineData("my.example.s3.bucket")]
    [InlineData("abc")]
    [InlineData("a1-")]
    public void Valid_names_pass(string name)
    {
        if (name == "a1-")
        {
            // not valid: ends with a hyphen (kept here to be sure boundary examples are not all valid by accident)
            Assert.False(S3.BucketNames.IsValid(name));
            return;
        }

        var result = S3.BucketNames.Validate(name);
        Assert.True(result.IsValid, result.ToString());
        Assert.True(S3.BucketNames.IsValid(name.AsSpan()));
        S3.BucketNames.ThrowIfInvalid(name);
    }

    [Theory]
    [InlineData("doc_example_bucket", "s3.bucket-names.characters", 3)]
    [InlineData("DocExampleBucket", "s3.bucket-names.characters", 0)]
    [InlineData("doc-example-bucket-", "s3.bucket-names.last-character", 18)]
    [InlineData("-doc-example-bucket", "s3.bucket-names.first-character", 0)]
    [InlineData("example..com", "s3.bucket-names.forbidden-sequence", 7)]
    [InlineData("192.168.5.4", "s3.bucket-names.ip-address", null)]
    [InlineData("ab", "s3.bucket-names.length", null)]
    [InlineData("", "s3.bucket-names.length", null)]
    [InlineData("bucket name", "s3.bucket-names.characters", 6)]
    [InlineData("bücket", "s3.bucket-names.characters", 1)]
    public void Invalid_names_report_the_rule_and_position(string name, string rule, int? position)
    {
        var result = S3.BucketNames.Validate(name);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors, e => e.RuleId == rule);
        Assert.Equal(position, error.Position);
        Assert.Contains("notes/s3.md, line", error.Message, StringComparison.Ordinal);
        Assert.False(S3.BucketNames.IsValid(name.AsSpan()));
    }

    [Fact]
    public void Lengths_3_and_63_pass_2_and_64_fail()
    {
        Assert.True(S3.BucketNames.IsValid(new string('a', 3)));
        Assert.True(S3.BucketNames.IsValid(new string('a', 63)));
        Assert.False(S3.BucketNames.IsValid(new string('a', 2)));
        Assert.False(S3.BucketNames.IsValid(new string('a', 64)));
        Assert.Contains("3–63 characters", S3.BucketNames.Validate(new string('a', 64)).Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reserved_prefix_and_suffix_is_refused()
    {
        Assert.Equal(3, S3.BucketNames.ReservedPrefixes.All.Count);
        Assert.Equal(6, S3.BucketNames.ReservedSuffixes.All.Count);
        foreach (var prefix in S3.BucketNames.ReservedPrefixes.All)
        {
            var name = prefix + "bucket1";
            Assert.Contains(S3.BucketNames.Validate(name).Errors, e => e.RuleId == "s3.bucket-names.reserved-prefix" && e.Position == 0);
            Assert.False(S3.BucketNames.IsValid(name));
        }

        foreach (var suffix in S3.BucketNames.ReservedSuffixes.All)
        {
            var name = "bucket1" + suffix;
            Assert.Contains(S3.BucketNames.Validate(name).Errors, e => e.RuleId == "s3.bucket-names.reserved-suffix" && e.Position == 7);
            Assert.False(S3.BucketNames.IsValid(name));
        }
    }

    [Theory]
    [InlineData("mybucket-123456789012-us-east-1-an")]
    [InlineData("my-logs-an")]
    public void A_name_ending_in_the_account_regional_suffix_is_refused_in_the_global_namespace(string name)
    {
        // "-an" ends only buckets created in an account regional namespace; the validator checks global names.
        var error = Assert.Single(S3.BucketNames.Validate(name).Errors);
        Assert.Equal("s3.bucket-names.reserved-suffix", error.RuleId);
        Assert.Equal(name.Length - "-an".Length, error.Position);
        Assert.Contains("'-an'", error.Message, StringComparison.Ordinal);
        Assert.False(S3.BucketNames.IsValid(name.AsSpan()));
        Assert.True(S3.BucketNames.IsValid("my-logs-and"), "only the suffix is reserved, not the letters");
    }

    [Fact]
    public void Every_broken_rule_is_listed()
    {
        var result = S3.BucketNames.Validate("-Xn--a..b_");

        Assert.Equal(
            new[] { "s3.bucket-names.characters", "s3.bucket-names.first-character", "s3.bucket-names.last-character", "s3.bucket-names.forbidden-sequence" },
            result.Errors.Select(e => e.RuleId));
    }

    [Fact]
    public void Transfer_acceleration_forbids_periods()
    {
        Assert.True(S3.BucketNames.IsValid("my.bucket"));
        Assert.False(S3.BucketNames.IsValid("my.bucket", transferAcceleration: true));
        Assert.Equal("s3.bucket-names.transfer-acceleration", S3.BucketNames.Validate("my.bucket", transferAcceleration: true).Errors.Single().RuleId);
    }

    [Fact]
    public void Null_empty_and_huge_input_return_a_result_and_only_ThrowIfInvalid_throws()
    {
        Assert.Equal("s3.bucket-names.required", S3.BucketNames.Validate(null).Errors.Single().RuleId);
        Assert.False(S3.BucketNames.IsValid(ReadOnlySpan<char>.Empty));
        Assert.False(S3.BucketNames.Validate(new string('a', 1_000_000)).IsValid);

        var exception = Assert.Throws<ValidationException>(() => S3.BucketNames.ThrowIfInvalid("Bad_Name"));
        Assert.Equal(2, exception.Result.Errors.Count);
        Assert.Contains("s3.bucket-names.characters", exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(exception);
    }

    [Fact]
    public void Errors_cite_the_fact_the_limit_comes_from()
    {
        var error = S3.BucketNames.Validate("ab").Errors.Single();
        Assert.NotNull(error.Fact);
        Assert.Equal("S3.BucketNames.Length", error.Fact!.Member);
        Assert.Equal("notes/s3.md", error.Fact.Source);
    }
}
