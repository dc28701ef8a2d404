using System.Linq;
using AwsFacts.Generator.Diagnostics;
using AwsFacts.Generator.Model;

namespace AwsFacts.Generator.Extract.Grammar.Forms;

/// <summary>
/// A list of names on one line — all code spans, or plain words marked as alternatives with
/// <c>&lt;!-- enum --&gt;</c> — becomes an enum and a class of the exact AWS spellings. A sentence marked as
/// alternatives that is no list of names is reported (AWSF010) rather than read as anything else. Lists with one
/// name per item are read by the extractor with <see cref="NameLists.Item"/>.
/// </summary>
/// <example><c>Alarm states: OK, INSUFFICIENT_DATA, ALARM &lt;!-- enum: AlarmState --&gt;</c> → <c>enum AlarmState</c>,
/// <c>AlarmStates.InsufficientData = "INSUFFICIENT_DATA"</c>; <c>Key API Calls: `CreateQueue`, `DeleteQueue`</c> →
/// <c>KeyApiCalls.CreateQueue</c>.</example>
internal sealed class NameListForm : SentenceForm
{
    public override bool TryRead(Sentence sentence, INoteSink sink)
    {
        var annotation = sentence.Annotation;
        var items = NameLists.Inline(sentence.Label is null ? sentence.Text : sentence.Value);
        if (items is not null && (annotation.IsEnum || items.All(i => i.IsCode)))
        {
            var name = annotation.Enum is { Length: > 0 } e ? e : annotation.Name;
            var location = sentence.Location;
            sink.AddEnum(new RawEnum(
                sentence.Context.ClassPath.ToEquatableArray(),
                new NamePart(sentence.Label ?? sentence.Context.GroupTitle, name, IsHeading: sentence.Label is null, location),
                items.Select(i => new RawEnumItem(i.Name, i.Description, i.IsDefault, location)).ToEquatableArray(),
                sentence.Text,
                location));
            return true;
        }

        if (items is null && annotation.IsEnum)
        {
            // Marked as alternatives, but not a list of names: say so rather than drop the mark silently.
            sink.Report(DiagnosticInfo.Create(DiagnosticDescriptors.BadList, sentence.Location, sentence.Label is null ? sentence.Text : sentence.Value));
            return true;
        }

        return false;
    }
}
