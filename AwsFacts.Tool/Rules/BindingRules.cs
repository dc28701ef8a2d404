using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsFacts.Tool.Rules
{
    /// <summary>
    /// The lint rules, made from the catalog: every fact bound to a CloudFormation property is a check chosen by
    /// the shape of its value, so a new bound fact is a new rule without code.
    /// <list type="bullet">
    /// <item><c>Range&lt;int&gt;</c>, <c>Range&lt;TimeSpan&gt;</c>, <c>Range&lt;DataSize&gt;</c>: the number, in the binding's unit, inside the range; a range of <c>characters</c> is a length.</item>
    /// <item>a list of numbers, a <c>…Multiple</c> duration, a list of spellings: allowed values, the facts of one property being alternatives.</item>
    /// <item>an <c>int</c> limit or quota: a list's entry count (or a text's length when its unit is <c>characters</c>); a <see cref="DataSize"/> limit: a text's size.</item>
    /// </list>
    /// Default settings and typical values constrain nothing; minimums (<c>…Min…</c>) often hold for one variant
    /// of a resource only (ALB, not NLB) which a binding cannot say; other shapes (single strings, plain values)
    /// cannot be checked alone. All of those are skipped, never guessed. Properties a named validator covers
    /// (bucket and queue names) are left to the validator, which knows every rule of the name at once.
    /// </summary>
    internal static class BindingRules
    {
        public static IReadOnlyList<PropertyCheck> Build(IEnumerable<Fact> facts, Func<string, bool> coveredByValidator)
        {
            var checks = new List<PropertyCheck>();
            var alternatives = new Dictionary<FactBinding, List<Alternative>>();
            foreach (var fact in facts)
            {
                if (fact.Kind is FactKind.DefaultSetting or FactKind.Typical)
                {
                    continue;
                }

                foreach (var binding in fact.Bindings.Where(b => b.Kind == FactBindingKind.CloudFormation && !coveredByValidator(b.Name)))
                {
                    if (AlternativeOf(fact, binding) is { } alternative)
                    {
                        (alternatives.TryGetValue(binding, out var list) ? list : alternatives[binding] = new List<Alternative>()).Add(alternative);
                    }
                    else if (CheckOf(fact, binding) is { } check)
                    {
                        checks.Add(check);
                    }
                }
            }

            checks.AddRange(alternatives.Select(a => new AllowedValuesCheck(a.Key, a.Value)));
            return checks;
        }

        private static Alternative? AlternativeOf(Fact fact, FactBinding binding)
        {
            switch (fact.Value)
            {
                case IReadOnlyList<int> numbers:
                    var converted = numbers.Select(n => Units.In(n, fact.Unit, binding.Unit)).ToList();
                    return converted.All(n => n is not null) ? new NumberSet(fact, converted.Select(n => n!.Value).ToArray()) : null;
                case IReadOnlyList<string> spellings when spellings.Count > 0:
                    return new Spellings(fact, spellings);
                case TimeSpan step when IsMultiple(fact) && Units.In(step, fact.Unit, binding.Unit) is { } inUnit && inUnit > 0:
                    return new Multiple(fact, inUnit);
                default:
                    return null;
            }
        }

        private static PropertyCheck? CheckOf(Fact fact, FactBinding binding)
        {
            var isLength = fact.Unit == "characters";
            switch (fact.Value)
            {
                case Range<int> range when isLength:
                    return new LengthCheck(fact, binding, Bound(range.Min, range.MinInclusive, +1), Bound(range.Max, range.MaxInclusive, -1));
                case Range<int> range:
                    return RangeOf(fact, binding, range.Min, range.Max, range.MinInclusive, range.MaxInclusive);
                case Range<TimeSpan> range:
                    return RangeOf(fact, binding, range.Min, range.Max, range.MinInclusive, range.MaxInclusive);
                case Range<DataSize> range:
                    return RangeOf(fact, binding, range.Min, range.Max, range.MinInclusive, range.MaxInclusive);
                case int max when IsLimit(fact) && isLength:
                    return new LengthCheck(fact, binding, 0, max);
                case int max when IsLimit(fact):
                    return new CountCheck(fact, binding, max);
                case DataSize max when IsLimit(fact):
                    return new SizeCheck(fact, binding, max);
                default:
                    return null;
            }
        }

        private static RangeCheck? RangeOf(Fact fact, FactBinding binding, object min, object max, bool minInclusive, bool maxInclusive)
            => Units.In(min, fact.Unit, binding.Unit) is { } low && Units.In(max, fact.Unit, binding.Unit) is { } high
                ? new RangeCheck(fact, binding, low, high, minInclusive, maxInclusive)
                : null;

        private static int Bound(int value, bool inclusive, int step) => inclusive ? value : value + step;

        // A maximum: a hard limit or a default quota that is not a minimum (AlbSubnetsMinAzs).
        private static bool IsLimit(Fact fact)
            => fact.Kind is FactKind.HardLimit or FactKind.DefaultQuota && !Words(fact).Contains("min");

        // CloudWatch.AlarmPeriodMultiple: a step, not a value (60 s × n).
        private static bool IsMultiple(Fact fact) => Words(fact).Contains("multiple");

        private static string[] Words(Fact fact) => fact.Id.Split('.', '-');
    }
}
