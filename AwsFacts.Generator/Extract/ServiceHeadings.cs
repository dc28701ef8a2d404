using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Name;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// A heading below the note's title that is just the name of an AWS service (<c>## SQS</c>, <c>## 🗄️ DynamoDB</c>,
/// <c>## 2) Lambda</c>, <c>## [[EventBridge]]</c>, <c>## RDS basics:</c>): notes titled "Exam tips" or "Messaging study
/// notes" file each service under such a heading, and a reader looks for <c>Sqs.MaxMessageSizeKb</c>, not
/// <c>MessagingStudyNotes.MaxMessageSizeKb</c>. Only the whole title counts, less a trailing word that says what kind of
/// section it is ("basics", "quick facts", "limits"): <c>## Route 53 Records</c> or <c>## Secrets Manager &amp; Parameter
/// Store</c> still only group text.
/// </summary>
internal static class ServiceHeadings
{
    // Service names as notes write them, lower case, "Amazon"/"AWS" and punctuation dropped.
    private static readonly HashSet<string> Services = new(StringComparer.Ordinal)
    {
        "s3", "s3 glacier", "glacier", "ebs", "efs", "fsx", "ec2", "ec2 auto scaling", "auto scaling", "elb", "alb", "nlb",
        "elastic load balancing", "iam", "iam identity center", "sts", "kms", "secrets manager", "parameter store",
        "systems manager", "ssm", "cloudhsm", "acm", "certificate manager", "cognito", "organizations", "control tower",
        "guardduty", "macie", "inspector", "security hub", "waf", "shield", "network firewall", "route 53", "route53",
        "cloudfront", "global accelerator", "vpc", "transit gateway", "direct connect", "privatelink", "api gateway",
        "lambda", "step functions", "sqs", "sns", "eventbridge", "eventbridge scheduler", "eventbridge pipes", "kinesis",
        "kinesis data streams", "kinesis data firehose", "data firehose", "firehose", "kinesis video streams", "msk", "mq",
        "appsync", "ses", "simple email service", "pinpoint", "dynamodb", "dynamodb streams", "dax", "rds", "aurora",
        "aurora serverless", "rds proxy", "elasticache", "memorydb", "memorydb for redis", "redshift", "redshift serverless",
        "opensearch", "opensearch service", "documentdb", "neptune", "keyspaces", "timestream", "athena", "glue", "emr",
        "lake formation", "quicksight", "datasync", "storage gateway", "snowball", "snow family", "transfer family",
        "backup", "ecs", "ecr", "eks", "fargate", "app runner", "batch", "elastic beanstalk", "beanstalk", "lightsail",
        "cloudformation", "cdk", "sam", "cloudtrail", "config", "cloudwatch", "cloudwatch logs", "cloudwatch metrics",
        "cloudwatch alarms", "cloudwatch events", "x ray", "xray", "trusted advisor", "service quotas", "codebuild",
        "codedeploy", "codepipeline", "codecommit", "codeartifact", "amplify", "sagemaker", "bedrock", "rekognition",
        "comprehend", "textract", "polly", "transcribe", "translate", "lex", "kendra", "directory service",
        "resource access manager", "simple queue service", "simple notification service", "simple storage service",
        "elastic compute cloud", "elastic block store", "elastic file system", "identity and access management",
        "key management service", "relational database service",
    };

    // What a section says it is, after the service's name: "## SQS quick facts", "## RDS BASICS:", "## Lambda limits".
    private static readonly Regex SectionWords = new(
        @"\s+(?:basics|quick\s+facts|key\s+facts|facts|limits|quotas|overview|fundamentals|essentials|tips|summary|recap|review|deep\s+dive|in\s+a\s+nutshell|at\s+a\s+glance)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The service a heading's title names, as written (<c>DynamoDB</c>, <c>RDS</c>), or null when it names none.</summary>
    public static string? ServiceOf(string title)
    {
        // The words a heading's name is built from (no emoji, numbering, "Notes", "AWS"), less the kind of section.
        var text = SectionWords.Replace(string.Join(" ", IdentifierNamer.Words(title, isHeading: true)), string.Empty);
        return Services.Contains(text.ToLowerInvariant()) ? text : null;
    }
}
