using System;
using System.Collections.Generic;

namespace AwsFacts
{
    /// <summary>One fact of the notes, as the catalog lists it: what it is, its value, and where it is written.</summary>
    public sealed class Fact
    {
        /// <summary>Creates a catalog entry. Generated code calls this; you rarely need to.</summary>
        public Fact(string id, string member, object value, string unit, string text, string sentence, string source, int line, bool isApproximate)
            : this(id, member, value, unit, text, sentence, source, line, isApproximate, string.Empty, string.Empty)
        {
        }

        /// <summary>Creates a catalog entry with its published source. Generated code calls this; you rarely need to.</summary>
        public Fact(
            string id, string member, object value, string unit, string text, string sentence, string source, int line, bool isApproximate,
            string reference, string asOf)
            : this(id, member, value, unit, text, sentence, source, line, isApproximate, reference, asOf, FactKind.Value, null)
        {
        }

        /// <summary>Creates a catalog entry with its source, its kind and the settings it constrains. Generated code calls this; you rarely need to.</summary>
        public Fact(
            string id, string member, object value, string unit, string text, string sentence, string source, int line, bool isApproximate,
            string reference, string asOf, FactKind kind, FactBinding[]? bindings)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Member = member ?? throw new ArgumentNullException(nameof(member));
            Value = value ?? throw new ArgumentNullException(nameof(value));
            Unit = unit ?? string.Empty;
            Text = text ?? string.Empty;
            Sentence = sentence ?? string.Empty;
            Source = source ?? string.Empty;
            Line = line;
            IsApproximate = isApproximate;
            Reference = reference ?? string.Empty;
            AsOf = asOf ?? string.Empty;
            Kind = kind;
            Bindings = bindings is null || bindings.Length == 0 ? NoBindings : Array.AsReadOnly((FactBinding[])bindings.Clone());
        }

        private static readonly IReadOnlyList<FactBinding> NoBindings = Array.AsReadOnly(new FactBinding[0]);

        /// <summary>Stable id, <c>class.fact-name</c> in kebab case: <c>sqs.max-message-size</c>.</summary>
        public string Id { get; }

        /// <summary>The member that holds the fact, as you write it in C#: <c>Sqs.MaxMessageSize</c>.</summary>
        public string Member { get; }

        /// <summary>The value: a number, <see cref="DataSize"/>, <see cref="TimeSpan"/>, <see cref="Range{T}"/>, string, list or enum type.</summary>
        public object Value { get; }

        /// <summary>The unit as the note writes it (<c>KB</c>, <c>min</c>), or empty.</summary>
        public string Unit { get; }

        /// <summary>The value as the note writes it: <c>1 min – 14 days (default 4 days)</c>.</summary>
        public string Text { get; }

        /// <summary>The note's sentence the fact comes from.</summary>
        public string Sentence { get; }

        /// <summary>The note's path: <c>notes/messaging.md</c>.</summary>
        public string Source { get; }

        /// <summary>The one-based line of the sentence in <see cref="Source"/>.</summary>
        public int Line { get; }

        /// <summary>Whether the note gives the figure as approximate (<c>~12M+</c>).</summary>
        public bool IsApproximate { get; }

        /// <summary>
        /// Where AWS publishes the fact, as the note cites it (<c>SQS SendMessage API reference</c>); empty when
        /// the note cites nothing.
        /// </summary>
        public string Reference { get; }

        /// <summary>When the cited source was checked (<c>2026-11</c>); empty when the note cites nothing.</summary>
        public string AsOf { get; }

        /// <summary>
        /// What kind of figure this is: a hard limit, a default quota that can be raised, a default setting, a
        /// typical value, or a plain value (a name, spelling or fixed figure).
        /// </summary>
        public FactKind Kind { get; }

        /// <summary>
        /// The AWS settings the fact constrains: CloudFormation properties (<c>AWS::SQS::Queue.VisibilityTimeout</c>)
        /// and API parameters (<c>sqs:VisibilityTimeout</c>); empty when it constrains none.
        /// </summary>
        public IReadOnlyList<FactBinding> Bindings { get; }

        /// <summary>The fact as one line: its id, its value as written and where it is written, such as <c>sqs.max-message-size = 1,024 KB (notes/messaging.md:11)</c>.</summary>
        public override string ToString() => $"{Id} = {Text} ({Source}:{Line})";
    }
}
