using System.Collections.Generic;
using System.Linq;
using System.Text;
using AwsFacts.Generator.Extract;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Emit;

/// <summary>
/// The remarks a member's doc carries besides its source: what kind of figure it is, the AWS settings it
/// constrains, and its history, taken out of the sentence so the summary states only what holds today.
/// </summary>
internal static class FactRemarks
{
    /// <summary>"The note says: …" — the note's sentence as it holds today, ending with a period.</summary>
    public static string Note(string sentence)
    {
        var text = AwsFacts.Generator.Parse.Emoji.Remove(sentence).Trim();
        return text.Length == 0 ? "From the note." : "The note says: " + text + (text.EndsWith(".", System.StringComparison.Ordinal) ? string.Empty : ".");
    }

    /// <summary>" Kind: default quota …" — said for every kind but a plain value.</summary>
    public static string Kind(string kind) => kind switch
    {
        FactKinds.Limit => " Kind: hard limit; AWS rejects values beyond it.",
        FactKinds.Quota => " Kind: default quota; the value a new account gets, which can be raised through Service Quotas.",
        FactKinds.Default => " Kind: default setting; what AWS uses when you set nothing.",
        FactKinds.Typical => " Kind: typical value; what AWS reports as usual, not a guaranteed bound.",
        _ => string.Empty,
    };

    /// <summary>" Constrains: AWS::SQS::Queue.DelaySeconds (CloudFormation, in s); sqs:DelaySeconds (API, in s)."</summary>
    public static string Bindings(EquatableArray<SettingBinding> bindings)
    {
        if (bindings.Count == 0)
        {
            return string.Empty;
        }

        var parts = bindings.Select(b => b + (b.IsCloudFormation ? " (CloudFormation" : " (API") + (b.Unit.Length > 0 ? ", in " + b.Unit + ")" : ")"));
        return " Constrains: " + string.Join("; ", parts) + ".";
    }

    /// <summary>
    /// Splits the history clauses (<c>256 KB until August 2025</c>) from a sentence: the sentence as it holds
    /// today, and " History: …" (empty when there is none).
    /// </summary>
    public static (string Current, string History) SplitHistory(string sentence)
    {
        var masked = FactBuilder.MaskHistory(sentence);
        if (ReferenceEquals(masked, sentence))
        {
            return (sentence, string.Empty);
        }

        var current = new StringBuilder(sentence.Length);
        var history = new List<string>();
        for (var i = 0; i < sentence.Length; i++)
        {
            if (masked[i] != '\u2022' || sentence[i] == '\u2022')
            {
                current.Append(sentence[i]);
                continue;
            }

            var start = i;
            while (i < sentence.Length && masked[i] == '\u2022')
            {
                i++;
            }

            history.Add(sentence.Substring(start, i - start).Trim());
            i--;
        }

        return (Tidy(current.ToString()), history.Count == 0 ? string.Empty : " History: " + string.Join("; ", history).TrimEnd('.') + ".");
    }

    /// <summary>Closes what the removed clauses leave behind: "(1 MiB; )" → "(1 MiB)", "( )" → "".</summary>
    private static string Tidy(string text)
    {
        var builder = new StringBuilder(text);
        string before;
        do
        {
            before = builder.ToString();
            builder.Replace(";)", ")").Replace("; )", ")").Replace("(;", "(").Replace("( ;", "(")
                .Replace("( )", string.Empty).Replace("()", string.Empty).Replace(";;", ";").Replace("  ", " ").Replace(" .", ".").Replace(" ,", ",");
        }
        while (builder.ToString() != before);
        return builder.ToString().Trim();
    }
}
