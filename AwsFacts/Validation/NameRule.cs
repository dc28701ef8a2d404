using System;

namespace AwsFacts
{
    /// <summary>
    /// A name rule most AWS names follow: a length, a character set and, for FIFO queues and topics, a suffix. The
    /// generated facts give every number and character; the rule's class passes them in and keeps the public shape.
    /// </summary>
    internal sealed class NameRule
    {
        private readonly string _group;
        private readonly string _setting;
        private readonly int _min;
        private readonly int _max;
        private readonly CharacterSet _allowed;
        private readonly Func<Fact?> _lengthFact;
        private readonly Func<Fact?> _charactersFact;
        private readonly FifoSuffix? _suffix;

        /// <summary>Builds the rule from the facts' numbers, characters and citations.</summary>
        /// <param name="group">The rule ids' prefix, the facts' own: <c>lambda.function-names</c>.</param>
        /// <param name="setting">The setting as AWS names it: <c>FunctionName</c>.</param>
        /// <param name="min">The shortest name.</param>
        /// <param name="max">The longest name (<see cref="int.MaxValue"/> when the facts give none).</param>
        /// <param name="allowed">The characters a name may hold (a FIFO suffix aside).</param>
        /// <param name="lengthFact">The fact the length comes from.</param>
        /// <param name="charactersFact">The fact the characters come from.</param>
        /// <param name="suffix">The FIFO suffix rule, for queues and topics.</param>
        public NameRule(string group, string setting, int min, int max, CharacterSet allowed, Func<Fact?> lengthFact, Func<Fact?> charactersFact, FifoSuffix? suffix = null)
        {
            _group = group;
            _setting = setting;
            _min = min;
            _max = max;
            _allowed = allowed;
            _lengthFact = lengthFact;
            _charactersFact = charactersFact;
            _suffix = suffix;
        }

        /// <summary>Every broken rule of <paramref name="name"/>; <paramref name="fifo"/> null takes the name's suffix as the answer.</summary>
        public ValidationResult Validate(string? name, bool? fifo = null)
        {
            if (name is null)
            {
                return NameChecks.Missing(_group, _setting, _lengthFact());
            }

            var errors = new ErrorList();
            NameChecks.Length(errors, _group, _setting, name, _min, _max, _lengthFact(), _suffix is { } s ? $", the '{s.Suffix}' suffix included" : null);
            var stem = name.Length;
            if (_suffix is { } suffix)
            {
                var hasSuffix = name.EndsWith(suffix.Suffix, StringComparison.Ordinal);
                var isFifo = fifo ?? hasSuffix;
                if (isFifo && !hasSuffix)
                {
                    errors.Add(_group + ".fifo-suffix", $"{_setting} of a FIFO {suffix.Noun} must end with '{suffix.Suffix}'.", suffix.Fact(), name.Length);
                }
                else if (!isFifo && hasSuffix)
                {
                    errors.Add(_group + ".standard-suffix", $"{_setting} of a standard {suffix.Noun} must not end with '{suffix.Suffix}'.", suffix.Fact(), name.Length - suffix.Suffix.Length);
                }

                stem = isFifo && hasSuffix ? name.Length - suffix.Suffix.Length : name.Length;
            }

            NameChecks.Characters(errors, _group, _setting, name, _allowed, _charactersFact(), stem);
            return errors.ToResult(name);
        }

        /// <summary>The same rules as <see cref="Validate"/> as a bool: allocates nothing.</summary>
        public bool IsValid(ReadOnlySpan<char> name, bool? fifo = null)
        {
            if (name.Length < _min || name.Length > _max)
            {
                return false;
            }

            if (_suffix is { } suffix)
            {
                var hasSuffix = name.EndsWith(suffix.Suffix.AsSpan());
                if ((fifo ?? hasSuffix) != hasSuffix)
                {
                    return false;
                }

                name = hasSuffix ? name.Slice(0, name.Length - suffix.Suffix.Length) : name;
            }

            return _allowed.IndexOfFirstInvalid(name) < 0;
        }
    }

    /// <summary>The suffix a FIFO queue's or topic's name must end with, and a standard one's must not.</summary>
    internal sealed class FifoSuffix
    {
        /// <summary>Builds the suffix rule from the suffix fact.</summary>
        public FifoSuffix(string suffix, string noun, Func<Fact?> fact)
        {
            Suffix = suffix;
            Noun = noun;
            Fact = fact;
        }

        /// <summary>The suffix: <c>.fifo</c>.</summary>
        public string Suffix { get; }

        /// <summary>What the name names, for messages: "queue", "topic".</summary>
        public string Noun { get; }

        /// <summary>The fact the suffix comes from.</summary>
        public Func<Fact?> Fact { get; }
    }
}
