using AwsFacts.Tests.Infrastructure;

namespace AwsFacts.Tests.Generator;

/// <summary>
/// Issue #14, item 4: names a user would search for, on styles our own notes do not use: comparison tables whose
/// columns are services, FAQs whose answers follow their bold questions, textbook prose and footnoted cells.
/// </summary>
public class OtherStylesTests
{
    [Fact]
    public void A_comparison_table_whose_columns_are_services_files_each_column_under_its_service()
    {
        const string note = "# Service limits side by side\n\n## Queues and topics\n\n"
            + "| Limit | SQS Standard | SQS FIFO | SNS |\n|---|---|---|---|\n"
            + "| Max message size | 256 KiB | 256 KiB | 256 KB |\n| Throughput | Nearly unlimited | 300 TPS¹ | Nearly unlimited |\n\n"
            + "## Load balancers\n\n|  | ALB | NLB |\n|---|---|---|\n| Listeners per load balancer | 50 | 50 |\n";
        var result = GeneratorHarness.Run(("notes/compare.md", note)).AssertCompiles();

        Assert.Equal(256, result.ConstantValue("Sqs.MaxMessageSizeStandardKb"));
        Assert.Equal(256, result.ConstantValue("Sqs.MaxMessageSizeFifoKb"));
        Assert.Equal(256, result.ConstantValue("Sns.MaxMessageSizeKb"));
        Assert.Equal(300, result.ConstantValue("Sqs.ThroughputFifoTps")); // the footnote mark is no part of the unit
        Assert.Equal(50, result.ConstantValue("Alb.ListenersPerLoadBalancer"));
        Assert.Equal(50, result.ConstantValue("Nlb.ListenersPerLoadBalancer"));
        Assert.False(result.Has("ServiceLimitsSideBySide.MaxMessageSizeSqsStandardKb"));
    }

    [Fact]
    public void Columns_that_are_variants_of_the_class_service_stay_qualifiers()
    {
        const string note = "# Service limits side by side\n\n## Step Functions: Standard vs Express\n\n"
            + "|  | Standard | Express |\n|---|---|---|\n| Max duration | 1 year | 5 minutes |\n\n"
            + "## API Gateway flavours\n\n|  | REST API | HTTP API |\n|---|---|---|\n| Integration timeout | 29 s | 30 s |\n";
        var result = GeneratorHarness.Run(("notes/compare.md", note)).AssertCompiles();

        Assert.Equal(5, result.ConstantValue("StepFunctions.MaxDurationExpressMinutes"));
        Assert.Equal(30, result.ConstantValue("ApiGateway.IntegrationTimeoutHttpApiSeconds"));
    }

    [Fact]
    public void A_bold_question_is_answered_by_the_paragraph_after_it()
    {
        const string note = "# Serverless FAQ\n\n## Lambda\n\n**Q: How much memory can I give a function?**\n\n"
            + "A: Anywhere from 128 MB to 10,240 MB. CPU is allocated in proportion to memory.\n\n"
            + "**Q: What is the default concurrency limit?**\n\nA: 1,000 concurrent executions per region. Ours was bumped to 5,000 after a ticket.\n\n"
            + "## S3\n\n**Q: What's the largest object I can store?**\n\nA: 5 TB. A single PUT can upload at most 5 GB.\n";
        var result = GeneratorHarness.Run(("notes/faq.md", note)).AssertCompiles();

        Assert.Equal(128, result.ConstantValue("Lambda.MemoryMinMb"));
        Assert.Equal(10240, result.ConstantValue("Lambda.MemoryMaxMb"));
        Assert.Equal(1000, result.ConstantValue("Lambda.DefaultConcurrencyLimitConcurrentExecutionsPerRegion"));
        Assert.DoesNotContain("5000", result.AllSource); // the team's own quota is a story, not a limit
        Assert.Equal(5, result.ConstantValue("S3.LargestObjectTb"));
        Assert.Equal(5, result.ConstantValue("S3.SinglePutUploadMaxGb")); // a later sentence names its value by its subject
    }

    [Fact]
    public void A_footnote_under_a_table_is_a_line_of_its_own()
    {
        const string note = "# Load balancers\n\n|  | NLB |\n|---|---|\n| Targets per load balancer | 3,000² |\n\n"
            + "¹ soft limit\n² at most 500 per Availability Zone\n³ configurable from 1 to 4,000 seconds\n";
        var result = GeneratorHarness.Run(("notes/lb.md", note)).AssertCompiles();

        Assert.Equal(3000, result.ConstantValue("Nlb.TargetsPerLoadBalancer"));
        Assert.Equal(500, result.ConstantValue("LoadBalancers.MaxPerAvailabilityZone"));
        Assert.Equal(4000, result.ConstantValue("LoadBalancers.ConfigurableMaxSeconds"));
    }

    [Fact]
    public void A_price_is_no_value()
    {
        const string note = "# EBS\n\nHTTP APIs cost about $1.00 per million requests vs $3.50 for REST ($0.10 per GB-month).\n\n- Max volume size: 16 TiB\n";
        var result = GeneratorHarness.Run(("notes/ebs.md", note)).AssertCompiles();

        Assert.Equal(16, result.ConstantValue("Ebs.MaxVolumeSizeTb"));
        Assert.DoesNotContain("PerMillionRequests", result.AllSource);
        Assert.DoesNotContain("GBmonth", result.AllSource);
    }

    [Theory]
    [InlineData("The default timeout when you create a function is only 3 seconds.", "DefaultTimeoutSeconds", 3)]
    [InlineData("Batch calls such as SendMessageBatch and DeleteMessageBatch take between 1 and 10 entries.", "BatchCallsMaxEntries", 10)]
    [InlineData("Retention can be shortened to as little as 60 seconds or stretched to a maximum of 14 days.", "RetentionMinSeconds", 60)]
    [InlineData("Async invokes (Event type) are capped at 256 KB.", "AsyncInvokesMaxKb", 256)]
    [InlineData("Standard executions also have a history limit of 25,000 events.", "StandardExecutionsEvents", 25000)]
    [InlineData("When a consumer receives a message it becomes invisible for the duration of the visibility timeout. The default is 30 seconds, and you can set it anywhere from 0 seconds to 12 hours.", "VisibilityTimeoutMaxSeconds", 43200)]
    public void Prose_names_a_value_by_its_subject_without_clauses_examples_or_remarks(string sentence, string member, long value)
    {
        var result = GeneratorHarness.Run(("notes/prose.md", "# Prose\n\n" + sentence + "\n")).AssertCompiles();

        Assert.Equal(value, System.Convert.ToInt64(result.ConstantValue("Prose." + member)));
    }
    [Fact]
    public void A_bold_line_or_a_list_item_that_names_a_service_files_what_it_groups_under_it()
    {
        const string note = "# Order ingestion pipeline v2\n\n## AWS constraints we design around\n\n**API Gateway**\n"
            + "- Integration timeout is 29 seconds max.\n\n**Lambda**\n- Memory 128 MB to 10,240 MB.\n\n"
            + "## Cram sheet\n\n- SQS\n  - visibility timeout: 30 s def, max 12 h\n- EC2\n  - user data: 16 KB max\n";
        var result = GeneratorHarness.Run(("notes/design.md", note)).AssertCompiles();

        Assert.Equal(29, result.ConstantValue("ApiGateway.IntegrationTimeoutMaxSeconds"));
        Assert.Equal(10240, result.ConstantValue("Lambda.MemoryMaxMb"));
        Assert.Equal(12, result.ConstantValue("Sqs.VisibilityTimeoutMaxHours"));
        Assert.Equal(16, result.ConstantValue("Ec2.UserDataMaxKb"));
    }

