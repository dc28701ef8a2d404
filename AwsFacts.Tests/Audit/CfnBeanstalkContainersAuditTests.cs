using System;
using System.Linq;
using System.Reflection;

namespace AwsFacts.Tests.Audit;

/// <summary>
/// The accuracy audit (shared/reference/accuracy-audit-2026-11.md), items 1–36: CloudFormation, Elastic Beanstalk,
/// CloudFront and containers. One test per item whose value or set changed.
/// </summary>
public class CfnBeanstalkContainersAuditTests
{
    private static bool IsObsolete(Type type, string member)
    {
        var info = (MemberInfo?)type.GetField(member) ?? type.GetProperty(member);
        Assert.NotNull(info);
        return info!.GetCustomAttribute<ObsoleteAttribute>() is not null;
    }

    private static bool Exists(string typeName) => typeof(Fact).Assembly.GetType("AwsFacts." + typeName) is not null;

    [Fact]
    public void Item_1_2_app_versions_are_a_per_Region_quota_and_the_old_names_are_obsolete_aliases()
    {
        Assert.Equal(1000, Beanstalk.AppVersionsPerRegionQuota);
        Assert.True(IsObsolete(typeof(Beanstalk), "MaxAppVersionsPerRegion"));
        Assert.True(IsObsolete(typeof(Beanstalk), "MaxAppVersionsPerAccount"));
        Assert.Contains("Region", FactCatalog.FindByMember("Beanstalk.AppVersionsPerRegionQuota")!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_6_deployment_policies_are_the_five_API_values_without_blue_green()
    {
        Assert.Equal(new[] { "AllAtOnce", "Rolling", "RollingWithAdditionalBatch", "Immutable", "TrafficSplitting" }, Beanstalk.DeploymentPolicies.All);
        Assert.Equal(Beanstalk.DeploymentPolicy.AllAtOnce, Beanstalk.DeploymentPolicies.Default);
        Assert.True(Beanstalk.DeploymentPolicies.TryParse("RollingWithAdditionalBatch", out var policy));
        Assert.Equal(Beanstalk.DeploymentPolicy.RollingWithAdditionalBatch, policy);
        Assert.False(Beanstalk.DeploymentPolicies.TryParse("Blue/Green", out _));
        Assert.Null(typeof(Beanstalk).GetField("DeploymentModes"));
        Assert.False(Exists("Beanstalk+DeploymentMode"));
    }

    [Fact]
    public void Item_9_import_value_says_same_Region_only()
    {
        Assert.Equal("Fn::ImportValue", CloudFormation.ImportFunction);
        Assert.Contains("same Region", FactCatalog.FindByMember("CloudFormation.ImportFunction")!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_13_missing_capability_error_names_both_spellings()
    {
        Assert.Equal("InsufficientCapabilitiesException", CloudFormation.MissingCapabilityError);
        Assert.Contains("the API reference calls the error InsufficientCapabilities", FactCatalog.FindByMember("CloudFormation.MissingCapabilityError")!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_15_parameter_types_are_the_literal_types_with_List_Number()
    {
        Assert.Equal(new[] { "String", "Number", "List<Number>", "CommaDelimitedList" }, CloudFormation.ParameterTypes.All);
        Assert.True(CloudFormation.ParameterTypes.TryParse("List<Number>", out var type));
        Assert.Equal(CloudFormation.ParameterType.ListNumber, type);
        Assert.DoesNotContain("AWS-specific", CloudFormation.ParameterTypes.All);
        Assert.DoesNotContain("SSM Parameter", CloudFormation.ParameterTypes.All);
    }

    [Fact]
    public void Item_16_parameter_validations_are_the_real_properties()
    {
        Assert.Equal(
            new[] { "AllowedPattern", "AllowedValues", "ConstraintDescription", "MaxLength", "MaxValue", "MinLength", "MinValue" },
            CloudFormation.ParameterValidations.All);
        Assert.DoesNotContain("Min/Max", CloudFormation.ParameterValidations.All);
        Assert.DoesNotContain("NoEcho", CloudFormation.ParameterValidations.All);
    }

    [Fact]
    public void Item_17_condition_functions_include_Fn_If()
    {
        Assert.Contains("Fn::If", CloudFormation.ConditionFunctions.All);
        Assert.Equal(5, CloudFormation.ConditionFunctions.All.Count);
    }

    [Fact]
    public void Item_19_20_deletion_policies_include_RetainExceptOnCreate_and_claim_no_single_default()
    {
        Assert.Equal(new[] { "Delete", "Retain", "RetainExceptOnCreate", "Snapshot" }, CloudFormation.DeletionPolicies.All);
        Assert.Null(typeof(CloudFormation.DeletionPolicies).GetField("Default"));
    }

    [Fact]
    public void Item_21_22_intrinsic_functions_are_complete()
    {
        Assert.Equal(
            new[]
            {
                "Fn::Base64", "Fn::Cidr", "Fn::FindInMap", "Fn::ForEach", "Fn::GetAtt", "Fn::GetAZs", "Fn::GetStackOutput", "Fn::ImportValue",
                "Fn::Join", "Fn::Length", "Fn::Select", "Fn::Split", "Fn::Sub", "Fn::ToJsonString", "Fn::Transform", "Ref",
            },
            CloudFormation.IntrinsicFunctionNames.All);
        var shortForms = CloudFormation.IntrinsicFunctions.All.Concat(CloudFormation.ConditionShortForms.All).Concat(CloudFormation.OtherShortForms.All).ToArray();
        foreach (var tag in new[] { "!GetAZs", "!GetStackOutput", "!Transform", "!If", "!Ref", "!Cidr" })
        {
            Assert.Contains(tag, shortForms);
        }

        Assert.Equal(shortForms.Length, shortForms.Distinct().Count());
    }

    [Fact]
    public void Item_24_the_60_characters_cover_the_whole_custom_type_name()
    {
        Assert.Equal(60, CloudFormation.CustomResourceTypes.NameMaxLength);
        Assert.Contains("whole type name", FactCatalog.FindByMember("CloudFormation.CustomResourceTypes.NameMaxLength")!.Sentence, StringComparison.Ordinal);
        var sixty = "Custom::" + new string('a', 60 - "Custom::".Length);
        Assert.True(CloudFormation.ResourceTypes.IsValid(sixty.AsSpan()));
        Assert.False(CloudFormation.ResourceTypes.IsValid((sixty + "a").AsSpan()));
    }

    [Fact]
    public void Item_26_the_CloudFront_comparison_is_prose()
    {
        Assert.False(Exists("CloudFront"));
        Assert.DoesNotContain(FactCatalog.All, f => f.Source.EndsWith("cloudfront.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Item_27_dynamic_host_port_is_bridge_mode_only()
    {
        Assert.Equal(0, Ecs.DynamicHostPort);
        Assert.Contains("bridge network mode only", FactCatalog.FindByMember("Ecs.DynamicHostPort")!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_29_31_ephemeral_storage_is_one_setting_of_21_to_200_GiB_with_a_20_GiB_default()
    {
        Assert.Equal(new Range<DataSize>(DataSize.FromGigabytes(21), DataSize.FromGigabytes(200)), Ecs.FargateEphemeralStorage);
        Assert.Equal(21, Ecs.FargateEphemeralStorageMinGb);
        Assert.Equal(200, Ecs.FargateEphemeralStorageMaxGb);
        Assert.False(Ecs.FargateEphemeralStorage.Validate(DataSize.FromGigabytes(20)).IsValid);
        Assert.True(IsObsolete(typeof(Ecs), "FargateEphemeralStorageConfigurable"));
        Assert.True(IsObsolete(typeof(Ecs), "FargateEphemeralStorageConfigurableMinGb")); // the generator aliases every sibling
        Assert.Equal(21, (int)typeof(Ecs).GetField("FargateEphemeralStorageConfigurableMinGb")!.GetValue(null)!);
        Assert.Equal(DataSize.FromGigabytes(20), Ecs.FargateEphemeralStorageDefault);
    }

    [Fact]
    public void Item_32_service_scaling_types_are_the_policy_types_with_predictive()
    {
        Assert.Equal(new[] { "TargetTrackingScaling", "StepScaling", "PredictiveScaling" }, Ecs.ServiceScalingTypes.All);
    }

    [Fact]
    public void Item_35_EKS_node_types_are_prose()
    {
        Assert.False(Exists("Eks+NodeType"));
        Assert.False(Exists("Eks+NodeTypes"));
    }

    [Fact]
    public void Item_36_launch_types_are_the_API_values_with_EXTERNAL()
    {
        Assert.Equal(new[] { "EC2", "FARGATE", "EXTERNAL" }, Ecs.LaunchTypes.All);
        Assert.Equal("EXTERNAL", Ecs.LaunchTypes.ToAwsName(Ecs.LaunchType.External));
    }
}
