using System;

namespace AwsFacts
{
    public static partial class CloudFormation
    {
        private const string Separator = "::";

        /// <summary>
        /// Checks a resource type name: <c>AWS::Service::ResourceType</c> (the form <see cref="ResourceTypeFormat"/>
        /// gives), a third-party or private type <c>Organization::Service::Resource</c>
        /// (<see cref="ThirdPartyResourceTypeFormat"/>; <c>AWS::Serverless::Function</c> and <c>Alexa::ASK::Skill</c> too),
        /// a module <c>Organization::Service::Resource::MODULE</c> (<see cref="ModuleTypeSuffix"/>), or a custom resource
        /// type, <c>Custom::Name</c> (prefix, length and characters from <see cref="CustomResourceTypes"/>). An organization
        /// that spells a reserved namespace in another case (<c>aws::s3::bucket</c>) is refused. Never throws.
        /// </summary>
        /// <example><c>CloudFormation.ValidateResourceType("AWS::S3::Bucket").IsValid</c> is true.</example>
        public static ValidationResult ValidateResourceType(string? type)
        {
            var errors = new ErrorList();
            var formatFact = FactCatalog.FindByMember("CloudFormation.ResourceTypeFormat");
            if (type is null)
            {
                errors.Add("cfn.resource-type.null", "A resource type is required.", formatFact);
                return errors.ToResult(type);
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
                errors.Add("cfn.resource-type.format",
                    $"Resource types have the form '{ResourceTypeFormat}', '{ThirdPartyResourceTypeFormat}' (a module adds '{ModuleTypeSuffix}') or '{CustomResourceTypes.Prefix}Name'.", formatFact);
                return errors.ToResult(type);
            }

            if (MisspelledReservedNamespace(parts[0].AsSpan()))
            {
                errors.Add("cfn.resource-type.namespace",
                    $"'{parts[0]}' spells a reserved organization namespace ({string.Join(", ", ReservedNamespaces.All)}) in another case.",
                    FactCatalog.FindByMember("CloudFormation.ReservedNamespace"), 0);
            }

            var position = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                if (!IsIdentifier(parts[i].AsSpan()))
                {
                    errors.Add("cfn.resource-type.segment",
                        $"'{parts[i]}' must be a name of letters and digits that starts with a letter, as in '{ResourceTypeFormat}'.", formatFact, position);
                }

                position += parts[i].Length + Separator.Length;
            }

            return errors.ToResult(type);
        }

        /// <summary>The same rules as <see cref="ValidateResourceType"/>, without building a result: allocates nothing.</summary>
        public static bool IsValidResourceType(ReadOnlySpan<char> type)
        {
            var prefix = CustomResourceTypes.Prefix.AsSpan();
            if (type.StartsWith(prefix, StringComparison.Ordinal))
            {
                return type.Length <= CustomResourceTypes.NameMaxLength && type.Length > prefix.Length
                       && FirstInvalidCustomCharacter(type.Slice(prefix.Length)) < 0;
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
            var custom = FactCatalog.FindByMember("CloudFormation.CustomResourceTypes.Prefix");
            if (type.Length > CustomResourceTypes.NameMaxLength)
            {
                errors.Add("cfn.custom-type.length", $"Custom resource type names are at most {CustomResourceTypes.NameMaxLength} characters; this one has {type.Length}.",
                    FactCatalog.FindByMember("CloudFormation.CustomResourceTypes.NameMaxLength"));
            }

            var name = type.AsSpan(CustomResourceTypes.Prefix.Length);
            if (name.Length == 0)
            {
                errors.Add("cfn.custom-type.name", $"A custom resource type needs a name after '{CustomResourceTypes.Prefix}'.", custom, type.Length);
            }

            var bad = FirstInvalidCustomCharacter(name);
            if (bad >= 0)
            {
                errors.Add("cfn.custom-type.character",
                    $"'{name[bad]}' is not allowed: only letters, digits and '{CustomResourceTypes.AllowedPunctuation}'.",
                    FactCatalog.FindByMember("CloudFormation.CustomResourceTypes.AllowedPunctuation"), CustomResourceTypes.Prefix.Length + bad);
            }
        }

        private static int FirstInvalidCustomCharacter(ReadOnlySpan<char> name)
        {
            for (var i = 0; i < name.Length; i++)
            {
                if (!IsAsciiLetterOrDigit(name[i]) && CustomResourceTypes.AllowedPunctuation.IndexOf(name[i]) < 0)
                {
                    return i;
                }
            }

            return -1;
        }

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