    [Fact]
    public void A_design_doc_s_own_goals_and_capacity_are_no_facts()
    {
        const string note = "# Design doc\n\n## Goals\n\n- p99 ingest latency under 300 ms\n\n## Capacity estimates\n\n- Peak: 900 orders/s, 3.4 KB each\n\n"
            + "## Lambda\n\n- Max timeout: 15 minutes\n";
        var result = GeneratorHarness.Run(("notes/design.md", note)).AssertCompiles();

        Assert.Equal(15, result.ConstantValue("Lambda.MaxTimeoutMinutes"));
        Assert.DoesNotContain("latency", result.AllSource, System.StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Peak", result.AllSource);
    }

    [Fact]
    public void Each_slide_of_a_deck_starts_below_the_title()
    {
        const string note = "# AWS limits that bite\n\n---\n# Slide 3 — DynamoDB limits\n- Item size: **400 KB** max\n\n---\n"
            + "## Slide 4 — DynamoDB, cont.\n- Partition key: 2048 bytes max\n\n---\n## Slide 5 — Aurora\n- Cluster volume: up to 128 TiB\n";
        var result = GeneratorHarness.Run(("notes/slides.md", note)).AssertCompiles();

        Assert.Equal(400, result.ConstantValue("DynamoDB.ItemSizeMaxKb"));
        Assert.Equal(2048, result.ConstantValue("DynamoDB.PartitionKeyMaxBytes"));
        Assert.Equal(128, result.ConstantValue("Aurora.ClusterVolumeMaxTb"));
    }
    [Fact]
    public void A_runbook_files_its_limits_under_the_service_its_headings_and_sentences_name()
    {
        const string note = "# Runbook: scaling the checkout service\n\n## 2. Scale the ECS service\n\n"
            + "⚠️ Limit: an ECS cluster holds at most 5,000 services.\n\n## 4. Load balancer (ALB `checkout-alb`)\n\n"
            + "- [ ] Deregistration delay defaults to 300 seconds. We run 30 s so scale-in doesn't stall.\n\n"
            + "## Notes\n\nIn our experience an SQS queue keeps messages for up to 14 days.\n\nA Lambda function can run for up to 15 minutes.\n\n"
            + "### Alarms\n\n| Alarm | Metric | Threshold |\n|---|---|---|\n| checkout-5xx | 5XX count | > 50 / min |\n";
        var result = GeneratorHarness.Run(("notes/runbook.md", note)).AssertCompiles();

        Assert.Equal(5000, result.ConstantValue("Ecs.ClusterMaxServices"));
        Assert.Equal(300, result.ConstantValue("Alb.DeregistrationDelayDefaultSeconds"));
        Assert.False(result.Has("Alb.WeSeconds")); // the team's own setting, in a later sentence of the item
        Assert.Equal(15, result.ConstantValue("Lambda.FunctionMaxMinutes")); // a prose sentence that names one service
        Assert.False(result.Has("RunbookScalingTheCheckoutService.Checkout5xxThresholdMin")); // the team's alarm thresholds
    }

    [Fact]
    public void A_paragraph_that_leads_into_a_list_by_naming_a_service_files_the_list_under_it()
    {
        const string note = "# Which limits actually bite?\n\n**u/lambda_larry** · 64 points\n\nLambda, off the top of my head:\n\n"
            + "- timeout is 15 minutes max; default is 3 seconds\n";
        var result = GeneratorHarness.Run(("notes/thread.md", note)).AssertCompiles();

        Assert.Equal(15, result.ConstantValue("Lambda.TimeoutMaxMinutes"));
        Assert.Equal(3, result.ConstantValue("Lambda.TimeoutDefaultSeconds")); // a bound alone takes the earlier value's subject
    }
    [Fact]
    public void A_value_the_team_chose_is_no_fact_but_a_limit_with_a_condition_in_the_first_person_is()
    {
        const string note = "# ECS\n\n1. Each task is 2 vCPU / 4 GB (our choice). Tasks can go up to 16 vCPU if we ever need to scale up.\n";
        var result = GeneratorHarness.Run(("notes/ecs.md", note)).AssertCompiles();

        Assert.False(result.Has("Ecs.OurChoiceTaskGb"));
        Assert.False(result.Has("Ecs.TaskGb"));
        Assert.Equal(16, result.ConstantValue("Ecs.TaskMaxVcpu"));
    }
    [Fact]
    public void A_practice_question_and_its_options_are_no_facts_and_its_explanation_is_about_the_service_it_asks_about()
    {
        const string note = "# Practice exam review\n\n**Q4.** A company runs a nightly Lambda job that takes about 20 minutes. What should they do?\n"
            + "A. Increase the Lambda timeout to 30 minutes\nB. Raise the account concurrency limit to 5,000\n\n✅ Answer: C\n"
            + "Explanation: The maximum timeout is 15 minutes. Memory can be set from 128 MB to 10,240 MB.\n";
        var result = GeneratorHarness.Run(("notes/exam.md", note)).AssertCompiles();

        Assert.Equal(15, result.ConstantValue("Lambda.MaxTimeoutMinutes"));
        Assert.Equal(10240, result.ConstantValue("Lambda.MemoryMaxMb"));
        Assert.DoesNotContain("= 30;", result.AllSource);
        Assert.DoesNotContain("= 5000;", result.AllSource);
    }

    [Fact]
    public void A_cheat_sheet_written_one_fact_per_line_without_bullets_reads_each_line_on_the_service_it_or_a_line_above_names()
    {
        const string note = "# AWS limits ⟶ arrow sheet\n\n### Messaging\n"
            + "SQS msg → max 1 MiB · attr min 1,024 B\n"
            + "retention → 1 min–14 days (def 4 d)\n"
            + "visibility → def 30 s · max 43,200 s (12 h) · ours 180 s\n"
            + "delay → ≤ 900 s (15 min) · def 0\n"
            + "SNS std topic ⇒ ≤ 12.5M subs\n"
            + "Firehose, S3 dest buffer:\n"
            + "  interval 0–900 s · def 300 s\n\n"
            + "### Storage\nS3 bucket name → 3–63 chars · lowercase\nEBS Multi-Attach ⇒ ≤ 16 Nitro instances · same AZ\n"
            + "  snapshot archive → min 90 d\n";
        var result = GeneratorHarness.Run(("notes/sheet.md", note)).AssertCompiles();

        Assert.Equal(1, result.ConstantValue("Sqs.MessageMaxMb"));
        Assert.Equal(1209600, result.ConstantValue("Sqs.RetentionMaxSeconds")); // the line below names no service: SQS's still
        Assert.Equal(30, result.ConstantValue("Sqs.VisibilityDefaultSeconds"));
        Assert.Equal(43200, result.ConstantValue("Sqs.VisibilityMaxSeconds"));
        Assert.Equal(900, result.ConstantValue("Sqs.DelayMaxSeconds"));
        Assert.Equal(12500000, result.ConstantValue("Sns.StandardTopicMaxSubscriptions"));
        Assert.Equal(900, result.ConstantValue("Firehose.IntervalMaxSeconds")); // a line that opens with a service names it
        Assert.Equal(63, result.ConstantValue("S3.BucketNameMaxLength"));
        Assert.Equal(16, result.ConstantValue("Ebs.MultiAttachMaxNitroInstances"));
        Assert.Equal(90, result.ConstantValue("Ebs.SnapshotArchiveMinDays"));
        Assert.DoesNotContain("180", result.AllSource); // "ours 180 s" is the team's own setting
    }

    [Fact]
    public void Wrapped_prose_with_numbers_stays_one_text()
    {
        const string note = "# Queue notes\n\nThe SQS visibility timeout defaults to 30 seconds, and you can set it\n"
            + "anywhere from 0 to 43,200 seconds. Messages stay in the queue for 4 days\nby default.\n";
        var result = GeneratorHarness.Run(("notes/prose.md", note)).AssertCompiles();

        Assert.Equal(43200, result.ConstantValue("Sqs.VisibilityTimeoutMaxSeconds"));
        Assert.Equal(30, result.ConstantValue("Sqs.VisibilityTimeoutDefaultSeconds"));
    }

    [Fact]
    public void A_blog_section_stays_on_the_service_its_first_sentence_names_and_its_story_is_no_fact()
    {
        const string note = "# Nine limits that bit us\n\n## 1. The payload that was too big\n\n"
            + "Amazon SQS now accepts a message of up to 1 MiB. For most of our history the ceiling was 256 KiB.\n\n"
            + "Two days later a 380 KB invoice preview bounced. The reason: `MaximumMessageSize` is a per-queue attribute. "
            + "You can set it anywhere from 1,024 bytes up to 1,048,576 bytes.\n\n"
            + "## 2. Lunch-time throttling\n\n"
            + "Our order pipeline runs on an SQS FIFO queue, and FIFO queues are limited to 300 transactions per second per API action.\n\n"
            + "## 3. Scratch space\n\nOur ECS services run on Fargate, and a Fargate task gets 20 GiB of ephemeral storage.\n\n"
            + "## 4. Twelve hours\n\nThe visibility timeout can be set up to 43,200 seconds in SQS. That upper bound works out to 12 hours.\n";
        var result = GeneratorHarness.Run(("notes/blog.md", note)).AssertCompiles();

        Assert.Equal(1024, result.ConstantValue("Sqs.MaxMessageSizeMinBytes")); // a paragraph later, still SQS's
        Assert.Equal(300, result.ConstantValue("Sqs.FifoQueuesMaxTransactionsPerSecond")); // the clause after the story
        Assert.Equal(20, result.ConstantValue("Fargate.TaskEphemeralStorageGb")); // what the value is of names it
        Assert.DoesNotContain("380", result.AllSource); // what happened, in the past tense
        Assert.DoesNotContain("= 12;", result.AllSource); // the same bound in other units
        Assert.False(result.Has("NineLimitsThatBitUs.MaxMessageSizeMinBytes"));
    }

    [Fact]
    public void A_toggle_files_its_items_under_the_service_its_summary_names_and_a_yes_no_column_is_a_remark()
    {
        const string note = "# Service Limits — Platform Team\n\n## 📨 Messaging\n\n<details>\n<summary>SQS — FIFO</summary>\n\n"
            + "- Deduplication interval: 5 minutes\n\n</details>\n\n<details>\n<summary>EC2 &amp; load balancers</summary>\n\n"
            + "- Reserved Instance terms: 1 year or 3 years\n\n</details>\n\n## Storage\n\n"
            + "| Service | Limit | Value | Adjustable? |\n| --- | --- | --- | --- |\n| Aurora | Aurora Replicas per cluster | 15 | No |\n"
            + "| Aurora | Copies of your data | 6 | No |\n| DynamoDB | Tables we own | 23 | — |\n";
        var result = GeneratorHarness.Run(("notes/notion.md", note)).AssertCompiles();

        Assert.Equal(5, result.ConstantValue("Sqs.DeduplicationIntervalMinutes"));
        Assert.False(result.Has("Sqs.ReservedInstanceTermsYears")); // the toggle's end closes it
        Assert.Equal(15, result.ConstantValue("Aurora.ReplicasPerCluster"));
        Assert.Equal(6, result.ConstantValue("Aurora.CopiesOfYourData"));
    }

    [Fact]
    public void A_bold_line_with_an_emoji_titles_its_service_until_a_bold_line_naming_others()
    {
        const string note = "# Numbers I keep forgetting\n\n## Compute\n\n💻 **EC2**\n• user data ≤ 16 kb\n\n"
            + "🐳 **ECS** / 🚀 **Fargate**\n• ECS: services per cluster ~5K\n";
        var result = GeneratorHarness.Run(("notes/cheat.md", note)).AssertCompiles();

        Assert.Equal(16, result.ConstantValue("Ec2.UserDataMaxKb"));
        Assert.Equal(5000, result.ConstantValue("Ecs.ServicesPerCluster"));
    }

    [Fact]
    public void A_list_of_settings_in_code_with_their_ranges_is_no_list_of_names()
    {
        const string note = "# Queue audit\n\n## SQS attributes\n\n- `VisibilityTimeout`: 0 to 43,200 seconds (12 hours)\n"
            + "- `DelaySeconds`: 0 to 900 seconds\n- `ReceiveMessageWaitTimeSeconds`: 0 to 20\n";
        var result = GeneratorHarness.Run(("notes/audit.md", note)).AssertCompiles();

        Assert.Equal(43200, result.ConstantValue("Sqs.VisibilityTimeoutMaxSeconds"));
        Assert.Equal(900, result.ConstantValue("Sqs.DelayMaxSeconds"));
        Assert.DoesNotContain("enum", result.AllSource);
    }

    [Fact]
    public void Meeting_minutes_read_what_speakers_say_as_prose_and_a_guess_they_ask_is_no_fact()
    {
        const string note = "# Architecture review\n\n## Messaging\n\n"
            + "- **Tom:** the new engine emits payloads that are far too large for the old queue design we had.\n"
            + "- **Priya:** that was the limit until August 2025. The SQS max message size is now 1 MiB, so they fit.\n"
            + "- **Tom:** fine, second question then: isn't the max delay on a queue 5 minutes? **Priya:** no, `DelaySeconds` goes up to 900, so 15 minutes.\n"
            + "- **Priya:** the 5 minutes you are thinking of is the FIFO deduplication interval, which is different.\n";
        var result = GeneratorHarness.Run(("notes/minutes.md", note)).AssertCompiles();

        Assert.Equal(1, result.ConstantValue("Sqs.MaxMessageSizeMb"));
        Assert.Equal(900, result.ConstantValue("Sqs.DelaySecondsMax"));
        Assert.DoesNotContain("Tom", result.AllSource.Replace("Tom:", string.Empty));
        Assert.DoesNotContain("Priya", result.AllSource.Replace("Priya:", string.Empty));
    }

    [Fact]
    public void A_glossary_entry_titles_its_values_by_its_term_and_an_index_letter_names_nothing()
    {
        const string note = "# Glossary\n\n### C\n\n**Cluster volume** — The shared storage under an Aurora cluster.\n"
            + "It starts at 10 GiB and grows automatically to a maximum of 256 TiB.\n\n### V\n\n"
            + "**Visibility timeout** — How long a received SQS message stays hidden. Default 30 seconds, range 0 to 43,200 seconds.\n";
        var result = GeneratorHarness.Run(("notes/glossary.md", note)).AssertCompiles();

        Assert.Equal(256L * 1024 * 1024 * 1024 * 1024, result.ConstantValue("Aurora.ClusterVolumeMaxBytes"));
        Assert.Equal(43200, result.ConstantValue("Sqs.VisibilityTimeoutMaxSeconds"));
        Assert.False(result.Has("Sqs.VMaxSeconds"));
    }

    [Fact]
    public void A_hyphenated_value_is_named_by_the_noun_it_qualifies()
    {
        const string note = "# Sqs\n\n- The queue gets a 30-second visibility timeout by default.\n- A 5-minute deduplication window applies.\n";
        var result = GeneratorHarness.Run(("notes/sqs.md", note)).AssertCompiles();

        Assert.Equal(5, result.ConstantValue("Sqs.DeduplicationWindowMinutes"));
        Assert.Equal(30, result.ConstantValue("Sqs.QueueVisibilityTimeoutSeconds"));
    }

    [Fact]
    public void A_range_without_a_unit_takes_the_unit_of_the_value_before_it_in_its_sentence()
    {
        const string note = "# Firehose\n\nThe interval hint defaults to 300 seconds and accepts 0 to 900.\n\nThe size hint is 5 MiB. Versions 1 to 3 exist.\n";
        var result = GeneratorHarness.Run(("notes/firehose.md", note)).AssertCompiles();

        Assert.Equal(900, result.ConstantValue("Firehose.IntervalHintMaxSeconds"));
        Assert.Equal(300, result.ConstantValue("Firehose.IntervalHintDefaultSeconds"));
        Assert.DoesNotContain("FromBytes(3L)", result.AllSource); // a sentence's end stops the unit
    }

    [Fact]
    public void A_bare_number_that_completes_a_bound_subject_is_that_bound()
    {
        const string note = "# Fargate\n\n- Ephemeral storage: once you set it, the minimum you can ask for is 21.\n- Retries: the default is 10.\n";
        var result = GeneratorHarness.Run(("notes/fargate.md", note)).AssertCompiles();

        Assert.Equal(21, result.ConstantValue("Fargate.EphemeralStorageMin"));
        Assert.Equal(10, result.ConstantValue("Fargate.RetriesDefault"));
    }

    [Fact]
    public void A_heading_that_is_another_service_by_name_files_its_section_under_that_service()
    {
        const string ec2 = "## ELASTIC COMPUTE CLOUD (EC2) BASICS\n\n- Max 20 instances per launch\n\n### Elastic Block Store (EBS)\n\n"
            + "- Max volume size 16 TiB\n\n#### General Purpose SSD (gp2)\n\n- Min 100 IOPS\n\n## Lambda triggers\n\n- Batch size up to 10 messages\n";
        const string s3 = "# Amazon S3\n\n## Glacier\n\n- Minimum storage duration 90 days\n\n## AWS Snow Family - Edge Computing\n\n- Up to 40 vCPUs per device\n";
        var result = GeneratorHarness.Run(("notes/ec2.md", ec2), ("notes/s3.md", s3)).AssertCompiles();

        Assert.Equal(20, result.ConstantValue("Ec2.MaxInstancesPerLaunch"));
        Assert.True(result.Has("Ebs.MaxVolumeSizeTb"));
        Assert.Equal(100, result.ConstantValue("Ebs.Gp2MinIops")); // the heading's code says which volume type
        Assert.Equal(40, result.ConstantValue("SnowFamily.MaxVcpusPerDevice"));
        // A part of the service around it, and a heading that only mentions one, stay in its class.
        Assert.Equal(90, result.ConstantValue("S3.MinStorageDurationDays"));
        Assert.False(result.Has("Glacier.MinStorageDurationDays"));
        Assert.Equal(10, result.ConstantValue("Ec2.BatchSizeMaxMessages"));
    }

    [Fact]
    public void Short_lines_that_each_hold_a_number_are_read_one_fact_per_line()
    {
        // Course notes written as short lines without bullets; each value is cited at its own line.
        const string note = "# EBS\n\n## st1\n\n40 MB/s baseline per TiB\nBurst of 250 MB/s per TiB\nMax t-put of 500 MB/s\n\n"
            + "## Prose\n\nThe volume is billed per GB-month and can grow to 16 TiB\nwhile it stays attached to the instance it serves.\n";
        var result = GeneratorHarness.Run(("notes/ebs.md", note)).AssertCompiles();

        Assert.Equal(250, result.ConstantValue("Ebs.St1BurstMbPerSecond"));
        Assert.Contains("line 6.", result.AllSource);
        Assert.Contains("line 7.", result.AllSource);
    }

    [Fact]
    public void The_comma_inside_a_number_bounds_no_clause_and_a_number_names_nothing()
    {
        const string note = "# EBS\n\n64,000 is the max IOPS per volume assuming 16 KiB I/O.\n\nThe GP2 starts with credits. 16,000 is the maximum IOPS for gp2.\n";
        var result = GeneratorHarness.Run(("notes/ebs.md", note)).AssertCompiles();

        Assert.Equal(64000, result.ConstantValue("Ebs.MaxIopsPerVolume"));
        Assert.Equal(16000, result.ConstantValue("Ebs.MaxIopsForGp2"));
        Assert.DoesNotContain("_000", result.AllSource);
        Assert.DoesNotContain("16384", result.AllSource); // the premise's 16 KiB is no fact
    }

    [Fact]
    public void A_conversion_between_units_is_no_fact_and_the_kind_of_a_limit_names_nothing()
    {
        const string note = "# Snowmobile\n\n- Transfer exabytes of data (1 EB = 1,000 PB = 1,000,000 TBs)\n- Each Snowmobile has 100 PB of capacity\n\n"
            + "## Aurora\n\n- 1 ACU = 2 GiB of memory\n\n## ECS Limits\n\n* Hard Limits:\n  * 1000 Tasks per Service\n* Soft Limits:\n  * Max 10 Containers per Task Definition\n";
        var result = GeneratorHarness.Run(("notes/snow.md", note)).AssertCompiles();

        Assert.DoesNotContain("1000000L", result.AllSource);
        Assert.True(result.Has("Snowmobile.CapacityPb"));
        Assert.True(result.Has("Aurora.AcuGb")); // a unit of capacity in memory is a fact, not a conversion
        Assert.Equal(1000, result.ConstantValue("Ecs.TasksPerService"));
        Assert.Equal(10, result.ConstantValue("Ecs.MaxContainersPerTaskDefinition"));
    }

    [Fact]
    public void A_remark_about_a_bold_title_is_no_part_of_its_names_but_a_qualifier_is()
    {
        const string note = "# Snow Family\n\n- **Snowcone (smaller)**\n  - 2 CPUs, 4 GB of memory\n\n# ElastiCache\n\n- redis (cluster mode on)\n  - ≤ 500 nodes / cluster\n";
        var result = GeneratorHarness.Run(("notes/snow.md", note)).AssertCompiles();

        Assert.Equal(2, result.ConstantValue("SnowFamily.SnowconeCpus"));
        Assert.Equal(500, result.ConstantValue("ElastiCache.RedisClusterModeOnMaxNodes"));
    }

    [Fact]
    public void A_table_whose_rows_are_keyed_by_an_amount_looks_up_estimates_and_states_no_limits()
    {
        const string note = "# Snow Family\n\n## Time to Transfer\n\n| Data | 100 Mbps | 1Gbps |\n|---|---|---|\n| 10 TB | 12 days | 30 hours |\n| 1 PB | 3 years | 124 days |\n\n"
            + "## Devices\n\n| Device | Storage |\n|---|---|\n| Snowcone | 8 TB |\n";
        var result = GeneratorHarness.Run(("notes/snow.md", note)).AssertCompiles();

        Assert.False(result.Has("SnowFamily._10Tb100MbpsDays"));
        Assert.DoesNotContain("FromDays(12", result.AllSource);
        Assert.True(result.Has("SnowFamily.SnowconeTb")); // a table keyed by a name is read as before
    }

    [Fact]
    public void An_image_states_nothing_and_a_range_alone_is_named_by_its_section()
    {
        const string note = "# Aurora\n\n- Storage scales per 10GB all the way to 128 TB.\n\n![Screen Shot 2020-06-18 at 8 18 34 PM](https://example.com/x.png)\n\n"
            + "## st1\n\n- 500 GiB - 16 TiB\n";
        var result = GeneratorHarness.Run(("notes/aurora.md", note)).AssertCompiles();

        Assert.True(result.Has("Aurora.StorageMaxTb"));
        Assert.False(result.Has("Aurora.Pm"));
        Assert.Equal(16L * 1024 * 1024 * 1024 * 1024, result.ConstantValue("Aurora.St1MaxBytes"));
    }

    [Fact]
    public void A_title_that_is_a_service_by_two_names_is_its_class_and_a_range_may_open_with_a_word()
    {
        const string dx = "# DX - Direct Connect\n\n## Direct Connect Link Aggregation Groups (LAG)\n\n- Max 4 connections per LAG\n";
        const string rds = "# Amazon RDS\n\n- Automated backups keep a retention period between one and 35 days.\n";
        var result = GeneratorHarness.Run(("notes/dx.md", dx), ("notes/rds.md", rds)).AssertCompiles();

        Assert.False(result.Has("DxDirectConnect.MaxConnectionsPerLag"));
        Assert.Equal(4, result.ConstantValue("DirectConnect.MaxConnectionsPerLag"));
        Assert.Equal(1, result.ConstantValue("Rds.AutomatedBackupsMinDays"));
        Assert.Equal(35, result.ConstantValue("Rds.AutomatedBackupsMaxDays"));
    }

    [Fact]
    public void A_table_column_of_two_measures_is_read_as_two_columns()
    {
        const string note = "# EBS\n\n| Volume Type | Max IOPS / Throughput |\n| :-- | :-- |\n| **GP3** | 16,000 / 1,000 MiB/s |\n| **st1** | 500 / 500 MiB/s |\n";
        var result = GeneratorHarness.Run(("notes/ebs.md", note)).AssertCompiles();

        Assert.Equal(16000, result.ConstantValue("Ebs.Gp3IopsMax"));
        Assert.Equal(1000, result.ConstantValue("Ebs.Gp3ThroughputMaxMbPerSecond"));
        Assert.Equal(500, result.ConstantValue("Ebs.St1ThroughputMaxMbPerSecond"));
    }

    [Fact]
    public void A_service_name_alone_leads_its_list_and_a_list_indented_as_code_is_read()
    {
        const string cram = "SQS\n• Visibility timeout: default 30s, max 12h\n\nDynamoDB\n• Item size: ≤ 400 KB\n";
        const string dx = "# Direct Connect\n\n## Concepts\n        - 10GBASE-LR - 10 Gbps\n        - MTU of 1500/9001\n        - max 100 advertised prefixes\n"
            + "        - AWS advertises the BGP peer IPs ( /30s)\n\n"
            + "## Code\n\n    aws directconnect create-connection --bandwidth 10Gbps\n    echo 5 GB\n";
        var result = GeneratorHarness.Run(("notes/cram.md", cram), ("notes/dx.md", dx)).AssertCompiles();

        Assert.Equal(30, result.ConstantValue("Sqs.VisibilityTimeoutDefaultSeconds"));
        Assert.Equal(400, result.ConstantValue("DynamoDB.ItemSizeMaxKb"));
        Assert.Equal(100, result.ConstantValue("DirectConnect.MaxAdvertisedPrefixes"));
        Assert.DoesNotContain("5368709120", result.AllSource); // a code block that is not a list stays code
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "AWSF017" && d.Location.GetLineSpan().StartLinePosition.Line == 6); // nothing lost without a word
    }

