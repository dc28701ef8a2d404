using System;
using System.Linq;
using System.Text;

namespace AwsFacts.Tests.Robustness;

/// <summary>
/// Word-level prose for the fuzz test, in the styles of notes the team did not write: hyphenated and
/// apostrophised words, digits inside and at the start of words, letters outside ASCII, numbered chapters,
/// <c>•</c> bullets, <c>N = NAME</c> pairs, and tables whose headers are numbers, keywords or duplicates.
/// </summary>
internal static class ProseInputs
{
    private static readonly string[] Words =
    {
        "in-flight", "per-account", "X-Ray", "end-to-end", "it's", "account's", "don't", "AWS's", "queue’s", "io2", "EC2", "gp3",
        "2nd", "100s", "10s", "3AZ", "x86_64", "Größe", "naïve", "日本語", "Ⅻ", "ǅemal", "e\u0301te", "a\u200Db", "Δelta", "İstanbul",
        "class", "int", "void", "namespace", "default", "Value", "Equals", "ToString", "GetType", "messages", "message", "group",
        "IOPS", "GB-seconds", "records/s", "TPS", "requests", "partitions", "Lambda", "DynamoDB", "Dynamodb", "S3", "Route", "53",
        "_", "__GeneratedFacts", "@", "#", "%", "$", "C#", "F#", ".NET", "Node.js", "café", "über", "ø", "ß", "ﬁle",
    };

    private static readonly string[] Numbers = { "0", "1", "20,000", "100", "0.5", "237", "16,000", "900", "3", "10K", "~5", "700+", "1e3", "08" };

    private static readonly string[] Units = { "", " GB", "GB", " MB", "mb", " kB", " seconds", " s", " min", " days", " years", " %", " IOPS", " TPS", " GB-seconds", " records/s", " ms" };

    private static readonly string[] Headers = { "1", "2", "100 Mbps", "10 Gbps", "class", "int", "Name", "name", "NAME", "Größe", "日本", "it's", "in-flight", "", "Row", "Rows", "ToString", "Limit", "Limit", "—", "`code`", "**Bold**" };

    private static readonly string[] Chapters = { "Chapter 13.2 –", "1.", "Section 4:", "2)", "Part II -", "Lesson 3 ·", "", "", "" };

    public static string Build(Random random)
    {
        var builder = new StringBuilder();
        var blocks = random.Next(1, 14);
        for (var i = 0; i < blocks; i++)
        {
            builder.Append(random.Next(9) switch
            {
                0 => "# " + Pick(random, Chapters) + " " + Phrase(random, 1, 3) + Pin(random),
                1 => new string('#', random.Next(2, 4)) + " " + Pick(random, Chapters) + " " + Phrase(random, 1, 3) + Pin(random),
                2 => Table(random),
                3 => "• " + Sentence(random) + "\n• " + Sentence(random),
                4 => "- " + Phrase(random, 1, 2) + ": " + Pairs(random) + (random.Next(3) == 0 ? " <!-- name: " + Pick(random, Words) + " -->" : string.Empty),
                5 => "- " + Pairs(random).Split(',')[0],
                6 => Phrase(random, 3, 12) + " " + Sentence(random) + ".",
                _ => "- " + Sentence(random),
            }).Append("\n\n");
        }

        return builder.ToString();
    }

    /// <summary>"Up to 20,000 in-flight messages per message group", and sentences like it.</summary>
    private static string Sentence(Random random)
    {
        var value = Pick(random, Numbers) + Pick(random, Units);
        return random.Next(6) switch
        {
            0 => $"Up to {value} {Phrase(random, 1, 3)}s per {Pick(random, Words)}",
            1 => $"{Phrase(random, 1, 3)}: {value}",
            2 => $"between {value} and {Pick(random, Numbers)}{Pick(random, Units)} {Phrase(random, 0, 2)}",
            3 => $"from {value} to {Pick(random, Numbers)}{Pick(random, Units)}",
            4 => $"**{Phrase(random, 1, 3)}:** {value} {Phrase(random, 0, 3)}",
            _ => $"{Phrase(random, 0, 4)} {value} {Phrase(random, 1, 4)}",
        };
    }

    /// <summary>Pins a note author might write: lower-case names (CS8981 in C# 11), <c>record</c> (CS8860), a leading underscore.</summary>
    private static string Pin(Random random)
        => random.Next(4) == 0 ? " {#" + Pick(random, new[] { "foo", "sqs", "record", "_x", "Sqs", "var", "dynamic", "nameof" }) + "}" : string.Empty;

    private static string Pairs(Random random)
        => string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(0, 65536) + " = " + Pick(random, Words)));

    private static string Table(Random random)
    {
        var columns = random.Next(1, 5);
        var header = Enumerable.Range(0, columns).Select(_ => Pick(random, Headers)).ToList();
        var rows = Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => "| " + string.Join(" | ", header.Select(__ => Phrase(random, 0, 2))) + " |");
        return "| " + string.Join(" | ", header) + " |\n|" + string.Concat(header.Select(_ => "---|")) + "\n" + string.Join("\n", rows);
    }

    private static string Phrase(Random random, int min, int max)
        => string.Join(" ", Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Pick(random, Words)));

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
