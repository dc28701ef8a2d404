using System.Collections.Generic;
using AwsFacts.Tool.Resolve;

namespace AwsFacts.Tool.Rules
{
    /// <summary>
    /// A number inside a fact's range, in the binding's unit: <c>Range&lt;TimeSpan&gt;</c> 0–12 h bound with
    /// <c>[s]</c> allows 0–43,200; <c>Range&lt;DataSize&gt;</c> 1–128 MB bound with <c>[MiB]</c> allows 1–128.
    /// </summary>
    internal sealed class RangeCheck : PropertyCheck
    {
        private readonly Fact _fact;
        private readonly decimal _min;
        private readonly decimal _max;
        private readonly bool _minInclusive;
        private readonly bool _maxInclusive;

        public RangeCheck(Fact fact, FactBinding binding, decimal min, decimal max, bool minInclusive, bool maxInclusive)
            : base(binding)
        {
            _fact = fact;
            _min = min;
            _max = max;
            _minInclusive = minInclusive;
            _maxInclusive = maxInclusive;
        }

        public string Allowed
            => (_minInclusive ? string.Empty : "more than ") + Units.Format(_min) + "–" + (_maxInclusive ? string.Empty : "less than ")
                + WithUnit(Units.Format(_max), Binding.Unit);

        public override IEnumerable<Fact> Facts => new[] { _fact };

        public override IEnumerable<Violation> Check(PropertyValue value, ResourceContext resource)
        {
            if (Scalar(value) is not { } scalar)
            {
                yield break;
            }

            if (Units.ParseNumber(scalar.Value) is not { } number)
            {
                yield return new Violation(_fact.Id, SeverityOf(_fact),
                    $"{value.Path} '{scalar.Value}'{Via(value)} is not a number; AWS allows {Allowed}{Cite(_fact)}", _fact, scalar.Position);
                yield break;
            }

            var inside = (_minInclusive ? number >= _min : number > _min) && (_maxInclusive ? number <= _max : number < _max);
            if (!inside)
            {
                yield return new Violation(_fact.Id, SeverityOf(_fact),
                    $"{value.Path} {WithUnit(scalar.Value.Trim(), Binding.Unit)}{Via(value)} is outside {Allowed}{QuotaNote(_fact)}{Cite(_fact)}",
                    _fact, scalar.Position);
            }
        }
    }
}
