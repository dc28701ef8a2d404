using System;

namespace AwsFacts
{
    public static partial class CloudFormation
    {
        /// <summary>Checks a resource type name; see <see cref="ResourceTypes.Validate"/>.</summary>
        [Obsolete("Use CloudFormation.ResourceTypes.Validate, the one validation shape of every rule.")]
        public static ValidationResult ValidateResourceType(string? type) => ResourceTypes.Validate(type);

        /// <summary>Whether a resource type name is valid; see <see cref="ResourceTypes.IsValid(ReadOnlySpan{char})"/>.</summary>
        [Obsolete("Use CloudFormation.ResourceTypes.IsValid, the one validation shape of every rule.")]
        public static bool IsValidResourceType(ReadOnlySpan<char> type) => ResourceTypes.IsValid(type);

        /// <summary>
        /// The rule for resource type names (a resource's <c>Type</c>): the AWS, third-party, module and custom forms
        /// CloudFormation accepts. Every format, namespace and limit comes from notes/cloudformation.md.
        /// </summary>
        public static class ResourceTypes
        {
            private const string Separator = "::";

            /// <summary>The rule ids' prefix for the type-name forms (the custom form uses the custom-type facts' prefix).</summary>
            private const string Group = "cloud-formation.resource-types";

            private const string CustomGroup = "cloud-formation.custom-resource-types";

            private const string Setting = "Type";

            /// <summary>
            /// Checks a resource type name: <c>AWS::Service::ResourceType</c> (the form <see cref="ResourceTypeFormat"/>
            /// gives), a third-party or private type <c>Organization::Service::Resource</c>
            /// (<see cref="ThirdPartyResourceTypeFormat"/>; <c>AWS::Serverless::Function</c> and <c>Alexa::ASK::Skill</c> too),
            /// a module <c>Organization::Service::Resource::MODULE</c> (<see cref="ModuleTypeSuffix"/>), or a custom resource
            /// type, <c>Custom::Name</c> (prefix, length and characters from <see cref="CustomResourceTypes"/>). An organization
            /// that spells a reserved namespace in another case (<c>aws::s3::bucket</c>) is refused. Never throws.
            /// </summary>
            /// <example><c>CloudFormation.ResourceTypes.Validate("AWS::S3::Bucket").IsValid</c> is true.</example>
            public static ValidationResult Validate(string? type)
            {
                var errors = new ErrorList();
                var formatFact = Cite.Fact(typeof(CloudFormation), ResourceTypeFormat);
                if (type is null)
                {
                    return NameChecks.Missing(Group, Setting, formatFact);
                }

                if (type.StartsWith(CustomResourceTypes.Prefix, StringComparison.Ordinal))
                {
                    ValidateCustom(type, errors);
                    return errors.ToResult(type);
                }

                var withoutModule = type.EndsWith(ModuleTypeSuffix, StringComparison.Ordinal) ? type.Substring(0, type.Length - ModuleTypeSuffix.Length) : type;
                var parts = withoutModule.Split(new[] { Separator }, StringSplitOptions.None);
                var expected = ResourceTypeFormat.Split(new[] { Separator }, StringSplitOptions.None);
                if (parts.Length != expected.Length)
                {
                    errors.Add(Group + ".format",
                        $"{Setting} must have the form '{ResourceTypeFormat}', '{ThirdPartyResourceTypeFormat}' (a module adds '{ModuleTypeSuffix}') or '{CustomResourceTypes.Prefix}Name'.", formatFact);
                    return errors.ToResult(type);
                }

                if (MisspelledReservedNamespace(parts[0].AsSpan()))
                {
                    errors.Add(Group + ".namespace",
                        $"'{parts[0]}' spells a reserved organization namespace ({string.Join(", ", ReservedNamespaces.All)}) in another case.",
                        Cite.Type(typeof(ReservedNamespace)), 0);
                }

                var position = 0;
                for (var i = 0; i < parts.Length; i++)
                {
                    if (!IsIdentifier(parts[i].AsSpan()))
                    {
                        errors.Add(Group + ".segment",
                            $"'{parts[i]}' must be a name of letters and digits that starts with a letter, as in '{ResourceTypeFormat}'.", formatFact, position);
                    }

                    position += parts[i].Length + Separator.Length;
                }

                return errors.ToResult(type);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? type) => type is not null && IsValid(type.AsSpan());

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the type name is valid.</summary>
            /// <exception cref="ValidationException">The type name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? type) => Validate(type).ThrowIfInvalid();

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> type)
            {
                var prefix = CustomResourceTypes.Prefix.AsSpan();
                if (type.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return type.Length <= CustomResourceTypes.NameMaxLength && type.Length > prefix.Length
                           && CustomCharacters.IndexOfFirstInvalid(type.Slice(prefix.Length)) < 0;
                }

                if (type.EndsWith(ModuleTypeSuffix.AsSpan(), StringComparison.Ordinal))
                {
                    type = type.Slice(0, type.Length - ModuleTypeSuffix.Length);
                }

                var first = type.IndexOf(Separator.AsSpan(), StringComparison.Ordinal);
                if (first <= 0 || !IsIdentifier(type.Slice(0, first)) || MisspelledReservedNamespace(type.Slice(0, first)))
                {
                    return false;
                }

                var rest = type.Slice(first + Separator.Length);
                var split = rest.IndexOf(Separator.AsSpan(), StringComparison.Ordinal);
                return split > 0 && IsIdentifier(rest.Slice(0, split)) && IsIdentifier(rest.Slice(split + Separator.Length));
            }