    [Fact]
    public void A_short_line_over_a_list_titles_its_items_and_a_bold_term_titles_its_definition()
    {
        const string kds = "# Kinesis Data Streams\n\neach shard can:\n- support up to 5 transactions per second for read\n- up to maximum 2 MB/s data read rate\n\n"
            + "Stream\n- Data is stored as a record (1 MB)\n";
        const string lambda = "# Lambda\n\n## Exam Traps\n\n- **Durable Functions** — code-first workflows; can suspend for up to 1 year\n"
            + "- **Timeout** — short jobs; can run for up to 15 minutes\n- **Amazon DynamoDB** – Serverless NoSQL database\n";
        var result = GeneratorHarness.Run(("notes/kds.md", kds), ("notes/lambda.md", lambda)).AssertCompiles();

        Assert.Equal(5, result.ConstantValue("KinesisDataStreams.ReadShardMaxTransactionsPerSecond"));
        Assert.Equal(2, result.ConstantValue("KinesisDataStreams.ShardDataReadRateMaxMbPerSecond"));
        Assert.Equal(1, result.ConstantValue("KinesisDataStreams.StreamMb"));
        Assert.Equal(1, result.ConstantValue("Lambda.DurableFunctionsMaxYears"));
        Assert.Equal(15, result.ConstantValue("Lambda.TimeoutMaxMinutes"));
        Assert.DoesNotContain("class DynamoDB", result.AllSource); // a term without a value opens no class
    }

