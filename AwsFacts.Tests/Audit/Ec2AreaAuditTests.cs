using System;
using System.Linq;
using System.Reflection;

namespace AwsFacts.Tests.Audit;

/// <summary>
/// Audit items #37–#66 (notes/databases.md, ec2-storage.md, ec2.md, elb-asg.md) of
/// shared/reference/accuracy-audit-2026-11.md, as corrected for issue #12.
/// </summary>
public class Ec2AreaAuditTests
{
    private static ObsoleteAttribute? ObsoleteOf(Type type, string member)
        => type.GetField(member, BindingFlags.Public | BindingFlags.Static) is { } field
            ? (ObsoleteAttribute?)Attribute.GetCustomAttribute(field, typeof(ObsoleteAttribute))
            : null;

    private static bool Exists(Type type, string member)
        => type.GetMember(member, BindingFlags.Public | BindingFlags.Static).Length > 0;

    // #37: 256 TiB on current engine versions (128 TiB / 64 TiB are history).
    [Fact]
    public void Item37_aurora_storage_grows_to_256_tib()
    {
        Assert.Equal(256L * 1024 * 1024 * 1024 * 1024, Aurora.StorageMaxBytes);
        Assert.Equal(DataSize.FromBytes(256L * 1024 * 1024 * 1024 * 1024), Aurora.Storage.Max);
        Assert.Equal(10L * 1024 * 1024 * 1024, Aurora.StorageMinBytes);
    }

    // #43: 30 s is typical, not a maximum.
    [Fact]
    public void Item43_aurora_failover_is_a_typical_figure()
    {
        Assert.Equal(30, Aurora.FailoverTypicalSeconds);
        Assert.Equal(TimeSpan.FromSeconds(30), Aurora.FailoverTypical);
        Assert.False(Exists(typeof(Aurora), "FailoverMax"));
#pragma warning disable CS0618 // the old name still compiles, and says it is obsolete
        Assert.Equal(Aurora.FailoverTypicalSeconds, Aurora.FailoverMaxSeconds);
#pragma warning restore CS0618
        Assert.Contains("FailoverTypicalSeconds", ObsoleteOf(typeof(Aurora), "FailoverMaxSeconds")!.Message, StringComparison.Ordinal);
    }

    // #44: the study-note list of cache strategies was not an AWS enumeration.
    [Fact]
    public void Item44_cache_strategies_are_no_longer_an_enum()
        => Assert.Null(typeof(Sqs).Assembly.GetType("AwsFacts.ElastiCache+CacheStrategy"));

    // #45: the 30 GB/month free tier is gone for new accounts; no member states it.
    [Fact]
    public void Item45_ebs_free_tier_is_prose()
        => Assert.False(Exists(typeof(Ebs), "FreeTierGbPerMonth"));

    // #46: up to 75 percent (an upper bound), with a 90-day minimum archive period.
    [Fact]
    public void Item46_snapshot_archive_saving_is_an_upper_bound()
    {
        Assert.Equal(75, Ebs.ArchiveSavingMaxPercent);
        Assert.Equal(90, Ebs.ArchiveMinimumPeriodDays);
        Assert.Equal(TimeSpan.FromDays(90), Ebs.ArchiveMinimumPeriod);
#pragma warning disable CS0618
        Assert.Equal(75, Ebs.ArchiveSavingPercent);
#pragma warning restore CS0618
        Assert.NotNull(ObsoleteOf(typeof(Ebs), "ArchiveSavingPercent"));
    }

    // #47, #48: unchanged values, now with their scope and bindings.
    [Fact]
    public void Item47_48_multi_attach_and_volume_types()
    {
        Assert.Equal(16, Ebs.MultiAttachMaxEc2Instances);
        Assert.Equal(new[] { "gp2", "gp3", "io1", "io2", "st1", "sc1", "standard" }, Ebs.VolumeTypes.All);
        Assert.Contains("Nitro", FactCatalog.Get("ebs.multi-attach-max-ec2-instances").Sentence, StringComparison.Ordinal);
    }

    // #49–#54: ports; FTP's 21 is the control connection, SFTP shares 22 with SSH (decision: Sftp kept).
    [Fact]
    public void Item49_54_ports()
    {
        Assert.Equal((22, 3389, 21, 22, 80, 443), (Ec2.Ports.Ssh, Ec2.Ports.Rdp, Ec2.Ports.Ftp, Ec2.Ports.Sftp, Ec2.Ports.Http, Ec2.Ports.Https));
        Assert.Equal(Ec2.Ports.Ssh, Ec2.Ports.Sftp);
    }

