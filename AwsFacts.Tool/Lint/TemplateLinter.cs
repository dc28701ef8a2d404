using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AwsFacts.Tool.Resolve;
using AwsFacts.Tool.Rules;
using AwsFacts.Tool.Templates;
using AwsFacts.Tool.Validation;

namespace AwsFacts.Tool.Lint
{
    /// <summary>What linting one file gave: whether it is a CloudFormation template at all, and its findings.</summary>
    internal sealed record FileResult(bool IsTemplate, IReadOnlyList<Finding> Findings);

    /// <summary>Checks one template: each resource's type name, then each property value against the rules bound to it.</summary>
    internal sealed class TemplateLinter
    {
        private static readonly Lazy<TemplateLinter> Shared = new(() => new TemplateLinter(FactCatalog.All));

        private readonly Dictionary<string, PropertyCheck[]> _checksByType;
        // The shared linter may serve several threads (tests, a future parallel run).
        private readonly ConcurrentDictionary<(string Type, string Path), PropertyCheck[]> _checksByPath = new();
        private readonly ToolValidator? _resourceType = ToolValidators.Find(ToolValidators.ResourceType);

        public TemplateLinter(IEnumerable<Fact> facts)
        {
            var checks = BindingRules.Build(facts, target => ToolValidators.ForTarget(target).Any()).ToList();
            checks.AddRange(ValidatorChecks());
            _checksByType = checks.GroupBy(c => c.Binding.Target, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        }

        /// <summary>The linter with every fact of the catalog.</summary>
        public static TemplateLinter Default => Shared.Value;

        public IEnumerable<PropertyCheck> Checks => _checksByType.Values.SelectMany(c => c);

        /// <summary>Lints one file; never throws for its content (a parse error or a failure of the tool is a finding).</summary>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
        public FileResult Lint(TemplateFile file)
        {
            var bytes = File.ReadAllBytes(file.FullPath);
            try
            {
                return Lint(file.DisplayPath, bytes);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return new FileResult(true, new[] { new Finding(file.DisplayPath, 1, 1, Severity.Error, ToolRules.InternalError, $"awsfacts could not check this file: {e.GetType().Name}: {e.Message}", null, null, null) });
            }
        }

        public FileResult Lint(string path, byte[] bytes)
        {
            TemplateNode? root;
            try
            {
                root = TemplateReader.Read(path, bytes);
            }
            catch (TemplateParseException e)
            {
                return ParseError(path, e.Message, e.Position);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                // YamlDotNet can fail outside its YamlException on some malformed input; still a file that does not parse.
                return ParseError(path, e.Message, new SourcePosition(1, 1));
            }

            if (root is not MappingNode template || template["Resources"] is not MappingNode resources)
            {
                return new FileResult(false, Array.Empty<Finding>());
            }

            var resolver = new ValueResolver(template);
            var findings = new List<Finding>();
            foreach (var resource in resources.Entries)
            {
                if (resource.Value is MappingNode body && body["Type"] is ScalarNode { IsNull: false } type)
                {
                    findings.AddRange(CheckType(path, resource.Key, type));
                    if (body["Properties"] is MappingNode properties)
                    {
                        findings.AddRange(CheckProperties(path, new ResourceContext(resource.Key, type.Value, properties, resolver)));
                    }
                }
            }

            return new FileResult(true, findings.Distinct().ToList());
        }

        private static FileResult ParseError(string path, string message, SourcePosition at)
            => new(true, new[] { new Finding(path, at.Line, at.Column, Severity.Error, ToolRules.ParseError, "The file does not parse: " + message, null, null, null) });

        private IEnumerable<Finding> CheckType(string path, string logicalId, ScalarNode type)
            => _resourceType is null
                ? Enumerable.Empty<Finding>()
                : _resourceType.Validate(type.Value).Errors.Select(e => new Finding(
                    path, type.Position.Line, type.Position.Column, Severity.Error, e.RuleId, $"'{type.Value}': {e.Message}", logicalId, "Type", e.Fact));

        private IEnumerable<Finding> CheckProperties(string path, ResourceContext resource)
        {
            if (!_checksByType.ContainsKey(resource.Type))
            {
                return Enumerable.Empty<Finding>();
            }

            var walker = new PropertyWalker(resource.Resolver);
            return from value in walker.Walk(resource.Properties)
                   from check in ChecksAt(resource.Type, value.Path)
                   from violation in check.Check(value, resource)
                   select new Finding(path, violation.Position.Line, violation.Position.Column, violation.Severity, violation.RuleId,
                       violation.Message, resource.LogicalId, value.Path, violation.Fact);
        }

        private PropertyCheck[] ChecksAt(string type, string path)
        {
            return _checksByPath.GetOrAdd((type, path), key => _checksByType[key.Type].Where(c => c.AppliesTo(key.Type, key.Path)).ToArray());
        }

        private static IEnumerable<PropertyCheck> ValidatorChecks()
        {
            foreach (var validator in ToolValidators.All)
            {
                foreach (var target in validator.Targets)
                {
                    yield return validator.Name == ToolValidators.SqsQueueName
                        ? new SqsQueueNameCheck()
                        : new ValidatorCheck(ValidatorCheck.BindingOf(target), validator);
                }
            }
        }
    }
}