    [Fact]
    public void Quiz_options_and_worked_sums_are_no_facts_and_a_file_named_for_a_service_is_its_class()
    {
        const string quiz = "### 1. What is the maximum item size?\nA. 100 KB\nB. 256 KB\nC. 400 KB\nD. 1 MB\n\n**Answer:** C\n"
            + "**Explanation:** Each item is 8 KB = 2 RCUs (4 KB per RCU). 10 items × 2 = 20 RCUs for strong consistency.\n\n"
            + "### 2. Query\n\nQuery returns up to 1 MB of data per request.\n\n- 1 RCU = 4 KB per strongly consistent read\n";
        const string s3 = "# S3\n\n- **Durability**: 99.999999999% (11 9s).\n";
        var result = GeneratorHarness.Run(("notes/dynamodb-questions.md", quiz), ("notes/s3.md", s3)).AssertCompiles();

        Assert.DoesNotContain("AKb", result.AllSource); // an option, right or wrong, is no fact
        Assert.DoesNotContain("= 20;", result.AllSource); // nor the figures of a worked sum
        Assert.Equal(1, result.ConstantValue("DynamoDB.QueryReturnsMaxMb"));
        Assert.Equal(4, result.ConstantValue("DynamoDB.RcuKb")); // "1 RCU = 4 KB" defines a unit
        Assert.False(result.Has("S3.DurabilitySeconds")); // "11 9s" counts nines
    }