            /// <summary>Whether an organization spells a reserved namespace (<c>AWS</c>, <c>Custom</c> …) in another case.</summary>
            private static bool MisspelledReservedNamespace(ReadOnlySpan<char> organization)
            {
                var all = ReservedNamespaces.All;
                for (var i = 0; i < all.Count; i++) // an index, not foreach: the fast path allocates nothing
                {
                    var reserved = all[i];
                    if (organization.Equals(reserved.AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        return !organization.Equals(reserved.AsSpan(), StringComparison.Ordinal);
                    }
                }

                return false;
            }

            private static void ValidateCustom(string type, ErrorList errors)
            {
                var custom = Cite.Fact(typeof(CustomResourceTypes), CustomResourceTypes.Prefix);
                if (type.Length > CustomResourceTypes.NameMaxLength)
                {
                    errors.Add(CustomGroup + ".length", $"{Setting} of a custom resource must be at most {CustomResourceTypes.NameMaxLength} characters; this one has {type.Length}.",
                        Cite.Fact(typeof(CustomResourceTypes), CustomResourceTypes.NameMaxLength));
                }

                var name = type.AsSpan(CustomResourceTypes.Prefix.Length);
                if (name.Length == 0)
                {
                    errors.Add(CustomGroup + ".name", $"{Setting} of a custom resource needs a name after '{CustomResourceTypes.Prefix}'.", custom, type.Length);
                }

                var bad = CustomCharacters.IndexOfFirstInvalid(name);
                if (bad >= 0)
                {
                    errors.Add(CustomGroup + ".characters",
                        $"'{name[bad]}' is not allowed: only letters, digits and '{CustomResourceTypes.AllowedPunctuation}'.",
                        Cite.Fact(typeof(CustomResourceTypes), CustomResourceTypes.AllowedPunctuation), CustomResourceTypes.Prefix.Length + bad);
                }
            }

            // Letters, digits and the custom-type punctuation of notes/cloudformation.md.
            private static readonly CharacterSet CustomCharacters = new("both", CustomResourceTypes.AllowedPunctuation);

            private static bool IsIdentifier(ReadOnlySpan<char> segment)
            {
                if (segment.Length == 0 || !(segment[0] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
                {
                    return false;
                }

                foreach (var c in segment)
                {
                    if (!IsAsciiLetterOrDigit(c))
                    {
                        return false;
                    }
                }

                return true;
            }

            private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
        }
    }
}
