using System.Collections.Generic;
using AwsFacts.Tool.Resolve;

namespace AwsFacts.Tool.Rules
{
    /// <summary>A text's length in characters: a <c>Range&lt;int&gt;</c> or maximum whose unit is <c>characters</c> (name lengths).</summary>
    internal sealed class LengthCheck : PropertyCheck
    {
        private readonly Fact _fact;
        private readonly int _min;
        private readonly int _max;

        public LengthCheck(Fact fact, FactBinding binding, int min, int max)
            : base(binding)
        {
            _fact = fact;
            _min = min;
            _max = max;
        }

        public override IEnumerable<Fact> Facts => new[] { _fact };

        public override IEnumerable<Violation> Check(PropertyValue value, ResourceContext resource)
        {
            if (value.IsListItem || Scalar(value) is not { } scalar)
            {
                yield break;
            }

            var length = scalar.Value.Length;
            if (length < _min || length > _max)
            {
                var allowed = _min <= 0 ? $"at most {Units.Format(_max)}" : $"{Units.Format(_min)}–{Units.Format(_max)}";
                yield return new Violation(_fact.Id, SeverityOf(_fact),
                    $"{value.Path} '{scalar.Value}'{Via(value)} is {Units.Format(length)} characters long; AWS allows {allowed} characters{QuotaNote(_fact)}{Cite(_fact)}",
                    _fact, scalar.Position);
            }
        }
    }
}
