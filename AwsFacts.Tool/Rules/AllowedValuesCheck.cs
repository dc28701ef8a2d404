using System;
using System.Collections.Generic;
using System.Linq;
using AwsFacts.Tool.Resolve;

namespace AwsFacts.Tool.Rules
{
    /// <summary>
    /// One way a value can be allowed: a set of numbers (log retention days), a multiple (alarm periods of 60 s ×
    /// n), or a list of AWS spellings (EC2 volume types). The facts bound to one property are alternatives: an
    /// alarm period is 10, 20 or 30 s, or a multiple of 60 s.
    /// </summary>
    internal abstract record Alternative(Fact Fact)
    {
        public abstract bool IsNumeric { get; }

        public abstract bool Allows(string text, decimal? number);

        public abstract string Describe(string unit);
    }

    internal sealed record NumberSet(Fact Fact, IReadOnlyList<decimal> Values) : Alternative(Fact)
    {
        public override bool IsNumeric => true;

        public override bool Allows(string text, decimal? number) => number is { } n && Values.Contains(n);

        public override string Describe(string unit) => string.Join(", ", Values.Select(Units.Format)) + (unit.Length == 0 ? string.Empty : " " + unit);
    }

    internal sealed record Multiple(Fact Fact, decimal Step) : Alternative(Fact)
    {
        public override bool IsNumeric => true;

        public override bool Allows(string text, decimal? number) => number is { } n && n > 0 && n % Step == 0;

        public override string Describe(string unit) => $"a multiple of {Units.Format(Step)}" + (unit.Length == 0 ? string.Empty : " " + unit);
    }

    internal sealed record Spellings(Fact Fact, IReadOnlyList<string> Values) : Alternative(Fact)
    {
        public override bool IsNumeric => false;

        // AWS's enumerations are case-sensitive: gp3, not GP3.
        public override bool Allows(string text, decimal? number) => Values.Contains(text, StringComparer.Ordinal);

        public override string Describe(string unit) => "one of " + string.Join(", ", Values);

        public string? CaseInsensitiveMatch(string text) => Values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A value that one of the property's alternatives allows; the finding names the first fact and cites each.</summary>
    internal sealed class AllowedValuesCheck : PropertyCheck
    {
        private readonly IReadOnlyList<Alternative> _alternatives;

        public AllowedValuesCheck(FactBinding binding, IReadOnlyList<Alternative> alternatives)
            : base(binding) => _alternatives = alternatives;

        public IReadOnlyList<Alternative> Alternatives => _alternatives;

        public override IEnumerable<Fact> Facts => _alternatives.Select(a => a.Fact);

        public override IEnumerable<Violation> Check(PropertyValue value, ResourceContext resource)
        {
            if (Scalar(value) is not { } scalar)
            {
                yield break;
            }

            var text = scalar.Value.Trim();
            var number = Units.ParseNumber(text);
            if (_alternatives.Any(a => a.Allows(text, number)))
            {
                yield break;
            }

            var first = _alternatives[0].Fact;
            var severity = _alternatives.All(a => a.Fact.Kind == FactKind.DefaultQuota) ? Severity.Warning : Severity.Error;
            var allowed = string.Join(" or ", _alternatives.Select(a => a.Describe(Binding.Unit)));
            var spelled = _alternatives.OfType<Spellings>().Select(s => s.CaseInsensitiveMatch(text)).FirstOrDefault(m => m is not null);
            var hint = spelled is null ? string.Empty : $" (AWS spells it '{spelled}')";
            var numeric = _alternatives.All(a => a.IsNumeric);
            var shown = numeric && number is not null ? WithUnit(text, Binding.Unit) : $"'{text}'";
            var problem = numeric && number is null ? "is not a number" : "is not allowed";
            var sources = string.Join("; ", _alternatives.Select(a => $"{a.Fact.Source}, line {a.Fact.Line}").Distinct());
            yield return new Violation(first.Id, severity,
                $"{value.Path} {shown}{Via(value)} {problem}; AWS allows {allowed}{hint} ({sources})", first, scalar.Position);
        }
    }
}
