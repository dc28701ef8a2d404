namespace AwsFacts.Generator.Model;

/// <summary>
/// What kind of figure a fact is and which AWS settings it constrains. Kinds are the note's words:
/// <c>limit</c>, <c>quota</c>, <c>default</c>, <c>typical</c>, or <c>value</c> for names, spellings and fixed figures.
/// </summary>
internal sealed record FactTraits(string Kind, EquatableArray<SettingBinding> Bindings)
{
    public static readonly FactTraits None = new(FactKinds.Value, EquatableArray<SettingBinding>.Empty);
}

/// <summary>
/// A setting a fact constrains: a CloudFormation property (<c>AWS::SQS::Queue</c> + <c>VisibilityTimeout</c>) or an
/// API parameter (<c>sqs</c> + <c>VisibilityTimeout</c>), with the unit the setting is written in (may be empty).
/// </summary>
internal sealed record SettingBinding(bool IsCloudFormation, string Target, string Path, string Unit)
{
    /// <summary><c>AWS::SQS::Queue.VisibilityTimeout</c> or <c>sqs:VisibilityTimeout</c>.</summary>
    public override string ToString() => IsCloudFormation ? Target + "." + Path : Target + ":" + Path;
}

/// <summary>The kinds a note may state with <c>&lt;!-- kind: … --&gt;</c>, and the one inferred otherwise.</summary>
internal static class FactKinds
{
    public const string Limit = "limit";
    public const string Quota = "quota";
    public const string Default = "default";
    public const string Typical = "typical";
    public const string Value = "value";

    public static bool IsKnown(string kind) => kind is Limit or Quota or Default or Typical or Value;

    /// <summary>A fact without a stated kind: bounds, ranges and sets of allowed values are limits, defaults are defaults.</summary>
    public static string Infer(FactShape shape) => shape switch
    {
        FactShape.Max or FactShape.Min or FactShape.Range or FactShape.Set => Limit,
        FactShape.Default => Default,
        _ => Value,
    };
}
