using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace AwsFacts.Generator.Extract;

/// <summary>A label without the service a fact is filed under, which its class already says.</summary>
internal static class ServiceLabels
{
    private static readonly Regex Possessive = new(@"^['’]s(?=\s)", RegexOptions.CultureInvariant);

    /// <summary>A card's label without the service it is filed under: "Largest single object you can store in S3" → "Largest single object you can store".</summary>
    internal static string WithoutServiceWords(string label, string? service)
    {
        if (service is null)
        {
            return label;
        }

        var rest = Regex.Replace(label, @"(?:\b(?:in|for|of|on|with|to|per)\s+(?:an?\s+|the\s+|your\s+)?)?\b" + Regex.Escape(service) + @"(?:['’]s)?\b", " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        rest = Regex.Replace(rest, @"\s+", " ").Trim();
        return rest.Any(char.IsLetter) ? rest : label;
    }

    /// <summary>
    /// A label without the service that opens it, when the fact is filed under that service: "Fargate ephemeral storage"
    /// in the class Fargate measures the ephemeral storage, "SFN payload" in StepFunctions the payload.
    /// </summary>
    internal static string? WithoutService(string? label, string? service)
    {
        if (label is null || service is null || !label.StartsWith(service, StringComparison.OrdinalIgnoreCase))
        {
            return label;
        }

        if (label.Length == service.Length)
        {
            return null;
        }

        // "DynamoDB's item size", "Lambda timeout": the service's own words, not a longer word ("SNSTopics").
        var rest = Possessive.Replace(label.Substring(service.Length), string.Empty);
        return rest.Length > 0 && char.IsWhiteSpace(rest[0]) && rest.Trim().Length > 0 ? rest.Trim() : label;
    }
}
