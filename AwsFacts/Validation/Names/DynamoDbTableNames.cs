using System;

namespace AwsFacts
{
    public static partial class DynamoDb
    {
        // Hand-written logic beside the generated facts of notes/dynamodb.md.
        public static partial class TableNames
        {
            /// <summary>
            /// Checks a table or index name (<c>TableName</c>, <c>IndexName</c>): length and characters. Rule ids start
            /// with <c>dynamo-db.table-names.</c>. Never throws.
            /// </summary>
            /// <example><c>DynamoDb.TableNames.Validate("Orders.v2").IsValid</c> is true; <c>Validate("ab")</c> is too short.</example>
            public static ValidationResult Validate(string? name) => Rule.Validate(name);

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing. False for null.</summary>
            public static bool IsValid(string? name) => name is not null && Rule.IsValid(name.AsSpan());

            /// <summary>The same rules as <see cref="Validate"/>, without building a result: allocates nothing.</summary>
            public static bool IsValid(ReadOnlySpan<char> name) => Rule.IsValid(name);

            /// <summary>Throws a <see cref="ValidationException"/> listing every broken rule, unless the name is valid.</summary>
            /// <exception cref="ValidationException">The name breaks a rule.</exception>
            public static void ThrowIfInvalid(string? name) => Validate(name).ThrowIfInvalid();

            // Every number and character from the generated facts beside this class.
            private static readonly NameRule Rule = new("dynamo-db.table-names", "TableName", MinLength, MaxLength, new CharacterSet("both", AllowedPunctuation),
                () => Cite.Fact(typeof(TableNames), Length), () => Cite.Fact(typeof(TableNames), AllowedPunctuation));
        }
    }
}
