using System;

namespace AwsFacts
{
    /// <summary>Where a bound setting lives: a CloudFormation resource property or an API parameter.</summary>
    public enum FactBindingKind
    {
        /// <summary>A property of a CloudFormation resource type: <c>AWS::SQS::Queue.VisibilityTimeout</c>.</summary>
        CloudFormation = 0,

        /// <summary>A parameter or attribute of an AWS API, after the service's prefix: <c>sqs:VisibilityTimeout</c>.</summary>
        Api = 1,
    }

    /// <summary>
    /// An AWS setting a fact constrains: the CloudFormation property or API parameter whose allowed values the
    /// fact states, and the unit the setting is written in. Validators and template checkers find their rules
    /// through these bindings.
    /// </summary>
    public sealed class FactBinding : IEquatable<FactBinding>
    {
        /// <summary>Creates a binding. Generated code calls this; you rarely need to.</summary>
        /// <param name="kind">A CloudFormation property or an API parameter.</param>
        /// <param name="target">The resource type (<c>AWS::SQS::Queue</c>) or the service prefix (<c>sqs</c>).</param>
        /// <param name="path">The property or parameter, dotted when nested (<c>RedrivePolicy.maxReceiveCount</c>); <c>*</c> stands for any one property.</param>
        /// <param name="unit">The unit the setting is written in (<c>s</c>, <c>days</c>, <c>bytes</c>), or empty.</param>
        public FactBinding(FactBindingKind kind, string target, string path, string unit)
        {
            Kind = kind;
            Target = target ?? throw new ArgumentNullException(nameof(target));
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Unit = unit ?? string.Empty;
        }

        /// <summary>A CloudFormation property or an API parameter.</summary>
        public FactBindingKind Kind { get; }

        /// <summary>The resource type (<c>AWS::SQS::Queue</c>) or the API's service prefix (<c>sqs</c>).</summary>
        public string Target { get; }

        /// <summary>The property or parameter, dotted when nested: <c>EphemeralStorage.SizeInGiB</c>.</summary>
        public string Path { get; }

        /// <summary>The unit the setting is written in (<c>s</c>, <c>days</c>, <c>bytes</c>), or empty for names and counts.</summary>
        public string Unit { get; }

        /// <summary>The binding as the note writes it: <c>AWS::SQS::Queue.VisibilityTimeout</c> or <c>sqs:VisibilityTimeout</c>.</summary>
        public string Name => Kind == FactBindingKind.CloudFormation ? Target + "." + Path : Target + ":" + Path;

        /// <summary>Whether this binding names <paramref name="name"/> (as <see cref="Name"/> spells it), a <c>*</c> segment matching any one property.</summary>
        public bool Matches(string name)
        {
            if (name is null)
            {
                return false;
            }

            if (string.Equals(Name, name, StringComparison.Ordinal))
            {
                return true;
            }

            var separator = Kind == FactBindingKind.CloudFormation ? '.' : ':';
            var prefix = Target + separator;
            if (Path.IndexOf('*') < 0 || !name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return false;
            }

            var want = Path.Split('.');
            var have = name.Substring(prefix.Length).Split('.');
            if (want.Length != have.Length)
            {
                return false;
            }

            for (var i = 0; i < want.Length; i++)
            {
                if (want[i] != "*" && !string.Equals(want[i], have[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public bool Equals(FactBinding? other)
            => other is not null && Kind == other.Kind && Target == other.Target && Path == other.Path && Unit == other.Unit;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as FactBinding);

        /// <inheritdoc/>
        public override int GetHashCode() => (Kind, Target, Path, Unit).GetHashCode();

        /// <summary><c>AWS::SQS::Queue.VisibilityTimeout (s)</c>.</summary>
        public override string ToString() => Unit.Length > 0 ? $"{Name} ({Unit})" : Name;
    }
}
