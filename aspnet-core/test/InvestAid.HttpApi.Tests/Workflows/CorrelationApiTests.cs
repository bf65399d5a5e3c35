using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.TestBase;
using InvestAid.Workflows;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>POST /workflow-messages correlates by business key; POST /workflow-signals reaches every waiting instance.</summary>
public sealed class CorrelationApiTests(ApiFactory factory)
{
    private const string PayCondition = "#{kind == 'pay'}";

    private static string Model(string key) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
        <bpmn:message id="m" name="paid-{key}" /><bpmn:signal id="s" name="close-{key}" />
        <bpmn:process id="{key}" isExecutable="true">
          <bpmn:startEvent id="start" />
          <bpmn:exclusiveGateway id="route" default="toSignal" />
          <bpmn:receiveTask id="awaitPayment" messageRef="m" />
          <bpmn:intermediateCatchEvent id="awaitClose"><bpmn:signalEventDefinition signalRef="s" /></bpmn:intermediateCatchEvent>
          <bpmn:endEvent id="e1" /><bpmn:endEvent id="e2" />
          <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="route" />
          <bpmn:sequenceFlow id="toPayment" sourceRef="route" targetRef="awaitPayment"><bpmn:conditionExpression>{PayCondition}</bpmn:conditionExpression></bpmn:sequenceFlow>
          <bpmn:sequenceFlow id="toSignal" sourceRef="route" targetRef="awaitClose" />
          <bpmn:sequenceFlow id="f4" sourceRef="awaitPayment" targetRef="e1" /><bpmn:sequenceFlow id="f5" sourceRef="awaitClose" targetRef="e2" />
        </bpmn:process></bpmn:definitions>
        """;

    [Fact]
    public async Task A_message_reaches_the_instance_with_its_business_key_and_a_signal_every_waiting_instance()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("corr");
        await officer.PublishAsync(Model(key));
        JsonElement Kind(string k) => JsonSerializer.SerializeToElement(k);
        var payA = await officer.StartAsync(new StartInstanceRequest(key, "A", new() { ["kind"] = Kind("pay") }));
        var payB = await officer.StartAsync(new StartInstanceRequest(key, "B", new() { ["kind"] = Kind("pay") }));
        var closeC = await officer.StartAsync(new StartInstanceRequest(key, "C", new() { ["kind"] = Kind("close") }));

        var correlated = await officer.PostAsJsonAsync("/api/v1/workflow-messages", new CorrelateMessageRequest($"paid-{key}", "B"), Ct);
        correlated.StatusCode.Should().Be(HttpStatusCode.OK, await correlated.Content.ReadAsStringAsync(Ct));
        (await correlated.Content.ReadFromJsonAsync<WorkflowInstanceDto>(Ct))!.Id.Should().Be(payB.Id);
        (await officer.GetInstanceAsync(payB.Id)).Status.Should().Be("Completed");
        (await officer.GetInstanceAsync(payA.Id)).Status.Should().Be("Running");

        var unknown = await officer.PostAsJsonAsync("/api/v1/workflow-messages", new CorrelateMessageRequest($"paid-{key}", "Z"), Ct);
        unknown.StatusCode.Should().Be(HttpStatusCode.Conflict);

        var signalled = await officer.PostAsJsonAsync("/api/v1/workflow-signals", new ThrowSignalRequest($"close-{key}"), Ct);
        signalled.StatusCode.Should().Be(HttpStatusCode.OK, await signalled.Content.ReadAsStringAsync(Ct));
        (await officer.GetInstanceAsync(closeC.Id)).Status.Should().Be("Completed");
    }
}
