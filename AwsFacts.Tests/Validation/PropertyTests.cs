using System;
using System.Linq;
using CsCheck;

namespace AwsFacts.Tests.Validation;

/// <summary>Generated inputs: validators never throw, and names built by the rules pass them.</summary>
public class PropertyTests
{
    private static readonly Gen<string> AnyString = Gen.String[Gen.Char, 0, 200];

    [Fact]
    public void Random_strings_never_throw()
        => AnyString.Sample(s =>
        {
            _ = S3.BucketNames.Validate(s);
            _ = S3.BucketNames.IsValid(s.AsSpan());
            _ = Sqs.QueueNames.Validate(s, fifo: s.Length % 2 == 0);
            _ = Sqs.QueueNames.IsValid(s.AsSpan(), fifo: true);
            _ = CloudFormation.ResourceTypes.Validate(s);
            _ = CloudFormation.ResourceTypes.IsValid(s.AsSpan());
            _ = Ec2.InstanceType.TryParse(s, out _);
            _ = Ec2.InstanceType.Validate(s);
        }, iter: 5000);

    [Fact]
    public void The_fast_path_agrees_with_the_full_validation()
        => Gen.String[Gen.Char["ab.-_1A"], 0, 70].Sample(
            s => S3.BucketNames.IsValid(s.AsSpan()) == S3.BucketNames.Validate(s).IsValid
                 && Sqs.QueueNames.IsValid(s.AsSpan(), false) == Sqs.QueueNames.Validate(s, false).IsValid,
            iter: 5000);

    [Fact]
    public void A_name_from_the_allowed_alphabet_with_legal_ends_and_length_is_a_valid_bucket_name()
    {
        var inner = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"];
        var edge = Gen.Char["abcdefghijklmnopqrstuvwxyz"];
        var names = Gen.Select(edge, Gen.String[inner, S3.BucketNames.MinLength - 2, S3.BucketNames.MaxLength - 2], edge,
                (first, middle, last) => first + middle + last)
            .Where(n => !S3.BucketNames.ReservedPrefixes.All.Any(p => n.StartsWith(p, StringComparison.Ordinal))
                        && !S3.BucketNames.ReservedSuffixes.All.Any(x => n.EndsWith(x, StringComparison.Ordinal)));

        names.Sample(n => S3.BucketNames.Validate(n).IsValid, iter: 2000);
    }

    [Fact]
    public void A_name_from_letters_digits_hyphen_and_underscore_is_a_valid_queue_name_either_way()
        => Gen.String[Gen.Char["abcXYZ019-_"], 1, 75].Sample(
            n => Sqs.QueueNames.IsValid(n, fifo: false) && Sqs.QueueNames.IsValid(n + Sqs.QueueNames.FifoSuffix, fifo: true),
            iter: 2000);
}
