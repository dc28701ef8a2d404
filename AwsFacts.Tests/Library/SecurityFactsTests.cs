using System;
using System.Linq;

namespace AwsFacts.Tests.Library;

/// <summary>
/// The security and logging notes (issue #15): KMS, Secrets Manager, Parameter Store, IAM quotas, resource tags and
/// CloudWatch Logs, through the generated members and the catalog.
/// </summary>
public class SecurityFactsTests
{
    [Fact]
    public void Kms_limits_and_quotas()
    {
        Assert.Equal(4096, Kms.MaxEncryptPlaintextBytes);
        Assert.Equal(DataSize.FromBytes(4096), Kms.MaxEncryptPlaintext);
        Assert.Equal(DataSize.FromBytes(32768), Kms.MaxKeyPolicySize);
        Assert.Equal(100000, Kms.CustomerManagedKeysQuota);
        Assert.Equal(50, Kms.AliasesPerKmsKeyQuota);
        Assert.Equal(50000, Kms.GrantsPerKmsKeyQuota);
        Assert.Equal(new[] { "AES_128", "AES_256" }, Kms.DataKeySpecs.All);
        Assert.Equal("AES_256", Kms.DataKeySpecs.ToAwsName(Kms.DataKeySpec.Aes256));
        Assert.Equal("NumberOfBytes", Kms.DataKeyLengthParameter);
    }

    [Fact]
    public void Kms_alias_names()
    {
        Assert.Equal((1, 256), (Kms.AliasNames.MinLength, Kms.AliasNames.MaxLength));
        Assert.Equal("alias/", Kms.AliasNames.Prefix);
        Assert.Equal("alias/aws/", Kms.AliasNames.ReservedPrefix);
        Assert.Equal("/_-", Kms.AliasNames.AllowedPunctuation);
    }

    [Fact]
    public void Secrets_manager_limits()
    {
        Assert.Equal(DataSize.FromBytes(65536), SecretsManager.MaxSecretValueSize);
        Assert.Equal("/_+=.@-", SecretsManager.SecretNames.AllowedPunctuation);
        Assert.Equal(10000, SecretsManager.MaxGetSecretValueRatePerSecond);
        Assert.Equal(100, SecretsManager.UnlabeledVersionsKept);
    }

    [Fact]
    public void Parameter_store_tiers_names_and_versions()
    {
        Assert.Equal(DataSize.FromKilobytes(4), ParameterStore.MaxStandardValueSize);
        Assert.Equal(DataSize.FromKilobytes(8), ParameterStore.MaxAdvancedValueSize);
        Assert.Equal(10000, ParameterStore.MaxStandardParameters);
        Assert.Equal(100000, ParameterStore.MaxAdvancedParameters);
        Assert.Equal(new[] { "Standard", "Advanced", "Intelligent-Tiering" }, ParameterStore.ParameterTiers.All);
        Assert.Equal(1011, ParameterStore.ParameterNames.MaxLength);
        Assert.Equal(new[] { "aws", "ssm" }, ParameterStore.ParameterNames.ReservedPrefixes.All);
        Assert.Equal(15, ParameterStore.MaxHierarchyDepthLevels);
        Assert.Equal(100, ParameterStore.MaxVersions);
        Assert.Equal(10, ParameterStore.MaxLabelsPerVersion);
    }

    [Fact]
    public void Iam_policy_sizes_attachments_names_and_sessions()
    {
        Assert.Equal(6144, Iam.ManagedPolicyMaxLength);
        Assert.Equal((2048, 5120, 10240), (Iam.UserInlinePoliciesMaxLength, Iam.GroupInlinePoliciesMaxLength, Iam.RoleInlinePoliciesMaxLength));
        Assert.Equal((10, 10), (Iam.ManagedPoliciesPerRoleQuota, Iam.ManagedPoliciesPerUserQuota));
        Assert.Equal((10, 10), (Iam.MaxManagedPoliciesPerGroup, Iam.MaxGroupsPerUser));
        Assert.Equal(300, Iam.GroupsPerAccountQuota);
        Assert.Equal(64, Iam.RoleNames.MaxLength);
        Assert.Equal("_+=,.@-", Iam.RoleNames.AllowedPunctuation);
        Assert.Equal("_+=,.@-", Iam.UserNames.AllowedPunctuation);
        Assert.Equal((1, 512), (Iam.Paths.MinLength, Iam.Paths.MaxLength));
        Assert.Equal(new Range<TimeSpan>(TimeSpan.FromHours(1), TimeSpan.FromHours(12), TimeSpan.FromHours(1)), Iam.MaxSessionDuration);
        Assert.Equal(TimeSpan.FromMinutes(15), Iam.SessionDurationMin);
        Assert.Equal(TimeSpan.FromHours(1), Iam.MaxRoleChainingSession);
    }

    [Fact]
    public void Iam_facts_join_the_existing_iam_class()
    {
        // The policy-element enums of notes/iam.md and the quotas of notes/iam-quotas.md share one class.
        Assert.Equal("Version", Iam.PolicyElements.Version);
        Assert.Equal("Sid", Iam.StatementElements.Sid);
        Assert.Equal(6144, Iam.ManagedPolicyMaxLength);
    }

