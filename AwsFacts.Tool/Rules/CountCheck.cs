using System.Collections.Generic;
using System.Linq;
using AwsFacts.Tool.Resolve;
using AwsFacts.Tool.Templates;

namespace AwsFacts.Tool.Rules
{
    /// <summary>
    /// How many entries a list property has: a maximum count (<c>Up to 10 containers per task</c>) bound to the
    /// list. Entries that are functions (<c>!If [c, x, !Ref AWS::NoValue]</c>) may vanish, so only literal entries
    /// count: the finding is certain, and it points at the first entry past the limit.
    /// </summary>
    internal sealed class CountCheck : PropertyCheck
    {
        private readonly Fact _fact;
        private readonly int _max;

        public CountCheck(Fact fact, FactBinding binding, int max)
            : base(binding)
        {
            _fact = fact;
            _max = max;
        }

        public override IEnumerable<Fact> Facts => new[] { _fact };

        public override IEnumerable<Violation> Check(PropertyValue value, ResourceContext resource)
        {
            if (value.IsListItem || value.Node is not SequenceNode list)
            {
                yield break;
            }

            var certain = list.Items.Where(item => !Intrinsic.Is(item)).ToList();
            if (certain.Count > _max)
            {
                yield return new Violation(_fact.Id, SeverityOf(_fact),
                    $"{value.Path} has {Units.Format(certain.Count)} entries{Via(value)}; AWS allows at most {Units.Format(_max)}{QuotaNote(_fact)}{Cite(_fact)}",
                    _fact, certain[_max].Position);
            }
        }
    }
}
