namespace AwsFacts.Generator.Startup;

/// <summary>
/// The note <see cref="JitWarmup"/> runs: one of each common form (label and value, range with default, bound,
/// set, pairs, names, literal, table, prose sentence, annotations, citation), so the code they share is compiled
/// before the first real note needs it.
/// </summary>
internal static class SampleNote
{
    public const string Text = """
        # Sample Service {#Sample}

        A service that holds one of each form.

        ## Limits

        - **Max message size:** 256 KB[^docs] <!-- cfn: AWS::Sample::Queue.MaximumMessageSize [bytes] -->
        - Retention: 1 min – 14 days (default 4 days)[^docs] <!-- kind: quota -->
        - Visibility timeout: 0–43,200 s (default 30 s)
        - Batch size: up to 10 messages per call
        - Names: 1–80 characters <!-- name: QueueNames -->
        - Storage classes: `STANDARD`, `GLACIER`, `DEEP_ARCHIVE` <!-- enum: StorageClass -->
        - Ports: 22 = SSH, 443 = HTTPS
        - Suffix: `.fifo`
        - Retention periods: 1, 3 and 5 years
        - Up to 16,000 IOPS per volume, 500 TPS and 100s of instances.

        **Functions**
        - Memory: between 0.5 GB and 237 GB
        - Function memory: from 128 MB up to 10,240 MB
        - Timeout: ~15 minutes

        | Type | vCPU | Memory (GiB) |
        |---|---|---|
        | t3.micro | 2 | 1 |
        | m5.large | 2 | 8 |

        [^docs]: [Sample developer guide](https://docs.aws.amazon.com/sample/latest/guide.html). As of 2026-11.
        """;
}