    [Fact]
    public void Rates_in_words_reads_and_writes_and_a_section_that_goes_on_about_the_service_before_it()
    {
        const string kinesis = "# Kinesis\n\n> Each shard can support up to 5 transactions per second for reads, up to a maximum total data read rate of 2 MB per second "
            + "and up to 1,000 records per second for writes.\n";
        const string summary = "# Database Summary\n\n#### Redshift\n* Available in only 1 AZ\n\n#### Redshift Backups\n"
            + "* Enabled by default with a 1 day retention period\n* Maximum retention period is 35 days\n";
        var result = GeneratorHarness.Run(("notes/kinesis.md", kinesis), ("notes/db.md", summary)).AssertCompiles();

        Assert.Equal(5, result.ConstantValue("Kinesis.ReadShardMaxTransactionsPerSecond"));
        Assert.Equal(1000, result.ConstantValue("Kinesis.WriteShardMaxRecordsPerSecond"));
        Assert.Equal(2, result.ConstantValue("Kinesis.ShardMaximumTotalDataReadRateMbPerSecond")); // "MB per second" is a rate
        Assert.Equal(35, result.ConstantValue("Redshift.MaxRetentionPeriodDays"));
        Assert.Equal(1, result.ConstantValue("Redshift.EnabledByDefaultRetentionPeriodDays"));
    }

    [Fact]
    public void Question_headings_restated_ends_and_tables_whose_rows_span_their_first_column()
    {
        const string faq = "# SQS\n\n#### How do I configure the maximum message size for Amazon SQS?\n"
            + "  * limit to a value between 1,024 bytes (1 KB), and 262,144 bytes (256 KB).\n\n"
            + "#### How do I configure Amazon SQS to support longer message retention?\n"
            + "  * You can set the message retention period from 60 seconds (1 minute) to 1,209,600 seconds (14 days)\n";
        const string quotas = "# Quotas\n\nDynamoDB\n-\n| | Category | Quota | |\n|---|---|---|---|\n"
            + "| Per table | On demand | **40k RCU, 40k WCU** | May be less in some regions |\n| | Provisioned | **40k RCU, 40k WCU** | |\n"
            + "| Global Secondary Indexes | Per table | Max. 20 | |\n";
        var result = GeneratorHarness.Run(("notes/faq.md", faq), ("notes/quotas.md", quotas)).AssertCompiles();

        Assert.Equal(1024, result.ConstantValue("Sqs.MaxMessageSizeMinBytes"));
        Assert.Equal(262144, result.ConstantValue("Sqs.MaxMessageSizeMaxBytes"));
        Assert.Equal(1209600, result.ConstantValue("Sqs.MessageRetentionPeriodMaxSeconds")); // a restatement in parentheses ends no range
        Assert.Equal(40000, result.ConstantValue("DynamoDB.PerTableProvisionedRcu")); // an empty first cell goes on with the row above's
        Assert.Equal(20, result.ConstantValue("DynamoDB.GlobalSecondaryIndexesPerTableMax")); // "Max." is max
    }

    [Fact]
    public void In_a_note_without_a_level_one_heading_its_highest_headings_are_its_titles()
    {
        const string note = "## Day 12 - March 19\n\n### S3 Baseline Performance\n\n- Latency 100-200 ms\n\n### Amazon S3 - Lifecycle Rules\n\n- Min 30 days in Standard before IA\n";
        var result = GeneratorHarness.Run(("notes/day-12.md", note)).AssertCompiles();

        Assert.Equal(100, result.ConstantValue("S3.LatencyMinMilliseconds"));
        Assert.True(result.Has("S3.MinDays") || result.AllSource.Contains("= 30;"));
        Assert.DoesNotContain("class Day12", result.AllSource);
    }

