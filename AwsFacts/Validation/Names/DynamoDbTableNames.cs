using System;

namespace AwsFacts
{
    public static partial class DynamoDb
    {
        // Hand-written logic beside the generated facts: every number and character comes from notes/dynamodb.md.
        public static partial class TableNames
        {
            /// <summary>
            /// Checks a table or index name (<c>TableName</c>, <c>IndexName</c>): length and characters. Rule ids start
            /// with <c>dynamo-db.table-names.</c>. Never throws.
            /// </summary>
            /// <example><c>DynamoDb.TableNames.Validate("Orders.v2").IsValid</c> is true; <c>Validate("ab")</c> is too short.</example>
            public static ValidationResult Validate(string? name)
            {
                if (name is null)
                {
                    return NameChecks.Missing(Group, Setting, LengthFact);
                }

                var errors = new ErrorList();
                NameChecks.Length(errors, Group, Setting, name, MinLength, MaxLength, LengthFact);
                NameChecks.Characters(errors, Group, Setting, name, Allowed, PunctuationFact);
                return errors.ToResult(name);
            }

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name) => name is not null && IsValid(name.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name)
                => name.Length >= MinLength && name.Length <= MaxLength && Allowed.IndexOfFirstInvalid(name) < 0;

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name) => Validate(name).ThrowIfInvalid();

            private const string Group = "dynamo-db.table-names";

            private const string Setting = "TableName";

            private static readonly CharacterSet Allowed = new("both", AllowedPunctuation);

            private static Fact? LengthFact => Cite.Fact(typeof(TableNames), Length);

            private static Fact? PunctuationFact => Cite.Fact(typeof(TableNames), AllowedPunctuation);
        }
    }
}