    [Fact]
    public void Tag_limits()
    {
        Assert.Equal(50, Tags.MaxTagsPerResource);
        Assert.Equal((1, 128), (Tags.Keys.MinLength, Tags.Keys.MaxLength));
        Assert.Equal((0, 256), (Tags.Values.MinLength, Tags.Values.MaxLength));
        Assert.Equal("aws:", Tags.Keys.ReservedPrefix);
        Assert.Equal("_.:/=+-@", Tags.AllowedPunctuation);
    }

    [Fact]
    public void Cloudwatch_logs_limits_join_the_retention_facts()
    {
        Assert.Equal(DataSize.FromMegabytes(1), CloudWatchLogs.MaxEventSize);
        Assert.Equal(DataSize.FromBytes(1048576), CloudWatchLogs.MaxBatchSize);
        Assert.Equal(26, CloudWatchLogs.BatchOverheadPerEventBytes);
        Assert.Equal(10000, CloudWatchLogs.MaxEventsPerBatch);
        Assert.Equal(TimeSpan.FromHours(24), CloudWatchLogs.MaxBatchSpan);
        Assert.Equal(TimeSpan.FromDays(14), CloudWatchLogs.MaxEventAge);
        Assert.Equal(TimeSpan.FromHours(2), CloudWatchLogs.MaxEventTimeAhead);
        Assert.Equal((1, 512), (CloudWatchLogs.LogGroupNames.MinLength, CloudWatchLogs.LogGroupNames.MaxLength));
        Assert.Equal("._-/#", CloudWatchLogs.LogGroupNames.AllowedPunctuation);
        Assert.Equal((1, 512), (CloudWatchLogs.LogStreamNames.MinLength, CloudWatchLogs.LogStreamNames.MaxLength));
        Assert.Equal(":*", CloudWatchLogs.LogStreamNames.ForbiddenCharacters);
        Assert.Equal(100, CloudWatchLogs.MaxMetricFiltersPerLogGroup);
        Assert.Equal(2, CloudWatchLogs.MaxSubscriptionFiltersPerLogGroup);
        Assert.Contains(3653, CloudWatchLogs.RetentionValuesDays);
    }

    [Fact]
    public void The_log_event_size_keeps_its_old_value_as_history()
    {
        var fact = FactCatalog.Get("cloud-watch-logs.max-event-size");
        Assert.Equal(DataSize.FromMegabytes(1), fact.Value);
        Assert.Contains("256 KB until April 2025", fact.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kms.customer-managed-keys-quota", FactKind.DefaultQuota)]
    [InlineData("kms.max-encrypt-plaintext", FactKind.HardLimit)]
    [InlineData("iam.managed-policies-per-role-quota", FactKind.DefaultQuota)]
    [InlineData("iam.groups-per-account-quota", FactKind.DefaultQuota)]
    [InlineData("iam.managed-policy-max-length", FactKind.HardLimit)]
    [InlineData("iam.session-duration-default", FactKind.DefaultSetting)]
    [InlineData("tags.max-tags-per-resource", FactKind.HardLimit)]
    [InlineData("parameter-store.max-versions", FactKind.HardLimit)]
    [InlineData("cloud-watch-logs.max-event-size", FactKind.HardLimit)]
    public void Facts_state_their_kind(string id, FactKind kind)
        => Assert.Equal(kind, FactCatalog.Get(id).Kind);

    [Theory]
    [InlineData("AWS::IAM::Role.MaxSessionDuration", "iam.max-session-duration")]
    [InlineData("AWS::KMS::Alias.AliasName", "kms.alias-names.length")]
    [InlineData("AWS::SSM::Parameter.Value", "parameter-store.max-advanced-value-size")]
    [InlineData("AWS::SecretsManager::Secret.SecretString", "secrets-manager.max-secret-value-size")]
    [InlineData("AWS::Logs::LogGroup.LogGroupName", "cloud-watch-logs.log-group-names.length")]
    [InlineData("kms:Plaintext", "kms.max-encrypt-plaintext")]
    public void Bound_settings_find_their_fact(string setting, string id)
        => Assert.Contains(FactCatalog.FindByBinding(setting), f => f.Id == id);

    [Theory]
    [InlineData("kms encrypt", "kms.max-encrypt-plaintext")]
    [InlineData("kms key policy", "kms.max-key-policy-size")]
    [InlineData("kms alias", "kms.alias-names.length")]
    [InlineData("secrets manager value size", "secrets-manager.max-secret-value-size")]
    [InlineData("parameter store advanced", "parameter-store.max-advanced-value-size")]
    [InlineData("parameter store hierarchy", "parameter-store.max-hierarchy-depth-levels")]
    [InlineData("iam role inline policies", "iam.role-inline-policies-max-length")]
    [InlineData("iam session duration", "iam.max-session-duration")]
    [InlineData("tags per resource", "tags.max-tags-per-resource")]
    [InlineData("cloudwatch logs event size", "cloud-watch-logs.max-event-size")]
    [InlineData("cloudwatch logs batch", "cloud-watch-logs.max-events-per-batch")]
    public void Searches_by_service_and_topic_find_the_fact(string query, string id)
        => Assert.Contains(FactCatalog.Search(query).ToList(), f => f.Id == id);
}
