using System.Collections.Generic;
using AwsFacts.Tool.Resolve;
using AwsFacts.Tool.Templates;

namespace AwsFacts.Tool.Rules
{
    /// <summary>A resource being checked: its logical id, type and properties, and how to read their values.</summary>
    internal sealed record ResourceContext(string LogicalId, string Type, MappingNode Properties, ValueResolver Resolver);

    /// <summary>A check of the values at one bound property (a <see cref="FactBinding"/>, <c>*</c> segments included).</summary>
    internal abstract class PropertyCheck
    {
        protected PropertyCheck(FactBinding binding) => Binding = binding;

        public FactBinding Binding { get; }

        /// <summary>The catalog facts the check enforces (none for a validator, whose facts its errors name).</summary>
        public virtual IEnumerable<Fact> Facts => System.Array.Empty<Fact>();

        public bool AppliesTo(string resourceType, string path)
            => string.Equals(Binding.Target, resourceType, System.StringComparison.Ordinal) && Binding.Matches(resourceType + "." + path);

        public abstract IEnumerable<Violation> Check(PropertyValue value, ResourceContext resource);

        /// <summary>A fact's severity: a default quota can be raised, so exceeding it is a warning; a hard limit or an AWS-defined value is an error.</summary>
        protected static Severity SeverityOf(Fact fact) => fact.Kind == FactKind.DefaultQuota ? Severity.Warning : Severity.Error;

        /// <summary>Says that a default quota can be raised, so the finding reads as the warning it is.</summary>
        protected static string QuotaNote(Fact fact) => fact.Kind == FactKind.DefaultQuota ? ", the default quota (it can be raised)" : string.Empty;

        /// <summary>" (notes/messaging.md, line 35)": the note the limit comes from.</summary>
        protected static string Cite(Fact fact) => $" ({fact.Source}, line {fact.Line})";

        /// <summary>" (parameter Timeout, Default)" when the value comes through a parameter.</summary>
        protected static string Via(PropertyValue value) => value.Via is null ? string.Empty : $" ({value.Via})";

        protected static string WithUnit(string number, string unit) => unit.Length == 0 ? number : number + " " + unit;

        /// <summary>The value's scalar text, or null for lists, mappings and nulls.</summary>
        protected static ScalarNode? Scalar(PropertyValue value) => value.Node is ScalarNode { IsNull: false } scalar ? scalar : null;
    }
}
