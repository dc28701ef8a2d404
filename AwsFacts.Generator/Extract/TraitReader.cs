using System.Collections.Generic;
using System.Text.RegularExpressions;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Model;
using AwsFacts.Generator.Parse;

namespace AwsFacts.Generator.Extract;

/// <summary>
/// Reads a sentence's <c>kind</c>, <c>cfn</c> and <c>api</c> annotations into <see cref="FactTraits"/>;
/// a malformed one is reported (AWSF016) and left out, never guessed.
/// </summary>
internal static class TraitReader
{
    // AWS::SQS::Queue.RedrivePolicy.maxReceiveCount [s]; a '*' segment stands for any one property.
    private static readonly FactTraits Unstated = new(string.Empty, EquatableArray<SettingBinding>.Empty);

    /// <summary>
    /// The traits of one fact of the sentence: the stated kind, else the one its shape implies; a single value
    /// whose label says max or min (<c>Max message size: 1 MiB</c>) is a limit too.
    /// </summary>
    public static FactTraits For(FactTraits stated, FactShape shape, string label = "")
    {
        if (stated.Kind.Length > 0)
        {
            return stated;
        }

        var kind = FactKinds.Infer(shape);
        if (kind == FactKinds.Value && BoundLabel.IsMatch(label))
        {
            kind = FactKinds.Limit;
        }

        return stated with { Kind = kind };
    }

    private static readonly Regex BoundLabel = new(@"^(?:max|maximum|min|minimum)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex CloudFormation = new(
        @"^(?<target>[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+(?:::[A-Za-z0-9]+)?)\.(?<path>(?:[A-Za-z0-9_]+|\*)(?:\.(?:[A-Za-z0-9_]+|\*))*)(?:\s*\[(?<unit>[^\[\]]+)\])?$",
        RegexOptions.CultureInvariant);

    // sqs:RedrivePolicy.maxReceiveCount [s]: an IAM-style service prefix, then the parameter as the API spells it.
    private static readonly Regex Api = new(
        @"^(?<target>[a-z0-9][a-z0-9-]*):(?<path>[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)(?:\s*\[(?<unit>[^\[\]]+)\])?$",
        RegexOptions.CultureInvariant);

    /// <summary>The traits a sentence states; the kind stays empty when the sentence states none (see <see cref="For"/>).</summary>
    public static FactTraits Read(Annotation annotation, LocationInfo location, List<DiagnosticInfo> diagnostics)
    {
        if (annotation.Kind is null && annotation.Bindings.Count == 0)
        {
            return Unstated;
        }

        var kind = string.Empty;
        if (annotation.Kind is { } stated)
        {
            var normal = stated.Trim().ToLowerInvariant();
            if (FactKinds.IsKnown(normal))
            {
                kind = normal;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedAnnotation, location,
                    $"kind: {stated}", "a kind is one of limit, quota, default, typical or value"));
            }
        }

        if (annotation.Bindings.Count == 0)
        {
            return new FactTraits(kind, EquatableArray<SettingBinding>.Empty);
        }

        var bindings = new List<SettingBinding>();
        foreach (var raw in annotation.Bindings)
        {
            var isCfn = raw.Key == "cfn";
            var match = (isCfn ? CloudFormation : Api).Match(raw.Text);
            if (match.Success)
            {
                bindings.Add(new SettingBinding(isCfn, match.Groups["target"].Value, match.Groups["path"].Value, match.Groups["unit"].Value.Trim()));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedAnnotation, location, $"{raw.Key}: {raw.Text}",
                    isCfn
                        ? "write a CloudFormation property as AWS::Service::Type.Property, with an optional [unit]"
                        : "write an API parameter as service:Parameter (sqs:DelaySeconds), with an optional [unit]"));
            }
        }

        return new FactTraits(kind, bindings.ToEquatableArray());
    }
}
