using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsFacts
{
    /// <summary>Whether a value passes a rule, read from a span: the allocation-free form every rule offers.</summary>
    public delegate bool SpanRule(ReadOnlySpan<char> value);

    /// <summary>
    /// One validation rule by name, for tools that pick a rule at run time (a command line, a template linter): the
    /// same <c>Validate</c> and <c>IsValid</c> the rule's own class offers, taking the value as text.
    /// </summary>
    public sealed class Validator
    {
        private readonly Func<string?, ValidationResult> _validate;
        private readonly SpanRule _isValid;
        private readonly Lazy<IReadOnlyList<string>> _targets;

        internal Validator(string name, string description, Func<IEnumerable<Fact?>> facts, Func<string?, ValidationResult> validate, SpanRule isValid)
        {
            Name = name;
            Description = description;
            _validate = validate;
            _isValid = isValid;
            _targets = new Lazy<IReadOnlyList<string>>(() => facts()
                .Where(f => f is not null)
                .SelectMany(f => f!.Bindings)
                .Select(b => b.Name)
                .Distinct(StringComparer.Ordinal)
                .ToArray());
        }

        /// <summary>The rule's name, in kebab case: <c>s3-bucket-name</c>.</summary>
        public string Name { get; }

        /// <summary>What the rule checks, in one sentence.</summary>
        public string Description { get; }

        /// <summary>
        /// The settings the rule's facts are bound to: CloudFormation properties (<c>AWS::S3::Bucket.BucketName</c>) and
        /// API parameters (<c>s3:Bucket</c>). Empty when its facts name no setting.
        /// </summary>
        public IReadOnlyList<string> Targets => _targets.Value;

        /// <summary>Checks a value and lists every broken rule. Never throws.</summary>
        public ValidationResult Validate(string? value) => _validate(value);

        /// <summary>Whether the value breaks no rule. False for null.</summary>
        public bool IsValid(string? value) => value is not null && _isValid(value.AsSpan());

        /// <summary>Whether the value breaks no rule, without allocating (for the name rules).</summary>
        public bool IsValid(ReadOnlySpan<char> value) => _isValid(value);

        /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the value is valid.</summary>
        /// <exception cref="ValidationException">The value breaks a rule.</exception>
        public void ThrowIfInvalid(string? value) => Validate(value).ThrowIfInvalid();

        /// <summary>The rule's name.</summary>
        public override string ToString() => Name;
    }
}
