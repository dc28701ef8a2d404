using System;
using System.Collections.Generic;
using System.Linq;
using AwsFacts.Tool.Templates;

namespace AwsFacts.Tool.Resolve
{
    /// <summary>
    /// The values a node can take as CloudFormation reads it: a literal is itself; <c>Ref</c> to a String or Number
    /// parameter is its <c>Default</c> and each of its <c>AllowedValues</c>; <c>Fn::If</c> is both branches;
    /// <c>Fn::Sub</c> without variables is its text; <c>Fn::FindInMap</c> with literal keys is the mapped value.
    /// Anything else (<c>Fn::GetAtt</c>, <c>Fn::ImportValue</c>, pseudo parameters, resources) yields nothing: it
    /// is not known before deployment, and a guess could only make a false finding.
    /// </summary>
    internal sealed class ValueResolver
    {
        private const int MaxDepth = 16;
        private readonly MappingNode? _parameters;
        private readonly MappingNode? _mappings;

        public ValueResolver(MappingNode template)
        {
            _parameters = template["Parameters"] as MappingNode;
            _mappings = template["Mappings"] as MappingNode;
        }

        public IEnumerable<Candidate> Resolve(TemplateNode node) => Resolve(node, via: null, depth: 0);

        /// <summary>The node's single literal scalar value, or null when it has none or several.</summary>
        public string? Single(TemplateNode node)
        {
            var values = Resolve(node).Select(c => c.Node).OfType<ScalarNode>().Where(s => !s.IsNull).Select(s => s.Value).Distinct(StringComparer.Ordinal).Take(2).ToList();
            return values.Count == 1 ? values[0] : null;
        }

        private IEnumerable<Candidate> Resolve(TemplateNode node, string? via, int depth)
        {
            if (depth > MaxDepth)
            {
                return Enumerable.Empty<Candidate>();
            }

            if (!Intrinsic.TryGet(node, out var function, out var argument))
            {
                return new[] { new Candidate(node, via) };
            }

            return function switch
            {
                "Ref" => Ref(argument, depth),
                "Fn::If" => If(argument, via, depth),
                "Fn::Sub" => Sub(argument, via),
                "Fn::FindInMap" => FindInMap(argument, via, depth),
                _ => Enumerable.Empty<Candidate>(),
            };
        }

        private IEnumerable<Candidate> Ref(TemplateNode argument, int depth)
        {
            if (argument is not ScalarNode { Value: var name } || _parameters?[name] is not MappingNode parameter)
            {
                yield break;
            }

            // SSM and AWS-specific parameter types hold names of things, not the value the property sees; lists are not scalars.
            if (parameter["Type"] is not ScalarNode { Value: "String" or "Number" })
            {
                yield break;
            }

            if (parameter["Default"] is { } fallback)
            {
                foreach (var candidate in Resolve(fallback, $"parameter {name}, Default", depth + 1))
                {
                    yield return candidate;
                }
            }

            if (parameter["AllowedValues"] is SequenceNode allowed)
            {
                foreach (var item in allowed.Items)
                {
                    foreach (var candidate in Resolve(item, $"parameter {name}, AllowedValues", depth + 1))
                    {
                        yield return candidate;
                    }
                }
            }
        }

        private IEnumerable<Candidate> If(TemplateNode argument, string? via, int depth)
            => argument is SequenceNode { Items.Count: 3 } branches
                ? Resolve(branches.Items[1], via, depth + 1).Concat(Resolve(branches.Items[2], via, depth + 1))
                : Enumerable.Empty<Candidate>();

        private static IEnumerable<Candidate> Sub(TemplateNode argument, string? via)
        {
            var text = argument switch
            {
                ScalarNode scalar => scalar,
                SequenceNode { Items.Count: >= 1 } sequence => sequence.Items[0] as ScalarNode,
                _ => null,
            };

            // ${Var} is unknown; ${!Literal} writes ${Literal}: both leave the value open, so only variable-free text counts.
            return text is not null && !text.IsNull && text.Value.IndexOf("${", StringComparison.Ordinal) < 0
                ? new[] { new Candidate(text, via) }
                : Enumerable.Empty<Candidate>();
        }

        private IEnumerable<Candidate> FindInMap(TemplateNode argument, string? via, int depth)
        {
            if (argument is not SequenceNode { Items.Count: 3 } keys || _mappings is null)
            {
                return Enumerable.Empty<Candidate>();
            }

            var map = keys.Items[0] as ScalarNode;
            var top = keys.Items[1] as ScalarNode;
            var second = keys.Items[2] as ScalarNode;
            if (map is null || top is null || second is null)
            {
                return Enumerable.Empty<Candidate>();
            }

            var value = ((_mappings[map.Value] as MappingNode)?[top.Value] as MappingNode)?[second.Value];
            return value is null ? Enumerable.Empty<Candidate>() : Resolve(value, via, depth + 1);
        }
    }

    /// <summary>CloudFormation's intrinsic functions in long form: a mapping whose only key is <c>Ref</c> or <c>Fn::…</c>.</summary>
    internal static class Intrinsic
    {
        public static bool TryGet(TemplateNode node, out string function, out TemplateNode argument)
        {
            if (node is MappingNode { Entries.Count: 1 } mapping
                && (mapping.Entries[0].Key == "Ref" || mapping.Entries[0].Key.StartsWith("Fn::", StringComparison.Ordinal)))
            {
                function = mapping.Entries[0].Key;
                argument = mapping.Entries[0].Value;
                return true;
            }

            function = string.Empty;
            argument = node;
            return false;
        }

        public static bool Is(TemplateNode node) => TryGet(node, out _, out _);
    }
}
