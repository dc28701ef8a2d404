using AwsFacts.Generator.Model;
using AwsFacts.Generator.Parse;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Generator.Extract.Grammar;

/// <summary>
/// One form a sentence may take (<see cref="ValueGrammar.SentenceForms"/>): <see cref="TryRead"/> says whether
/// the sentence is of this form and, if so, hands what it makes to the sink.
/// </summary>
internal abstract class SentenceForm
{
    /// <summary>Reads the sentence when it has this form; false leaves it to the next form.</summary>
    public abstract bool TryRead(Sentence sentence, INoteSink sink);
}

/// <summary>
/// One sentence of a note, its label split off: <c>Max message size: 256 KB</c> → label "Max message size",
/// value "256 KB". <see cref="Value"/> is the whole text when there is no label.
/// </summary>
internal sealed record Sentence(string Text, string? Label, string Value, Annotation Annotation, bool InList, FactContext Context, LocationInfo Location)
{
    /// <summary>The label as a name part, placed at the sentence.</summary>
    public NamePart? LabelPart => Label is null ? null : new NamePart(Label, null, IsHeading: false, Location);
}

/// <summary>What the forms hand their findings to: the note being extracted.</summary>
internal interface INoteSink
{
    void AddFact(RawFact fact);

    void AddEnum(RawEnum item);

    void AddClass(NamePart[] path, string title, LocationInfo location);

    void Report(DiagnosticInfo diagnostic);

    /// <summary>The note's text in a span (the raw Markdown, emphasis and comments included).</summary>
    string SourceOf(TextSpan span);

    LocationInfo LocationOf(TextSpan span);
}
