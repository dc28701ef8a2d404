using System;
using System.Linq;

namespace AwsFacts.Tests.Library;

/// <summary>The serverless limits people hit (issue #15): Lambda, API Gateway, Step Functions and EventBridge.</summary>
public class ServerlessFactsTests
{
    [Fact]
    public void Lambda_function_configuration()
    {
        Assert.Equal(new Range<TimeSpan>(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(3)), Lambda.Timeout);
        Assert.Equal((1, 900, 3), (Lambda.TimeoutMinSeconds, Lambda.TimeoutMaxSeconds, Lambda.TimeoutDefaultSeconds));
        Assert.Equal(new Range<DataSize>(DataSize.FromMegabytes(128), DataSize.FromMegabytes(10240), DataSize.FromMegabytes(128)), Lambda.MemorySize);
        Assert.Equal(DataSize.FromMegabytes(1), Lambda.MemoryIncrement);
        Assert.Equal((512, 10240, 512), (Lambda.EphemeralStorageMinMb, Lambda.EphemeralStorageMaxMb, Lambda.EphemeralStorageDefaultMb));
        Assert.Equal(64, Lambda.FunctionNames.MaxLength);
    }

    [Fact]
    public void Lambda_payloads_deployment_and_quotas()
    {
        Assert.Equal(DataSize.FromMegabytes(6), Lambda.MaxSynchronousPayload);
        Assert.Equal(DataSize.FromMegabytes(1), Lambda.MaxAsynchronousPayload);
        Assert.Equal(5, Lambda.MaxLayersPerFunction);
        Assert.Equal(DataSize.FromMegabytes(250), Lambda.MaxUnzippedCodeSize);
        Assert.Equal(DataSize.FromMegabytes(50), Lambda.MaxZippedCodeSize);
        Assert.Equal(DataSize.FromGigabytes(10), Lambda.MaxContainerImageSize);
        Assert.Equal(DataSize.FromKilobytes(4), Lambda.MaxEnvironmentVariablesSize);
        Assert.Equal(1000, Lambda.ConcurrentExecutionsQuota);
        Assert.Equal(DataSize.FromGigabytes(75), Lambda.CodeStorageQuota);
    }

