using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsFacts
{
    /// <summary>One broken rule: which, why (quoting the limit and the note it comes from), and where.</summary>
    public sealed class ValidationError
    {
        /// <summary>Creates an error. Validators create these; you rarely need to.</summary>
        public ValidationError(string ruleId, string message, int? position = null, Fact? fact = null)
        {
            RuleId = ruleId ?? throw new ArgumentNullException(nameof(ruleId));
            Message = message ?? throw new ArgumentNullException(nameof(message));
            Position = position;
            Fact = fact;
        }

        /// <summary>A stable id for the rule, the id of the fact the limit comes from, or an extension of it (<c>s3.bucket-names.length</c>); match on this, not on the message.</summary>
        public string RuleId { get; }

        /// <summary>What is wrong, with the limit and the note it comes from.</summary>
        public string Message { get; }

        /// <summary>The zero-based index of the offending character, when the rule points at one.</summary>
        public int? Position { get; }

        /// <summary>The fact the limit comes from, when there is one.</summary>
        public Fact? Fact { get; }

        /// <summary>The error as one line: its rule id and message, such as <c>s3.bucket-names.length: …</c>, or <c>… at 4: …</c> when it has a position.</summary>
        public override string ToString() => Position is { } at ? $"{RuleId} at {at}: {Message}" : $"{RuleId}: {Message}";
    }

    /// <summary>The outcome of validating a value: every rule it breaks, or none.</summary>
    public sealed class ValidationResult
    {
        private static readonly IReadOnlyList<ValidationError> None = Array.Empty<ValidationError>();

        /// <summary>Creates a result for <paramref name="subject"/> with the given errors.</summary>
        public ValidationResult(string? subject, IEnumerable<ValidationError>? errors = null)
            : this(subject, errors, null)
        {
        }

        /// <summary>Creates a result with errors and warnings (findings that do not make the value invalid).</summary>
        internal ValidationResult(string? subject, IEnumerable<ValidationError>? errors, IEnumerable<ValidationError>? warnings)
        {
            Subject = subject;
            Errors = errors?.ToArray() ?? None;
            Warnings = warnings?.ToArray() ?? None;
        }

        /// <summary>Findings that do not make the value invalid, such as a setting AwsFacts has no fact for; empty by default.</summary>
        public IReadOnlyList<ValidationError> Warnings { get; }

        /// <summary>The value that was validated (null when null was passed).</summary>
        public string? Subject { get; }

        /// <summary>Every broken rule, in the order the rules are checked; empty when the value is valid.</summary>
        public IReadOnlyList<ValidationError> Errors { get; }

        /// <summary>Whether no rule is broken.</summary>
        public bool IsValid => Errors.Count == 0;

        /// <summary>Throws a <see cref="ValidationException"/> listing the errors, unless the value is valid.</summary>
        /// <exception cref="ValidationException">At least one rule is broken.</exception>
        public void ThrowIfInvalid()
        {
            if (!IsValid)
            {
                throw new ValidationException(this);
            }
        }

        /// <summary>Returns "valid", or the errors, one per line.</summary>
        public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Errors);
    }

    /// <summary>Thrown by every rule's <c>ThrowIfInvalid</c> and by <see cref="ValidationResult.ThrowIfInvalid"/>.</summary>
    public sealed class ValidationException : ArgumentException
    {
        /// <summary>Creates the exception from a failed result.</summary>
        public ValidationException(ValidationResult result)
            : base($"'{result.Subject}' is not valid:{Environment.NewLine}{result}")
        {
            Result = result;
        }

        /// <summary>The failed result, with every error.</summary>
        public ValidationResult Result { get; }
    }

    /// <summary>Builds errors that quote the fact a limit comes from.</summary>
    internal sealed class ErrorList
    {
        private List<ValidationError>? _errors;

        public void Add(string ruleId, string message, Fact? fact, int? position = null)
            => (_errors ??= new List<ValidationError>()).Add(new ValidationError(ruleId, message + Cite(fact), position, fact));

        public ValidationResult ToResult(string? subject) => new(subject, _errors);

        /// <summary>Returns where the note states the limit, such as " (notes/s3.md, line 6)".</summary>
        public static string Cite(Fact? fact) => fact is null ? string.Empty : $" ({fact.Source}, line {fact.Line})";
    }
}