    [Fact]
    public void A_percentage_by_which_one_thing_costs_more_is_no_limit_but_a_saving_is()
    {
        const string note = "# Aurora\n\n- Costs 20% more than RDS, but is more efficient\n- Serverless v2: up to 90% cheaper for spiky load\n";
        var result = GeneratorHarness.Run(("notes/aurora.md", note)).AssertCompiles();

        Assert.DoesNotContain("= 20;", result.AllSource);
        Assert.Contains("= 90;", result.AllSource);
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "AWSF017"); // reported, not lost without a word
    }

    [Fact]
    public void A_course_section_on_what_a_service_does_is_that_service_and_what_one_can_achieve_names_nothing()
    {
        const string note = "# Decoupling Workflows\n\n## Brokering messages with Amazon MQ\n\n- Cluster deployments are logical groupings of 3 broker nodes\n\n"
                            + "## Executing batch workloads using AWS Batch\n\n- Jobs can run for up to 14 days\n\n## Working with large files\n\n"
                            + "- your application can achieve at least 3500 PUT requests per second\n";
        var result = GeneratorHarness.Run(("notes/decoupling.md", note)).AssertCompiles();

        Assert.Equal(3, result.ConstantValue("Mq.ClusterDeploymentsBrokerNodes"));
        Assert.Equal(14, result.ConstantValue("Batch.JobsMaxDays"));
        Assert.DoesNotContain("Achieve", result.AllSource); // neither the verb nor "your" names the value
        Assert.DoesNotContain("Your", result.AllSource);
    }

    [Fact]
    public void Chinese_units_and_bound_words_read_as_english_ones_and_names_keep_the_english_words()
    {
        const string note = "# SQS\n\n| 项 | 值 |\n|---|---|\n| **Message size 上限** | **256 KB** |\n| **Message retention** | 60 秒 - **14 天**，**默认 4 天** |\n"
                            + "| **Long polling 最大等待** | **20 秒** |\n";
        var result = GeneratorHarness.Run(("notes/sqs.md", note)).AssertCompiles();

        Assert.Equal(256, result.ConstantValue("Sqs.MessageSizeMaxKb"));
        Assert.Equal(60, result.ConstantValue("Sqs.MessageRetentionMinSeconds"));
        Assert.Equal(1209600, result.ConstantValue("Sqs.MessageRetentionMaxSeconds"));
        Assert.Equal(345600, result.ConstantValue("Sqs.MessageRetentionDefaultSeconds"));
        Assert.Equal(20, result.ConstantValue("Sqs.LongPollingMaxSeconds"));
    }

    [Fact]
    public void A_list_item_titled_by_a_code_in_parentheses_names_its_sub_items_by_the_code()
    {
        const string note = "# EBS\n\n- **General Purpose SSD (gp2)**\n  - 3 IOPS per GiB, up to a maximum of 16,000 IOPS per volume\n"
                            + "- **Throughput Optimized HDD (st1)**\n  - Baseline throughput of 40 MB/s per TB\n  - Ability to burst up to 250 MB/s per TB\n";
        var result = GeneratorHarness.Run(("notes/ebs.md", note)).AssertCompiles();

        Assert.Equal(3, result.ConstantValue("Ebs.Gp2IopsPerGib"));
        Assert.Equal(16000, result.ConstantValue("Ebs.Gp2MaxIopsPerVolume"));
        Assert.Equal(40, result.ConstantValue("Ebs.St1BaselineThroughputMbPerSecond"));
        Assert.Equal(250, result.ConstantValue("Ebs.St1BurstMaxMbPerSecond"));
    }

    [Fact]
    public void A_note_whose_title_names_no_service_but_whose_lines_name_one_is_that_services()
    {
        var lines = string.Concat(System.Linq.Enumerable.Select(System.Linq.Enumerable.Range(1, 8), i => $"- DynamoDB fact {i} has no number\n"));
        var note = "# Part 3: Capacity, Pricing & Auto Scaling\n\n" + lines + "- Auto Scaling adjusts capacity\n\n## Read units\n\n- Strongly consistent read: 4 KB per RCU\n";
        var result = GeneratorHarness.Run(("notes/part-3.md", note)).AssertCompiles();

        Assert.Contains("class DynamoDB", result.AllSource);
        Assert.DoesNotContain("class CapacityPricingAutoScaling", result.AllSource);

        // A title that names the service keeps its own class ("EBS and EFS" is about both).
        var both = GeneratorHarness.Run(("notes/ebs-efs.md", "# EBS and EFS\n\n" + lines.Replace("DynamoDB", "EBS") + "- Max 16 TiB per volume\n")).AssertCompiles();
        Assert.Contains("class EbsAndEfs", both.AllSource);
    }

    [Fact]
    public void Sections_with_same_named_items_are_told_apart_by_their_heading_and_a_step_is_its_ranges()
    {
        const string note = "# EBS\n\n## HDD\n\n### Throughput Optimized HDD (st1)\n* **Throughput Scaling**:\n    * **Base**: 40 MB/s per TiB.\n\n"
                            + "### Cold HDD (sc1)\n* **Throughput Scaling**:\n    * **Base**: 12 MB/s per TiB.\n\n### Memory\n- 128MB to 10GB in 1mb increments\n\n"
                            + "### Custom metrics\n- Resolution:\n  - Standard: 60 seconds.\n";
        var result = GeneratorHarness.Run(("notes/ebs.md", note)).AssertCompiles();

        Assert.Equal(40, result.ConstantValue("Ebs.ThroughputScalingBaseMbPerSecond"));
        Assert.Equal(12, result.ConstantValue("Ebs.Sc1ThroughputScalingBaseMbPerSecond")); // not dropped as a clash
        Assert.Equal(1, result.ConstantValue("Ebs.MemoryIncrementMb"));
        Assert.Equal(60, result.ConstantValue("Ebs.ResolutionStandardSeconds"));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "AWSF001");
    }

    [Fact]
    public void Examples_comparisons_years_and_model_layers_are_no_limits()
    {
        const string note = "# ELB\n\n- Gateway Load Balancer - 2020 - GWLB.\n- Application load balancers is Layer 7 (HTTP).\n"
                            + "- NLB latency ~100 ms (vs 400 ms for ALB).\n- Alarm triggered (example CPU > 70%), then scale out\n"
                            + "- Launched in 2019 with up to 100 targets\n- Max labels per version: 10\n- Shared quota: 5,500 req/s (up to 50,000 req/s in big regions, e.g. us-east-1)\n";
        var result = GeneratorHarness.Run(("notes/elb.md", note)).AssertCompiles();

        foreach (var figure in new[] { "= 2020;", "= 7;", "= 400;", "= 70;", "= 2019;" })
        {
            Assert.DoesNotContain(figure, result.AllSource);
        }

        Assert.Equal(100, result.ConstantValue("Elb.NlbLatencyMilliseconds"));
        Assert.Equal(100, result.ConstantValue("Elb.MaxTargets"));
        Assert.Equal(10, result.ConstantValue("Elb.MaxLabelsPerVersion")); // counted per version: a figure
        Assert.Contains("= 50000;", result.AllSource); // an example after the figure leaves the figure
    }

    [Fact]
    public void A_break_keeps_the_level_one_class_a_section_names_its_service_and_defaults_is_a_default()
    {
        const string note = "# Architecture Refresher\n\nintro\n\n# Simple Queue Service (SQS)\n\nSQS is a public queue.\n\n---\n\n"
                            + "## Visibility Timeout\n\n- Visibility defaults 30 seconds, can be between 0 to 12 hours\n\n"
                            + "# 3. Why use a load balancer?\n\n- An ALB spreads load\n- NLB for TCP\n- A load balancer checks health\n"
                            + "- Classic load balancers are old\n- Deregistration delay: 300 seconds by default\n";
        var result = GeneratorHarness.Run(("notes/event-driven.md", note)).AssertCompiles();

        Assert.Equal(30, result.ConstantValue("Sqs.VisibilityTimeoutDefaultSeconds"));
        Assert.Equal(43200, result.ConstantValue("Sqs.VisibilityTimeoutMaxSeconds"));
        Assert.Equal(300, result.ConstantValue("Elb.DeregistrationDelayDefaultSeconds"));
        Assert.DoesNotContain("class WhyUseALoadBalancer", result.AllSource);
    }

    [Fact]
    public void Worked_examples_and_counts_of_the_options_below_are_no_limits()
    {
        const string note = "# DynamoDB\n\n- write 10 objs per seconds of 2kb each\n- need to round up 6kb to 8kb\n- (total rcu / 3000) + (total wcu / 1000)\n"
                            + "- Sync invoke payload is 6 MB each way\n\nYou can encrypt data at rest using one of 4 methods:\n\n- SSE-S3\n- SSE-KMS\n";
        var result = GeneratorHarness.Run(("notes/dynamodb.md", note)).AssertCompiles();

        foreach (var figure in new[] { "= 10;", "= 2;", "= 8;", "= 3000;", "= 4;" })
        {
            Assert.DoesNotContain(figure, result.AllSource);
        }

        Assert.Contains("= 6;", result.AllSource); // "each way" is no worked example
    }

    [Fact]
    public void An_item_titled_each_thing_counts_its_sub_items_per_thing_and_an_opening_preposition_names_nothing()
    {
        const string note = "# DynamoDB\n\n## Capacity\n- For free tier: 25 WCU and 25 RCU\n\n### Partitioning Basics\n- Each partition provides:\n   - 3,000 RCUs\n   - 1,000 WCUs\n";
        var result = GeneratorHarness.Run(("notes/dynamodb.md", note)).AssertCompiles();

        Assert.Equal(3000, result.ConstantValue("DynamoDB.RcusPerPartition"));
        Assert.Equal(1000, result.ConstantValue("DynamoDB.WcusPerPartition"));
        Assert.Equal(25, result.ConstantValue("DynamoDB.FreeTierWcu"));
    }

    [Fact]
    public void A_section_titled_by_a_bound_bounds_the_labelled_values_under_it()
    {
        const string note = "# DynamoDB\n\n### 📌 Max RCUs & WCUs\n- Per table: 40,000 RCUs & 40,000 WCUs\n\n#### Max size of S3 object\n- For objects larger than 100MB, use Multipart upload\n";
        var result = GeneratorHarness.Run(("notes/dynamodb.md", note)).AssertCompiles();

        Assert.Equal(40000, result.ConstantValue("DynamoDB.PerTableMaxRcus"));
        Assert.Equal(40000, result.ConstantValue("DynamoDB.PerTableMaxWcus"));
        Assert.DoesNotContain("MaxMb", result.AllSource); // a sentence's own value is not bounded by the title
    }

    [Fact]
    public void Sums_written_out_and_sections_titled_as_examples_hold_no_limits()
    {
        const string note = "# DynamoDB\n\n## Partitions\n- Partition size: 10 GB\n- Size partitions: 200GB / 10GB = 20\n- RCUs = (2KB / 4KB) * (100) * 0.5 = 25 RCUs\n\n"
                            + "### 🚀 Example Calculation\n- If you're reading 100 items per second, each 2KB in size: 50 RCUs\n\n"
                            + "### Partitioning Example\n- Table with 15,000 RCUs needs 5 partitions\n\n### Scenario\n- Query results: up to 1 MB\n";
        var result = GeneratorHarness.Run(("notes/dynamodb.md", note)).AssertCompiles();

        Assert.Equal(10, result.ConstantValue("DynamoDB.PartitionSizeGb"));
        foreach (var figure in new[] { "= 200;", "= 25;", "= 50;", "= 15000;", "= 5;" })
        {
            Assert.DoesNotContain(figure, result.AllSource);
        }

        Assert.Contains("= 1;", result.AllSource); // a scenario may state a limit
    }

    [Fact]
    public void A_title_about_one_service_is_its_class_and_a_section_titled_by_a_code_names_its_rows()
    {
        const string note = "# Comparison: EBS Volume Types\n\n## Detailed Comparison\n\n#### **gp3 (General Purpose SSD) - RECOMMENDED**\n\n"
                            + "| Attribute | Value |\n|---|---|\n| **IOPS** | 3,000 baseline, up to 16,000 |\n\n"
                            + "#### **Cold HDD (sc1)**\n\n- Up to 250 IOPS\n- Throughput: up to 250 MB/s\n";
        var result = GeneratorHarness.Run(("notes/ebs.md", note)).AssertCompiles();

        Assert.Equal(16000, result.ConstantValue("Ebs.Gp3IopsMax"));
        Assert.Equal(250, result.ConstantValue("Ebs.Sc1MaxIops"));
        Assert.Equal(250, result.ConstantValue("Ebs.Sc1ThroughputMaxMbPerSecond"));
    }

    [Fact]
    public void A_line_of_protocols_and_their_numbers_names_ports()
    {
        const string note = "# EC2\n\nSecurity groups filter traffic\n21 FTP, 22 SSH SFTP, 443 HTTPS, 3389 RDP\n\n## Ports\n- 22 SSH\n";
        var result = GeneratorHarness.Run(("notes/ec2.md", note)).AssertCompiles();

        Assert.Equal(22, result.ConstantValue("Ec2.SshSftpPort"));
        Assert.Equal(3389, result.ConstantValue("Ec2.RdpPort"));
        Assert.False(result.Has("Ec2.Ports.SshPort")); // the class says it already
    }

    [Fact]
    public void An_item_titled_by_a_service_and_a_topic_files_its_sub_items_under_the_service()
    {
        const string note = "# AWS Cloud Practitioner — Service Limits & Defaults\n\n## Compute\n- **EC2 Security Groups:**\n  - 5 security groups per VPC (default).\n"
                            + "  - 50 inbound/outbound rules per security group.\n\n## Storage\n- **S3 Buckets:**\n  - 100 buckets per AWS account (soft limit).\n";
        var result = GeneratorHarness.Run(("notes/limits.md", note)).AssertCompiles();

        Assert.Equal(5, result.ConstantValue("Ec2.SecurityGroupsPerVpc"));
        Assert.Equal(100, result.ConstantValue("S3.BucketsPerAwsAccount"));
    }

    [Fact]
    public void An_item_whose_label_or_what_it_counts_per_names_a_service_is_filed_under_it()
    {
        const string note = "# Service Limits & Defaults\n\n## Networking\n- **VPCs:** 5 per Region (default).\n- **Subnets per VPC:** 200.\n"
                            + "- **Internet Gateways:** 1 per VPC.\n\n## Decisions\n1. Raise the size on all 14 queues; claim-check via S3 for exports.\n";
        var result = GeneratorHarness.Run(("notes/limits.md", note)).AssertCompiles();

        Assert.Equal(5, result.ConstantValue("Vpc.VpcsPerRegion"));
        Assert.Equal(200, result.ConstantValue("Vpc.SubnetsPerVpc"));
        Assert.Equal(1, result.ConstantValue("Vpc.InternetGatewaysPerVpc"));
        Assert.False(result.Has("S3.Queues")); // a service mentioned in passing is no subject
    }

    [Fact]
    public void A_labelled_value_under_a_section_titled_as_limits_is_a_maximum_unless_its_label_says_its_kind()
    {
        const string note = "# Lambda\n\n## Limitation\n\n- Deployment:\n  - Lambda function deployment size (compressed): 50MB\n"
                            + "  - size of environment variables: 4KB\n- Concurrency limits: 1000\n- Default timeout: 3 seconds\n\n## Features\n- Layers: 5\n";
        var result = GeneratorHarness.Run(("notes/lambda.md", note)).AssertCompiles();

        Assert.Equal(50, result.ConstantValue("Lambda.FunctionDeploymentSizeCompressedMaxMb"));
        Assert.Equal(4, result.ConstantValue("Lambda.SizeOfEnvironmentVariablesMaxKb"));
        Assert.Equal(1000, result.ConstantValue("Lambda.ConcurrencyLimits"));
        Assert.Equal(3, result.ConstantValue("Lambda.DefaultTimeoutSeconds"));
        Assert.Equal(5, result.ConstantValue("Lambda.Layers")); // outside the limits section
    }

    [Fact]
    public void A_run_of_values_that_trails_off_and_an_example_marker_in_another_language_hold_no_limits()
    {
        const string note = "# DynamoDB\n\nExponential backoff means longer waits between retries (50ms, 100ms, 200ms...) for flow control.\n\n"
                            + "- Log expiration: never expire, or (1 day to 10 years...)\n- VD: 1 bucket S3 hoặc 1 role IAM\n";
        var result = GeneratorHarness.Run(("notes/ddb.md", note)).AssertCompiles();

        foreach (var figure in new[] { "= 50;", "= 100;", "= 200;", "Vd" })
        {
            Assert.DoesNotContain(figure, result.AllSource);
        }

        Assert.Contains("= 86400;", result.AllSource); // a range that trails off is still a range
    }

    [Fact]
    public void A_short_list_item_title_names_a_value_that_says_only_its_bound_and_one_word()
    {
        const string note = "# S3\n\n- Objects\n  - Have a key which is the FULL path\n  - Max size is 5 TB\n";
        var result = GeneratorHarness.Run(("notes/s3.md", note)).AssertCompiles();

        Assert.Equal(5, result.ConstantValue("S3.ObjectsMaxSizeTb"));
    }

    [Fact]
    public void One_of_a_unit_of_several_words_defined_as_one_times_a_value_is_labelled_by_the_unit()
    {
        const string note = "# DynamoDB\n\n* 1 write capacity unit = 1 x 1KB write per second\n* Items: 10 x 2 = 20 WCUs\n";
        var result = GeneratorHarness.Run(("notes/ddb.md", note)).AssertCompiles();

        Assert.Equal(1, result.ConstantValue("DynamoDB.WriteCapacityUnitKb"));
        Assert.DoesNotContain("= 20;", result.AllSource); // a sum still
    }

    [Fact]
    public void A_rule_inside_a_service_section_keeps_the_service_and_terms_in_code_style_are_no_enum()
    {
        const string note = "# SQS, SNS & Kinesis\n\n## SQS – Simple Queue Service\n\n### Overview\n- Fully managed queue.\n\n---\n\n### Key Parameters\n\n"
                            + "| Parameter | Description |\n|---|---|\n| **Visibility Timeout** | Time a message is hidden (default 30 s; max 12 hours) |\n\n"
                            + "## EBS Volume Types\n\n- `General Purpose SSD GP2` - balance between cost and performance; up to 10,000 IOPS\n- `Magnetic Standard` - lowest cost\n";
        var result = GeneratorHarness.Run(("notes/mix.md", note)).AssertCompiles();

        Assert.Equal(30, result.ConstantValue("Sqs.VisibilityTimeoutDefaultSeconds"));
        Assert.Contains("= 10000;", result.AllSource); // read, not swallowed by an enum of terms
        Assert.DoesNotContain("\"Magnetic Standard\"", result.AllSource);
    }

    [Fact]
    public void Upto_bounds_as_up_to_and_a_sentence_over_items_titles_them_by_its_subject()
    {
        const string note = "# S3\n\n- Objects\n  - Tags are unicode key/value pairs\n    - Up to 10\n\n## Consumers\n- Recieves upto 10 messages at a time.\n";
        var result = GeneratorHarness.Run(("notes/s3.md", note)).AssertCompiles();

        Assert.Equal(10, result.ConstantValue("S3.TagsMax"));
        Assert.DoesNotContain("Upto", result.AllSource);
    }

    [Fact]
    public void An_exam_pointer_states_its_answer_s_figure_not_its_question_s()
    {
        const string note = "# Lambda\n\n## 📌 Exam Pointers\n\n- “Lambda hits storage space error writing to `/tmp`?” → ✅ Increase ephemeral storage (up to 10 GB)\n"
                            + "- “You need to deploy a 200 MB ML package?” → ✅ Use Lambda Container Image (up to 10 GB via ECR)\n";
        var result = GeneratorHarness.Run(("notes/lambda.md", note)).AssertCompiles();

        Assert.Equal(10, result.ConstantValue("Lambda.EphemeralStorageMaxGb"));
        Assert.Equal(10, result.ConstantValue("Lambda.ContainerImageMaxGb"));
        Assert.DoesNotContain("= 200;", result.AllSource);
        Assert.DoesNotContain("ExamPointers", result.AllSource);
    }

    [Fact]
    public void Sections_between_the_services_a_title_names_go_on_about_the_last_and_a_one_word_item_names_its_cases()
    {
        const string note = "# Other Serverless: Step Functions and AppSync\n\n## Step Functions\n- Fully managed.\n\n## Standard vs Express\n\n"
                            + "- Standard\n  - Max duration: up to one year\n  - Exec history: up to 90 days\n- Express\n  - Max duration: up to 5 mins\n\n## AppSync\n- GraphQL.\n";
        var result = GeneratorHarness.Run(("notes/serverless.md", note)).AssertCompiles();

        Assert.Equal(5, result.ConstantValue("StepFunctions.ExpressMaxDurationMinutes"));
        Assert.Equal(90, result.ConstantValue("StepFunctions.StandardExecHistoryMaxDays"));
    }

    [Fact]
    public void A_column_named_by_another_service_alone_is_that_service_s_and_under_bounds_a_value()
    {
        const string note = "# Amazon Aurora\n\n- Automatic failover using replicas in under **30 seconds**.\n\n## Aurora vs RDS Comparison\n\n"
                            + "| Feature | Amazon RDS | Amazon Aurora |\n|---|---|---|\n| Max Storage | 64 TB | 128 TB (auto-scaled) |\n";
        var result = GeneratorHarness.Run(("notes/aurora.md", note)).AssertCompiles();

        Assert.Equal(64, result.ConstantValue("Rds.MaxStorageTb"));
        Assert.Equal(128, result.ConstantValue("Aurora.MaxStorageTb"));
        Assert.Equal(30, result.ConstantValue("Aurora.AutomaticFailoverUsingReplicasMaxSeconds"));
    }

    [Fact]
    public void A_one_word_label_under_a_section_led_by_its_subject_names_the_subject()
    {
        const string note = "# Route 53\n\n### Health Checks – Monitor an Endpoint\n- Interval – 30 sec\n\n## Function configuration\n- Timeout: 3 seconds\n";
        var result = GeneratorHarness.Run(("notes/route53.md", note)).AssertCompiles();

        Assert.Equal(30, result.ConstantValue("Route53.HealthChecksIntervalSeconds"));
        Assert.Equal(3, result.ConstantValue("Route53.TimeoutSeconds")); // a title without a lead keeps the label
    }

    [Fact]
    public void An_item_opening_with_a_code_titles_its_items_and_a_price_list_holds_no_limits()
    {
        const string note = "# EBS\n\n### Types\n\n- GP2 (SSD): general purpose. balances with price and performance\n    - Max IOPS: 16000\n"
                            + "- ST1 (HDD): low cost, frequently accessed\n    - Max throughput of 500MB/s\n\n## Lambda pricing\n- Pay per call:\n    - First 1 million requests are free\n"
                            + "- Storage costs $0.20 per 1 million requests; max payload 6 MB\n";
        var result = GeneratorHarness.Run(("notes/ebs.md", note)).AssertCompiles();

        Assert.Equal(16000, result.ConstantValue("Ebs.Gp2MaxIops"));
        Assert.Equal(500, result.ConstantValue("Ebs.St1MaxThroughputMbPerSecond"));
        Assert.Contains("= 6;", result.AllSource); // the price is masked, not the line
        Assert.DoesNotContain("Requests", result.AllSource);
    }
}
