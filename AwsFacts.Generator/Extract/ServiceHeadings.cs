using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Name;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// A heading below the note's title that is just the name of an AWS service (<c>## SQS</c>, <c>## 🗄️ DynamoDB</c>,
/// <c>## 2) Lambda</c>, <c>## [[EventBridge]]</c>, <c>## RDS basics:</c>): notes titled "Exam tips" or "Messaging study
/// notes" file each service under such a heading, and a reader looks for <c>Sqs.MaxMessageSizeKb</c>, not
/// <c>MessagingStudyNotes.MaxMessageSizeKb</c>. The title must be the service's name, less a trailing word that says what
/// kind of section it is ("basics", "quick facts", "limits"), or start with it and go on with a few words on one topic
/// of it (<c>## S3 request rates</c>, <c>## Slide 4: S3 Glacier retrieval</c>): <c>## EC2 / EBS</c> or <c>## Secrets Manager &amp; Parameter Store</c> still only group text.
/// </summary>
internal static class ServiceHeadings
{
    // Service names as notes write them, lower case, "Amazon"/"AWS" and punctuation dropped.
    private static readonly HashSet<string> Services = new(StringComparer.Ordinal)
    {
        "s3", "s3 glacier", "glacier", "ebs", "efs", "fsx", "ec2", "ec2 auto scaling", "auto scaling", "elb", "alb", "nlb", "clb", "gwlb",
        "elastic load balancing", "iam", "iam identity center", "sts", "kms", "secrets manager", "parameter store",
        "systems manager", "ssm", "cloudhsm", "acm", "certificate manager", "cognito", "organizations", "control tower",
        "guardduty", "macie", "inspector", "security hub", "waf", "shield", "network firewall", "route 53", "route53",
        "cloudfront", "global accelerator", "vpc", "transit gateway", "nat gateway", "direct connect", "privatelink", "api gateway",
        "lambda", "step functions", "sqs", "sns", "eventbridge", "eventbridge scheduler", "eventbridge pipes", "kinesis",
        "kinesis data streams", "kinesis data firehose", "data firehose", "firehose", "kinesis video streams", "msk", "mq",
        "appsync", "ses", "simple email service", "pinpoint", "dynamodb", "dynamodb streams", "dax", "rds", "aurora",
        "aurora serverless", "rds proxy", "elasticache", "memorydb", "memorydb for redis", "redshift", "redshift serverless",
        "opensearch", "opensearch service", "documentdb", "neptune", "keyspaces", "timestream", "athena", "glue", "emr",
        "lake formation", "quicksight", "datasync", "storage gateway", "snowball", "snowball edge", "snowcone", "snowmobile", "snow family", "transfer family",
        "backup", "ecs", "ecr", "eks", "fargate", "app runner", "batch", "elastic beanstalk", "beanstalk", "lightsail",
        "cloudformation", "cdk", "sam", "cloudtrail", "config", "cloudwatch", "cloudwatch logs", "cloudwatch metrics",
        "cloudwatch alarms", "cloudwatch events", "x ray", "xray", "trusted advisor", "service quotas", "codebuild",
        "codedeploy", "codepipeline", "codecommit", "codeartifact", "amplify", "sagemaker", "bedrock", "rekognition",
        "comprehend", "textract", "polly", "transcribe", "translate", "lex", "kendra", "directory service",
        "resource access manager", "simple queue service", "simple notification service", "simple storage service",
        "elastic compute cloud", "elastic block store", "elastic file system", "identity and access management",
        "key management service", "relational database service", "swf", "simple workflow service", "opsworks", "workspaces",
        "data pipeline", "elastic transcoder", "cloudsearch", "appflow", "app mesh", "cloud map", "iot core", "outposts", "kinesis firehose",
        "kinesis analytics", "kinesis data analytics", "elasticsearch", "elasticsearch service",
    };

