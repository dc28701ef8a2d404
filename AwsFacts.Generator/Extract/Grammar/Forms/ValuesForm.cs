using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A sentence with values: its value part (after the label, or the whole sentence) read by the value forms of
/// <see cref="ValueGrammar.ValueForms"/>. Problems they find are reported at the sentence. A sentence whose values
/// make no fact is left to the next form.
/// </summary>
/// <example><c>Retention: 1 min – 14 days (default 4 days)</c>, <c>Up to 16,000 IOPS</c>, <c>Burst limit: 3000 (soft limit)</c>.</example>
internal sealed class ValuesForm : SentenceForm
{
    public override bool TryRead(Sentence sentence, INoteSink sink)
    {
        var problems = new System.Collections.Generic.List<ValueProblem>();
        var context = sentence.InList ? sentence.Context : sentence.Context with { InProse = true };
        var facts = FactBuilder.Build(context, sentence.LabelPart, sentence.Annotation.Names, sentence.Label is null ? sentence.Text : sentence.Value, sentence.Text, sentence.Location, problems);
        if (!sentence.InList && sentence.Label is null)
        {
            // In prose a value that nothing around it names would be "Value": leave it to the unmatched-line report.
            facts.RemoveAll(f => f.Base.ExplicitName is null && f.Base.Text.Length == 0 && f.Prefix.Length == 0 && f.Noun.Length == 0);
        }

        foreach (var fact in facts)
        {
            sink.AddFact(fact);
        }

        foreach (var problem in problems)
        {
            sink.Report(new DiagnosticInfo(problem.Descriptor.Id, sentence.Location, EquatableArray<LocationInfo>.Empty, problem.Args.ToEquatableArray()));
        }

        return facts.Count > 0;
    }
}
