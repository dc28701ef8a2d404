using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AwsFacts
{
    public static partial class Sqs
    {
        /// <summary>
        /// SQS queue attributes as the API takes them (CreateQueue, SetQueueAttributes): a map of attribute name to
        /// string value. Each attribute is checked against the fact bound to it (<c>api: sqs:VisibilityTimeout</c>),
        /// so a new bound fact is a new check without code here. CloudFormation's <c>AWS::SQS::Queue</c> spells these
        /// properties the same way (<c>DelaySeconds</c>, <c>RedrivePolicy</c> …), so its values, written as text, are
        /// checked by the same call.
        /// </summary>
        public static class QueueAttributes
        {
            /// <summary>
            /// Checks every attribute AwsFacts has a fact for, by its API name and string value (<c>"VisibilityTimeout"</c>
            /// → <c>"50000"</c>). Rule ids are the facts' ids; messages name the attribute as AWS spells it and cite the
            /// note. An attribute no fact is bound to is a warning, not an error. Never throws.
            /// </summary>
            /// <example><c>Sqs.QueueAttributes.Validate(new Dictionary&lt;string, string&gt; { ["DelaySeconds"] = "901" })</c> is invalid.</example>
            public static ValidationResult Validate(IReadOnlyDictionary<string, string>? attributes)
            {
                var errors = new List<ValidationError>();
                var warnings = new List<ValidationError>();
                foreach (var pair in attributes ?? new Dictionary<string, string>())
                {
                    var name = pair.Key ?? string.Empty;
                    var facts = FactCatalog.FindByBinding(ApiPrefix + name);
                    var nested = NestedFacts(name);
                    if (facts.Count == 0 && nested.Count > 0)
                    {
                        CheckJson(name, pair.Value, nested, errors);
                        continue;
                    }

                    if (facts.Count == 0)
                    {
                        warnings.Add(new ValidationError("sqs.queue-attributes.unknown", $"{name}: AwsFacts has no fact for this attribute; it was not checked."));
                        continue;
                    }

                    foreach (var fact in facts)
                    {
                        Check(name, pair.Value, fact, errors);
                    }
                }

                return new ValidationResult(null, errors, warnings);
            }

            /// <summary>The same checks without building messages: true when no bound attribute is out of its limits.</summary>
            public static bool IsValid(IReadOnlyDictionary<string, string>? attributes) => Validate(attributes).IsValid;

            private const string ApiPrefix = "sqs:";

            /// <summary>Facts bound to a key inside a JSON attribute: <c>sqs:RedrivePolicy.maxReceiveCount</c> for <c>RedrivePolicy</c>.</summary>
            private static IReadOnlyList<Fact> NestedFacts(string name)
            {
                var prefix = ApiPrefix + name + ".";
                return FactCatalog.All.Where(f => f.Bindings.Any(b => b.Kind == FactBindingKind.Api && b.Name.StartsWith(prefix, StringComparison.Ordinal))).ToArray();
            }

            /// <summary>
            /// Checks the keys of a JSON attribute value (<c>{"maxReceiveCount":"5", …}</c>) that facts are bound to; a
            /// value that is not a JSON object is one error. Keys' values may be numbers or numeric strings, as SQS takes them.
            /// </summary>
            private static void CheckJson(string name, string? json, IReadOnlyList<Fact> facts, List<ValidationError> errors)
            {
                System.Text.Json.JsonDocument document;
                try
                {
                    document = System.Text.Json.JsonDocument.Parse(json ?? string.Empty);
                }
                catch (System.Text.Json.JsonException exception)
                {
                    errors.Add(new ValidationError(facts[0].Id, $"{name} must be a JSON object; {exception.Message}{ErrorList.Cite(facts[0])}", null, facts[0]));
                    return;
                }

                using (document)
                {
                    if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
                    {
                        errors.Add(new ValidationError(facts[0].Id, $"{name} must be a JSON object.{ErrorList.Cite(facts[0])}", null, facts[0]));
                        return;
                    }

                    foreach (var fact in facts)
                    {
                        var binding = fact.Bindings.First(b => b.Kind == FactBindingKind.Api && b.Name.StartsWith(ApiPrefix + name + ".", StringComparison.Ordinal));
                        var key = binding.Name.Substring(ApiPrefix.Length + name.Length + 1);
                        if (document.RootElement.TryGetProperty(key, out var value))
                        {
                            var text = value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : value.GetRawText();
                            Check(key, text, fact, errors, binding);
                        }
                    }
                }
            }

            private static void Check(string name, string? text, Fact fact, List<ValidationError> errors, FactBinding? binding = null)
            {
                binding ??= fact.Bindings.First(b => b.Kind == FactBindingKind.Api && b.Name == ApiPrefix + name);
                switch (fact.Value)
                {
                    case Range<TimeSpan> range when Whole(name, text, binding.Unit, fact, errors) is { } seconds:
                        Report(name, seconds, binding.Unit, range.Contains(TimeSpan.FromSeconds(seconds)),
                            range.Min.TotalSeconds, range.Max.TotalSeconds, fact, errors);
                        break;
                    case Range<DataSize> range when Whole(name, text, binding.Unit, fact, errors) is { } bytes:
                        Report(name, bytes, binding.Unit, range.Contains(DataSize.FromBytes(bytes)),
                            range.Min.Bytes, range.Max.Bytes, fact, errors);
                        break;
                    case Range<int> range when Whole(name, text, binding.Unit, fact, errors) is { } count:
                        Report(name, count, binding.Unit, count >= int.MinValue && count <= int.MaxValue && range.Contains((int)count),
                            range.Min, range.Max, fact, errors);
                        break;
                    case int:
                        // A default, not a limit (the redrive policy's maxReceiveCount): only the form is checked.
                        Whole(name, text, binding.Unit, fact, errors);
                        break;
                }
            }

            /// <summary>The value as a whole number, or an error that says what AWS expects.</summary>
            private static long? Whole(string name, string? text, string unit, Fact fact, List<ValidationError> errors)
            {
                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                errors.Add(new ValidationError(fact.Id,
                    $"{name} must be a whole number{(unit.Length > 0 ? " of " + Words(unit) : string.Empty)}; '{text}' is not.{ErrorList.Cite(fact)}", null, fact));
                return null;
            }

            private static void Report(string name, long value, string unit, bool inside, double min, double max, Fact fact, List<ValidationError> errors)
            {
                if (!inside)
                {
                    var words = unit.Length > 0 ? " " + Words(unit) : string.Empty;
                    errors.Add(new ValidationError(fact.Id,
                        $"{name} must be from {min.ToString("#,0", CultureInfo.InvariantCulture)} to {max.ToString("#,0", CultureInfo.InvariantCulture)}{words}; {value.ToString("#,0", CultureInfo.InvariantCulture)} is outside.{ErrorList.Cite(fact)}",
                        null, fact));
                }
            }

            private static string Words(string unit) => unit switch
            {
                "s" => "seconds",
                "ms" => "milliseconds",
                _ => unit,
            };
        }
    }
}
