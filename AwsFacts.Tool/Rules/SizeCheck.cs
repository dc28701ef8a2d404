using System.Collections.Generic;
using System.Text;
using AwsFacts.Tool.Resolve;

namespace AwsFacts.Tool.Rules
{
    /// <summary>A text's size in UTF-8 bytes: a single <see cref="DataSize"/> maximum bound to a text property (a secret's value).</summary>
    internal sealed class SizeCheck : PropertyCheck
    {
        private readonly Fact _fact;
        private readonly DataSize _max;

        public SizeCheck(Fact fact, FactBinding binding, DataSize max)
            : base(binding)
        {
            _fact = fact;
            _max = max;
        }

        public override IEnumerable<Fact> Facts => new[] { _fact };

        public override IEnumerable<Violation> Check(PropertyValue value, ResourceContext resource)
        {
            if (value.IsListItem || Scalar(value) is not { } scalar)
            {
                yield break;
            }

            var bytes = Encoding.UTF8.GetByteCount(scalar.Value);
            if (bytes > _max.Bytes)
            {
                yield return new Violation(_fact.Id, SeverityOf(_fact),
                    $"{value.Path}{Via(value)} is {Units.Format(bytes)} bytes; AWS allows at most {Units.Format(_max.Bytes)} bytes ({_max}){QuotaNote(_fact)}{Cite(_fact)}",
                    _fact, scalar.Position);
            }
        }
    }
}