    // #55: Reserved Instance terms are the set {1, 3} years, not the range [1, 3].
    [Fact]
    public void Item55_reserved_terms_are_a_set()
    {
        Assert.Equal(new[] { 1, 3 }, Ec2.ReservedTermYears);
        Assert.DoesNotContain(2, Ec2.ReservedTermYears);
        Assert.Equal(new[] { 31_536_000L, 94_608_000L }, Ec2.ReservedTermYears.Select(y => y * 365L * 24 * 60 * 60));
        Assert.False(Exists(typeof(Ec2), "ReservedTerm"));
        Assert.False(Exists(typeof(Ec2), "ReservedTermMinYears"));
        Assert.False(Exists(typeof(Ec2), "ReservedTermMaxYears"));
    }

    // #56: q (Qualcomm inference accelerators) was missing from the single-letter options.
    [Fact]
    public void Item56_attribute_letters_include_q()
    {
        Assert.Equal(new[] { "a", "g", "i", "d", "n", "z", "e", "b", "q" }, Ec2.InstanceTypes.AttributeLetters.All);
        Assert.Equal(Ec2.InstanceTypes.AttributeLetter.Q, Ec2.InstanceType.Parse("dl2q.24xlarge").AttributeLetters.Single());
    }

    // #57: sizes beyond the named ones parse (multiples of xlarge, metal-Nxl).
    [Theory]
    [InlineData("m8i.96xlarge", 96, false)]
    [InlineData("m8i.metal-96xl", 96, true)]
    [InlineData("u7in-16tb.224xlarge", 224, false)]
    [InlineData("u7inh-32tb.480xlarge", 480, false)]
    public void Item57_sizes_beyond_the_enum_parse(string name, int multiplier, bool metal)
    {
        var type = Ec2.InstanceType.Parse(name);
        Assert.Equal((multiplier, metal), (type.SizeMultiplier!.Value, type.IsMetal));
    }

    // #58: High-Performance Computing is a category; Category says only what the series names.
    [Fact]
    public void Item58_hpc_category_and_unknown_is_null()
    {
        Assert.Equal(Ec2.InstanceCategory.HighPerformanceComputing, Ec2.InstanceType.Parse("hpc7g.16xlarge").Category);
        Assert.Null(Ec2.InstanceType.Parse("g7e.2xlarge").Category);
    }

    // #59–#63: the example family lists are no longer enums.
    [Theory]
    [InlineData("GeneralPurposeFamily")]
    [InlineData("ComputeOptimizedFamily")]
    [InlineData("MemoryOptimizedFamily")]
    [InlineData("StorageOptimizedFamily")]
    [InlineData("AcceleratedComputingFamily")]
    public void Item59_63_family_examples_are_not_enums(string name)
    {
        Assert.Null(typeof(Ec2.InstanceTypes).GetNestedType(name));
        Assert.Null(typeof(Ec2.InstanceTypes).GetNestedType(name.Replace("Family", "Families")));
    }

    // #64: two AZs is a hard rule for ALB subnets only.
    [Fact]
    public void Item64_two_azs_is_scoped_to_alb_subnets()
    {
        Assert.Equal(2, ElbAsg.AlbSubnetsMinAzs);
#pragma warning disable CS0618
        Assert.Equal(2, ElbAsg.HighAvailabilityMinAzs);
#pragma warning restore CS0618
        Assert.Contains("AlbSubnetsMinAzs", ObsoleteOf(typeof(ElbAsg), "HighAvailabilityMinAzs")!.Message, StringComparison.Ordinal);
        Assert.Contains("NLB", FactCatalog.Get("elb-asg.alb-subnets-min-azs").Sentence, StringComparison.Ordinal);
    }

    // #65: the cookie types' spellings are the values of the ALB target-group attribute stickiness.type.
    [Fact]
    public void Item65_sticky_cookie_types_are_the_api_values()
    {
        Assert.Equal(new[] { "app_cookie", "lb_cookie" }, ElbAsg.StickyCookieTypes.All);
        Assert.True(ElbAsg.StickyCookieTypes.TryParse("lb_cookie", out var lb));
        Assert.Equal(ElbAsg.StickyCookieType.LbCookie, lb);
        Assert.False(ElbAsg.StickyCookieTypes.TryParse("Duration-based", out _));
    }

    // #66: scaling policy types with their API spellings; scheduled scaling is not a policy type.
    [Fact]
    public void Item66_scaling_policy_types_are_the_api_values()
    {
        Assert.Equal(new[] { "SimpleScaling", "StepScaling", "TargetTrackingScaling", "PredictiveScaling" }, ElbAsg.ScalingPolicyTypes.All);
        Assert.True(ElbAsg.ScalingPolicyTypes.TryParse("PredictiveScaling", out var predictive));
        Assert.Equal(ElbAsg.ScalingPolicyType.PredictiveScaling, predictive);
        Assert.False(ElbAsg.ScalingPolicyTypes.TryParse("scheduled", out _));
        Assert.Null(typeof(ElbAsg).GetNestedType("ScalingPolicy"));
    }
}