    // What a section says it is, after the service's name: "## SQS quick facts", "## RDS BASICS:", "## Lambda limits".
    private static readonly Regex SectionWords = new(
        @"\s+(?:basics|quick\s+facts|key\s+facts|facts|limits|quotas|overview|fundamentals|essentials|(?:exam\s+)?tips|exam\s+notes|study\s+notes|cheat\s*sheet|summary|recap|review|deep\s+dive|in\s+a\s+nutshell|at\s+a\s+glance|cont|contd|continued)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Service names that are also everyday words: a heading only names the service when it is nothing else
    // ("## Batch operations", "## Config rules", "## Backup strategies" are topics).
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "config", "batch", "backup", "shield", "translate", "amplify", "inspector", "organizations", "sam", "lex",
        "polly", "transcribe", "kendra", "macie", "cdk", "mq",
    };

    // A title about more than one thing: "EC2 / EBS", "Secrets Manager & Parameter Store", "SQS vs SNS".
    private static readonly Regex Joined = new(
        @"[&/+,|]|\b(?:and|vs|versus|or|with)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private const int MostTopicWords = 4;
    private const int LongestServiceWords = 4;

    /// <summary>Whether a title names a service, alone or joined with others (<c>ECS / Fargate</c>, <c>EC2 &amp; load balancers</c>).</summary>
    public static bool MentionsService(string title)
        => Joined.Split(title).Any(part => part.Trim().Length > 0 && ServiceOf(part.Trim(), topicsToo: false) is not null);

    /// <summary>
    /// The service a heading's title names, as written (<c>DynamoDB</c>, <c>RDS</c>), or null when it names none: the
    /// title is the service's name, or starts with it and goes on with a few words about one topic of it
    /// (<c>S3 request rates</c>, <c>Lambda concurrency</c>), naming nothing else.
    /// </summary>
    /// <param name="title">The heading's title as written.</param>
    /// <param name="topicsToo">Whether a title that goes on with a topic counts: not for a heading nested in a section
    /// ("### Auto Scaling Groups" under "## High Availability"), which is a part of that section's subject.</param>
    public static string? ServiceOf(string title, bool topicsToo = true)
    {
        // "Amazon Simple Queue Service (SQS)": the short name a reader looks for; "API Gateway (REST)": a remark.
        var remark = Parenthesis.Match(title);
        if (remark.Success)
        {
            var inside = Known(string.Join(" ", IdentifierNamer.Words(remark.Groups["inside"].Value, isHeading: true)));
            var outside = ServiceOf(title.Remove(remark.Index, remark.Length), topicsToo);
            // "Load balancer (ALB `checkout-alb`)": the one service named in the remark, when the rest names none.
            return outside is not null && inside is not null ? inside
                : outside ?? (topicsToo && !Joined.IsMatch(title.Remove(remark.Index, remark.Length)) ? ServiceIn(title)?.Name : null);
        }

        // The words a heading's name is built from (no emoji, numbering, "Notes", "AWS"), less the kind of section and
        // a lone symbol ("## λ Lambda").
        var words = IdentifierNamer.Words(title, isHeading: true).Where(w => !(w.Length == 1 && w[0] > 127)).ToList();
        var text = SectionWords.Replace(string.Join(" ", words), string.Empty);
        if (Known(text) is { } service)
        {
            return service;
        }

        // "DX - Direct Connect": the service by its short and its full name.
        if (BothNames.Match(title) is { Success: true } both && Known(both.Groups["a"].Value.Trim()) is { } a
            && Known(both.Groups["b"].Value.Trim()) is { } b && Same(a, b))
        {
            return b.Length >= a.Length ? b : a;
        }

        // "Step Functions: Standard vs Express", "Lambda — cold starts and limits": the service, then what about it.
        if (topicsToo && Led(title) is { } led)
        {
            return led;
        }

        // "Brokering messages with Amazon MQ", "Executing batch workloads using AWS Batch": a course's section on what
        // a service does, the service last.
        if (topicsToo && ByService.Match(title) is { Success: true } by && !MentionsService(by.Groups["topic"].Value)
            && ServiceOf(by.Groups["service"].Value, topicsToo: false) is { } last)
        {
            return last;
        }

        return !topicsToo || Joined.IsMatch(title) ? null : LeadingService(words) ?? ServiceIn(title)?.Name;
    }

    private static readonly Regex ByService = new(
        @"^(?<topic>[^&/+,|:]+?)\s+(?:with|using|via|through)\s+(?<service>[^&/+,|:]+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The service a heading is, by name alone (<c>Elastic Block Store (EBS)</c>, <c>AWS Snowmobile</c>) or as the lead
    /// of a topic after a colon or dash (<c>Snow Family - Edge Computing</c>); never one mentioned among other words.
    /// </summary>
    public static string? NamedOrLed(string title)
        => Joined.IsMatch(title) ? null : ServiceOf(title, topicsToo: false) ?? Led(title);

    /// <summary>The service that leads a title before a colon or dash ("Step Functions: Standard vs Express"), or null.</summary>
    private static string? Led(string title)
        => ServiceLead.Match(title) is { Success: true } lead ? ServiceOf(lead.Groups["service"].Value, topicsToo: false) : null;

    private static readonly Regex BothNames = new(@"^(?<a>[^:–—-]+)\s[–—-]\s(?<b>[^:–—-]+)$", RegexOptions.CultureInvariant);

    private static readonly Regex ServiceLead = new(@"^(?<service>[^:–—]+?)\s*(?::|\s[–—-])\s+\S", RegexOptions.CultureInvariant);

    private static readonly Regex Parenthesis = new(@"\s*\((?<inside>[^()]*)\)", RegexOptions.CultureInvariant);

    /// <summary>The service a name is, as a reader looks for it (<c>Simple Queue Service</c> → <c>SQS</c>), or null.</summary>
    private static string? Known(string name)
    {
        var lower = Whitespace.Replace(name.Trim(), " ").ToLowerInvariant();
        if (Shorthand.TryGetValue(lower, out var full))
        {
            return full;
        }

        // Written all in lower case ("#dynamodb", "cloudwatch"), a name is spelt as AWS spells it.
        return !Services.Contains(lower) ? null
            : name.Any(char.IsUpper) ? name.Trim()
            : Spelling.TryGetValue(lower, out var spelt) ? spelt : lower.ToUpperInvariant().Length <= 4 ? lower.ToUpperInvariant() : name.Trim();
    }

    /// <summary>
    /// The one service a text names anywhere (<c>Lambda</c> in "What is the maximum timeout for a Lambda function?"),
    /// as written and as its class is named; null when it names none, or more than one.
    /// </summary>
    public static (string Written, string Name)? ServiceIn(string text) => ServiceIn(text, out _);

    /// <summary>The one service a label names, an acronym's plural too ("VPCs per Region" → VPC), or null.</summary>
    public static (string Written, string Name)? CountedServiceIn(string text) => ServiceIn(text, out _, plurals: true);

    /// <summary>"VPCs" → "VPC", "ALBs" → "ALB"; null for a word that is no acronym's plural.</summary>
    private static string? AcronymPlural(string word)
        => word.Length >= 3 && word[word.Length - 1] == 's' && word.Take(word.Length - 1).All(c => char.IsUpper(c) || char.IsDigit(c)) && char.IsUpper(word[0])
            ? word.Substring(0, word.Length - 1)
            : null;

    /// <summary>Whether a text names more than one service ("Lambda + API Gateway: max 29 s").</summary>
    public static bool NamesSeveral(string text) => ServiceIn(text, out var several) is null && several;

    private static (string Written, string Name)? ServiceIn(string text, out bool several, bool plurals = false)
    {
        several = false;
        (string Written, string Name)? found = null;
        var words = Word.Matches(text);
        for (var i = 0; i < words.Count; i++)
        {
            // "VPCs per Region", "ALBs": an acronym's plural names its service.
            if (plurals && AcronymPlural(words[i].Value) is { } singular && FirstWords.Contains(singular) && Known(singular) is { } counted)
            {
                if (found is { } before && !Same(before.Name, counted))
                {
                    several = true;
                    return null;
                }

                found ??= (singular, counted);
                continue;
            }

            if (!FirstWords.Contains(words[i].Value))
            {
                continue; // most words start no service's name: spared the lookups below
            }

            for (var length = Math.Min(LongestServiceWords, words.Count - i); length >= 1; length--)
            {
                var start = words[i].Index;
                var written = text.Substring(start, words[i + length - 1].Index + words[i + length - 1].Length - start);
                var lower = Whitespace.Replace(written, " ").ToLowerInvariant();
                if (CommonWords.Contains(lower) || Known(written) is not { } name)
                {
                    continue;
                }

                // The same service again ("DynamoDB" … "dynamodb", "Kinesis Data Streams" … "Kinesis") keeps the first.
                if (found is { } other && !Same(other.Name, name))
                {
                    several = true;
                    return null;
                }

                found ??= (written, name);
                i += length - 1;
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// Whether <paramref name="named"/> is the service <paramref name="title"/> names, or a part of it that its notes
    /// keep in its class (Glacier in S3's, Fargate in ECS's, ALB in ELB's).
    /// </summary>
    public static bool SameOrPart(string named, string title)
        => Same(named, title)
           || Parts.TryGetValue(Whitespace.Replace(named.Trim(), " ").ToLowerInvariant(), out var whole)
              && Same(whole, Known(title) ?? title);

    private static readonly Dictionary<string, string> Parts = new(StringComparer.Ordinal)
    {
        ["glacier"] = "S3", ["s3 glacier"] = "S3", ["fargate"] = "ECS", ["alb"] = "ELB", ["nlb"] = "ELB", ["clb"] = "ELB", ["gwlb"] = "ELB",
        ["auto scaling"] = "EC2", ["ec2 auto scaling"] = "EC2", ["dax"] = "DynamoDB", ["parameter store"] = "Systems Manager",
        ["aurora serverless"] = "Aurora", ["rds proxy"] = "RDS",
    };

    private static bool Same(string a, string b)
        => a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A service's name and then a short topic of it (<c>EC2 Instances</c>, <c>S3 Buckets</c>, <c>EBS Volumes</c>): the
    /// service and the topic; null for any other title (<c>EC2 EBS</c> names two).
    /// </summary>
    public static (string Service, string Topic)? LeadAndTopic(string title)
    {
        var words = title.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count < 2 || Joined.IsMatch(title) || LeadingService(words) is not { } lead)
        {
            return null;
        }

        var topic = string.Join(" ", words.Skip(lead.Split(' ').Length));
        return topic.Any(char.IsLetter) ? (ServiceOf(lead, topicsToo: false) ?? lead, topic) : null;
    }

    /// <summary>The service the words start with, longest name first, when a short topic of it follows.</summary>
    private static string? LeadingService(List<string> words)
    {
        for (var length = Math.Min(words.Count - 1, LongestServiceWords); length >= 1; length--)
        {
            var rest = words.Count - length;
            var name = string.Join(" ", words.GetRange(0, length));
            var lower = name.ToLowerInvariant();
            if (rest <= MostTopicWords && Services.Contains(lower) && !CommonWords.Contains(lower) && !NamesAService(words, length))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Whether the words after the first ones name a service too ("S3 Glacier" is one, "EC2 EBS" two).</summary>
    private static bool NamesAService(List<string> words, int start)
    {
        for (var i = start; i < words.Count; i++)
        {
            for (var length = 1; i + length <= words.Count && length <= LongestServiceWords; length++)
            {
                var lower = string.Join(" ", words.GetRange(i, length)).ToLowerInvariant();
                if (Services.Contains(lower) && !CommonWords.Contains(lower))
                {
                    return true;
                }
            }
        }

        return false;
    }
    // A sentence that opens with a service: "DynamoDB's max item size …", "For DynamoDB, the limit …", "Lambda: 15 min".
    private static readonly Regex SentenceStart = new(
        @"^\W*(?<opener>(?:for|in|on|with)\s+)?(?:(?:a|an|the|each|every|one)\s+)?(?:(?:amazon|aws)\s+)?(?<words>[A-Za-z0-9][\w-]*(?:\s+[A-Za-z0-9][\w-]*){0,3})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Word = new(@"[A-Za-z0-9][\w-]*", RegexOptions.CultureInvariant);

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    // What may follow the service's name: its own words, a possessive, a label's colon; after "For X" a comma too.
    private static readonly Regex GoesOn = new(@"^(?:'s\b|’s\b|:|\s+(?!(?:and|or|vs|versus|with)\b)[\w(])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // How AWS spells a service whose name has capitals inside it.
    private static readonly Dictionary<string, string> Spelling = new(StringComparer.Ordinal)
    {
        ["dynamodb"] = "DynamoDB", ["cloudwatch"] = "CloudWatch", ["cloudfront"] = "CloudFront", ["cloudformation"] = "CloudFormation",
        ["cloudtrail"] = "CloudTrail", ["eventbridge"] = "EventBridge", ["elasticache"] = "ElastiCache", ["opensearch"] = "OpenSearch",
        ["appsync"] = "AppSync", ["guardduty"] = "GuardDuty", ["cloudhsm"] = "CloudHSM", ["codebuild"] = "CodeBuild",
        ["codedeploy"] = "CodeDeploy", ["codepipeline"] = "CodePipeline", ["codecommit"] = "CodeCommit", ["documentdb"] = "DocumentDB",
        ["memorydb"] = "MemoryDB", ["quicksight"] = "QuickSight", ["datasync"] = "DataSync", ["sagemaker"] = "SageMaker",
        ["privatelink"] = "PrivateLink", ["route53"] = "Route53", ["lambda"] = "Lambda", ["kinesis"] = "Kinesis", ["fargate"] = "Fargate",
        ["aurora"] = "Aurora", ["glacier"] = "Glacier", ["athena"] = "Athena", ["redshift"] = "Redshift", ["cognito"] = "Cognito",
    };

    // Shorthand that cheat sheets write for a service, and the name a reader looks for.
    private static readonly Dictionary<string, string> Shorthand = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sfn"] = "Step Functions", ["kds"] = "Kinesis Data Streams", ["ddb"] = "DynamoDB", ["asg"] = "Auto Scaling",
        ["cwl"] = "CloudWatch Logs", ["cw"] = "CloudWatch", ["cog"] = "Cognito", ["apigw"] = "API Gateway", ["eb"] = "Elastic Beanstalk",
        ["simple queue service"] = "SQS", ["simple notification service"] = "SNS", ["simple storage service"] = "S3",
        ["elastic compute cloud"] = "EC2", ["elastic block store"] = "EBS", ["elastic file system"] = "EFS",
        ["identity and access management"] = "IAM", ["key management service"] = "KMS", ["relational database service"] = "RDS",
        ["simple email service"] = "SES", ["dx"] = "Direct Connect", ["dynamo"] = "DynamoDB", ["simple workflow service"] = "SWF",
    };

    // The first word of every service name and shorthand: a word that is none of them starts no service's name.
    // (Declared after both, which static initialisers read in order.)
    private static readonly HashSet<string> FirstWords = new(
        Services.Concat(Shorthand.Keys).Select(n => n.Split(' ')[0]), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The service a sentence opens with, as written and as its class is named (<c>DynamoDB</c> in "For DynamoDB, max item
    /// size is 400 KB" or "DynamoDB items are at most 400 KB"; <c>SFN</c>, Step Functions, in "SFN: payload ≤ 256 KiB"), or null: a note whose title is a topic ("Serverless gotchas", a forum thread)
    /// still files each service's facts under the service.
    /// </summary>
    public static (string Written, string Name)? SentenceService(string sentence)
    {
        var match = SentenceStart.Match(sentence);
        if (!match.Success)
        {
            return null;
        }

        var group = match.Groups["words"];
        var words = Word.Matches(group.Value);
        for (var length = words.Count; length >= 1; length--)
        {
            var end = words[length - 1].Index + words[length - 1].Length;
            var name = group.Value.Substring(0, end);
            var lower = Whitespace.Replace(name, " ").ToLowerInvariant();
            var known = CommonWords.Contains(lower) ? null : Known(name);
            if (known is null)
            {
                continue;
            }

            var after = sentence.Substring(group.Index + end);
            var opened = match.Groups["opener"].Success && after.StartsWith(",", StringComparison.Ordinal);
            return opened || GoesOn.IsMatch(after) ? (name, known) : null;
        }

        return null;
    }
}
