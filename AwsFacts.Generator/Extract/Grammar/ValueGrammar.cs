using AwsFacts.Generator.Extract.Grammar.Forms;

namespace AwsFacts.Generator.Extract.Grammar;

/// <summary>
/// The value grammar of docs/notes-format.md, as ordered lists of small form recognizers, in the way Markdig's
/// <c>MarkdownPipelineBuilder</c> lists one parser per construct. Each form is a class with its examples; the
/// first form in a list that reads a sentence wins, so the order is the grammar's precedence. Every form reads its
/// numbers and units through one scanner (<see cref="QuantityScanner"/> for value phrases, <see cref="Numbers"/>
/// for the numbers themselves).
/// </summary>
/// <remarks>
/// A new form is a new class in <c>Forms/</c> and one line here; docs/notes-format.md gets an example row, which
/// runs as a test (<c>AwsFacts.Tests/Specs</c>). A table is read row by row as labelled sentences
/// (<see cref="TableForm"/>), so its cells go through the same forms.
/// </remarks>
internal static class ValueGrammar
{
    /// <summary>What a sentence (a list item, a labelled paragraph line) may be, tried in this order.</summary>
    public static readonly SentenceForm[] SentenceForms =
    {
        new PairsForm(),            // Ports: 8080 = HTTP, 8443 = HTTPS
        new NameListForm(),         // Alarm states: OK, INSUFFICIENT_DATA, ALARM <!-- enum: AlarmState -->
        new LiteralForm(),          // Resource type format: `AWS::Service::ResourceType`
        new ValuesForm(),           // Max message size: 256 KB — the value forms below
        new PinnedLiteralsForm(),   // Name must end with `.fifo` <!-- name: NameSuffix -->
    };

    /// <summary>What the value part of a sentence may be, tried in this order (<see cref="ValuesForm"/>).</summary>
    public static readonly ValueForm[] ValueForms =
    {
        new BoundListForm(),        // Visibility timeout (default, min, max): 30s, 0s, 12h
        new WrittenSetForm(),       // Retention values: 1, 3, 5, 7, 3653 days
        new QualifiedNumbersForm(), // Rules: 60 inbound, 60 outbound; Topics: 100,000 standard, 1,000 FIFO
        new PhrasesForm(),          // the phrases the scanner finds, each group by the phrase forms below
        new MisspeltUnitForm(),     // Size: 256 KBB → AWSF002
        new LabelNumberForm(),      // Burst limit: 3000 (soft limit)
        new LabelRangeForm(),       // Burst concurrency: 500–3000 (depending on region)
        new PinnedNumberForm(),     // host port 0 = dynamic <!-- name: DynamicHostPort -->
    };

    /// <summary>What one group of value phrases makes, tried in this order (<see cref="PhrasesForm"/>).</summary>
    public static readonly PhraseForm[] PhraseForms =
    {
        new RangeForm(),            // 1 min – 14 days (default 4 days); min 60s, max 900s
        new SetForm(),              // 1s/5s/10s/30s; 1 and 3 years
        new BoundForm(),            // up to 15 min; at least 2 AZs; < 30 sec
        new DefaultForm(),          // default 30s; 5 MB (default)
        new SingleValueForm(),      // 256 KB; 15 read replicas
    };

    /// <summary>What a sentence of a prose paragraph may give: values only (<see cref="ValuesForm"/>).</summary>
    public static readonly SentenceForm[] ProseForms = { new ValuesForm() };

    /// <summary>Reads one sentence: the first sentence form that takes it.</summary>
    public static void Read(Sentence sentence, INoteSink sink) => ReadFirst(SentenceForms, sentence, sink);

    /// <summary>Reads one sentence of prose: its values, if the values form takes it.</summary>
    public static void ReadProse(Sentence sentence, INoteSink sink) => ReadFirst(ProseForms, sentence, sink);

    private static void ReadFirst(SentenceForm[] forms, Sentence sentence, INoteSink sink)
    {
        foreach (var form in forms)
        {
            if (form.TryRead(sentence, sink))
            {
                return;
            }
        }
    }

    /// <summary>Reads the value part of a sentence into <see cref="ValueSentence.Facts"/>: the first value form that takes it.</summary>
    public static void ReadValues(ValueSentence sentence)
    {
        foreach (var form in ValueForms)
        {
            if (form.TryRead(sentence))
            {
                return;
            }
        }
    }

    /// <summary>The fact a group of phrases makes: the first phrase form that takes it, or none.</summary>
    public static Model.RawFact? ReadGroup(PhraseGroup group)
    {
        foreach (var form in PhraseForms)
        {
            if (form.Takes(group))
            {
                return form.Build(group);
            }
        }

        return null;
    }
}