    [Fact]
    public void Lambda_asynchronous_payload_keeps_its_old_value_as_history()
    {
        var fact = FactCatalog.Get("lambda.max-asynchronous-payload");
        Assert.Equal(DataSize.FromMegabytes(1), fact.Value);
        Assert.Contains("256 KB", fact.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_gateway_quotas()
    {
        Assert.Equal(10000, ApiGateway.ThrottleQuotaPerSecond);
        Assert.Equal(new Range<TimeSpan>(TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(29)), ApiGateway.RestApi.IntegrationTimeoutQuota);
        Assert.Equal(TimeSpan.FromSeconds(30), ApiGateway.HttpApi.MaxIntegrationTimeout);
        Assert.Equal(DataSize.FromMegabytes(10), ApiGateway.HttpApi.MaxPayloadSize);
        Assert.Equal(DataSize.FromKilobytes(32), ApiGateway.WebSocketApi.MaxFrameSize);
        Assert.Equal(DataSize.FromKilobytes(128), ApiGateway.WebSocketApi.MaxMessagePayloadSize);
        Assert.Equal(TimeSpan.FromHours(2), ApiGateway.WebSocketApi.MaxConnectionDuration);
        Assert.Equal(TimeSpan.FromMinutes(10), ApiGateway.WebSocketApi.IdleConnectionTimeout);
    }

    [Fact]
    public void Step_functions_limits()
    {
        Assert.Equal((1, 80), (StepFunctions.StateMachineNames.MinLength, StepFunctions.StateMachineNames.MaxLength));
        Assert.Equal(DataSize.FromKilobytes(256), StepFunctions.MaxPayloadSize);
        Assert.Equal(262144L, StepFunctions.MaxPayloadSize.Bytes);
        Assert.Equal(TimeSpan.FromDays(365), StepFunctions.MaxStandardExecutionTime);
        Assert.Equal(TimeSpan.FromMinutes(5), StepFunctions.MaxExpressExecutionTime);
        Assert.Equal(25000, StepFunctions.MaxExecutionHistoryEvents);
    }

    [Fact]
    public void Eventbridge_limits()
    {
        Assert.Equal(DataSize.FromMegabytes(1), EventBridge.MaxEventEntrySize);
        Assert.Equal(5, EventBridge.MaxTargetsPerRule);
        Assert.Equal(300, EventBridge.RulesPerEventBusQuota);
    }

    [Fact]
    public void Quotas_say_so_and_hard_limits_too()
    {
        Assert.Equal(FactKind.DefaultQuota, FactCatalog.Get("lambda.concurrent-executions-quota").Kind);
        Assert.Equal(FactKind.DefaultQuota, FactCatalog.Get("api-gateway.throttle-quota-per-second").Kind);
        Assert.Equal(FactKind.DefaultQuota, FactCatalog.Get("event-bridge.rules-per-event-bus-quota").Kind);
        Assert.Equal(FactKind.HardLimit, FactCatalog.Get("lambda.timeout").Kind);
        Assert.Equal(FactKind.HardLimit, FactCatalog.Get("api-gateway.web-socket-api.idle-connection-timeout").Kind);
    }

    [Theory]
    [InlineData("AWS::Lambda::Function.Timeout", "lambda.timeout")]
    [InlineData("AWS::Lambda::Function.MemorySize", "lambda.memory-size")]
    [InlineData("AWS::Lambda::Function.EphemeralStorage.Size", "lambda.ephemeral-storage")]
    [InlineData("AWS::Lambda::Function.FunctionName", "lambda.function-names.max-length")]
    [InlineData("lambda:Timeout", "lambda.timeout")]
    [InlineData("AWS::StepFunctions::StateMachine.StateMachineName", "step-functions.state-machine-names.length")]
    [InlineData("AWS::ApiGateway::Method.Integration.TimeoutInMillis", "api-gateway.rest-api.integration-timeout-quota")]
    public void Settings_find_their_fact(string setting, string id)
        => Assert.Equal(id, Assert.Single(FactCatalog.FindByBinding(setting)).Id);

    [Fact]
    public void Lambda_bindings_carry_their_units()
    {
        var memory = FactCatalog.Get("lambda.memory-size").Bindings.Single(b => b.Kind == FactBindingKind.CloudFormation);
        Assert.Equal("MB", memory.Unit);
        Assert.Equal(3, FactCatalog.FindByTarget("AWS::Lambda::Function").Count(f => f.Bindings.Any(b => b.Unit.Length > 0)));
    }

    [Theory]
    [InlineData("lambda timeout", "lambda.timeout")]
    [InlineData("lambda memory", "lambda.memory-size")]
    [InlineData("lambda ephemeral storage", "lambda.ephemeral-storage")]
    [InlineData("lambda asynchronous payload", "lambda.max-asynchronous-payload")]
    [InlineData("lambda concurrent executions", "lambda.concurrent-executions-quota")]
    [InlineData("lambda layers", "lambda.max-layers-per-function")]
    [InlineData("api gateway throttle", "api-gateway.throttle-quota-per-second")]
    [InlineData("api gateway integration timeout", "api-gateway.rest-api.integration-timeout-quota")]
    [InlineData("websocket frame size", "api-gateway.web-socket-api.max-frame-size")]
    [InlineData("step functions payload", "step-functions.max-payload-size")]
    [InlineData("step functions name", "step-functions.state-machine-names.length")]
    [InlineData("step functions express execution time", "step-functions.max-express-execution-time")]
    [InlineData("step functions execution history", "step-functions.max-execution-history-events")]
    [InlineData("lambda environment variables", "lambda.max-environment-variables-size")]
    [InlineData("lambda container image", "lambda.max-container-image-size")]
    [InlineData("eventbridge event entry size", "event-bridge.max-event-entry-size")]
    [InlineData("eventbridge targets per rule", "event-bridge.max-targets-per-rule")]
    public void Searches_by_service_and_topic_find_the_fact(string query, string id)
        => Assert.Contains(id, FactCatalog.Search(query).Select(f => f.Id));
}
