using System.Collections.Generic;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar;

/// <summary>
/// One form the value part of a sentence may take (<see cref="ValueGrammar.ValueForms"/>): <see cref="TryRead"/>
/// says whether the value is of this form and, if so, adds its facts (or problems) to the sentence.
/// </summary>
internal abstract class ValueForm
{
    /// <summary>Reads the value when it has this form; false leaves it to the next form.</summary>
    public abstract bool TryRead(ValueSentence sentence);
}

/// <summary>
/// The value part of one sentence (or table cell) while the value forms read it: its text with code spans and
/// history masked, the value phrases the scanner finds in it (scanned once, on first use), and what the forms make.
/// </summary>
internal sealed class ValueSentence
{
    private List<Phrase>? _phrases;
    private readonly List<string> _overflows = new();

    public ValueSentence(FactContext context, NamePart? label, IReadOnlyList<string> pins, string valueText, string sentence, LocationInfo location, List<ValueProblem> problems)
    {
        Context = context;
        Label = label;
        Pins = pins;
        ValueText = valueText;
        Text = sentence;
        Location = location;
        Problems = problems;
        Masked = FactBuilder.MaskRestatements(FactBuilder.MaskHistory(QuantityScanner.Mask(valueText), asidesToo: true));
    }

    public FactContext Context { get; }

    public NamePart? Label { get; }

    /// <summary>The names the sentence pins (<c>&lt;!-- name: A, B --&gt;</c>), in order.</summary>
    public IReadOnlyList<string> Pins { get; }

    /// <summary>The value part as the note writes it.</summary>
    public string ValueText { get; }

    /// <summary>The whole sentence, for the member's documentation.</summary>
    public string Text { get; }

    public LocationInfo Location { get; }

    /// <summary>The value part with code spans and history clauses blanked out, positions kept.</summary>
    public string Masked { get; }

    public List<ValueProblem> Problems { get; }

    public List<RawFact> Facts { get; } = new();

    /// <summary>Numbers too long for any figure, written as the note has them (reported).</summary>
    public IReadOnlyList<string> Overflows
    {
        get
        {
            _ = Phrases;
            return _overflows;
        }
    }

    /// <summary>
    /// The value phrases of the masked text, restatements dropped; an ambiguous range end or an overflowing number is
    /// reported once, when first scanned.
    /// </summary>
    public List<Phrase> Phrases => _phrases ??= Scan();

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] args)
        => Problems.Add(new ValueProblem(descriptor, args));

    private List<Phrase> Scan()
    {
        if (!Numbers.HasDigit(Masked))
        {
            // Every value starts with a number: most prose has none, and no pattern need look.
            return new List<Phrase>();
        }

        var phrases = FactBuilder.DropRestatements(QuantityScanner.Scan(Masked, _overflows));
        if (Pins.Count > 0)
        {
            // A pinned name is the author's whole name for the value: "100 per parameter <!-- name: MaxVersions -->"
            // is the pinned sentence's one number (PinnedNumberForm), not a count per parameter.
            phrases.RemoveAll(p => p.CountsPerOnly);
        }

        foreach (var ambiguous in phrases.FindAll(p => p.UpperUnitMissing))
        {
            Report(DiagnosticDescriptors.RangeEndWithoutUnit, ambiguous.Written);
            phrases.Remove(ambiguous);
        }

        foreach (var overflow in _overflows)
        {
            Report(DiagnosticDescriptors.NumberOutOfRange, overflow);
        }

        return phrases;
    }
}
