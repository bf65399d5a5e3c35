using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;

namespace InvestAid.Workflows.Camunda;

/// <summary>Messages reach the one waiting instance by business key or correlation variables; signals reach all.</summary>
public sealed class CorrelationTests : EngineTestBase
{
    private const string Model = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
        <bpmn:message id="m" name="paid" /><bpmn:signal id="s" name="closeAll" />
        <bpmn:process id="p" isExecutable="true">
          <bpmn:startEvent id="start" /><bpmn:parallelGateway id="fork" />
          <bpmn:receiveTask id="awaitPayment" messageRef="m" />
          <bpmn:intermediateCatchEvent id="awaitClose"><bpmn:signalEventDefinition signalRef="s" /></bpmn:intermediateCatchEvent>
          <bpmn:endEvent id="e1" /><bpmn:endEvent id="e2" />
          <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fork" /><bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="awaitPayment" />
          <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="awaitClose" /><bpmn:sequenceFlow id="f4" sourceRef="awaitPayment" targetRef="e1" />
          <bpmn:sequenceFlow id="f5" sourceRef="awaitClose" targetRef="e2" />
        </bpmn:process></bpmn:definitions>
        """;

    [Fact]
    public async Task Message_goes_to_the_instance_with_the_business_key_or_matching_variables_and_a_signal_to_all()
    {
        var definition = Definitions.Publish(new BpmnParser().Parse(Model));
        var store = new InMemoryWorkflowStore();
        var service = new WorkflowService(Engine, store, Definitions);
        var a = (await service.StartAsync(definition, "A", new Dictionary<string, object?> { ["invoice"] = "INV-1" })).Instance.Id;
        var b = (await service.StartAsync(definition, "B", new Dictionary<string, object?> { ["invoice"] = "INV-2" })).Instance.Id;

        var ambiguous = () => service.CorrelateMessageAsync("paid", null, null, null);
        (await ambiguous.Should().ThrowAsync<MessageNotCorrelatedException>()).Which.Matches.Should().Be(2);

        (await service.CorrelateMessageAsync("paid", "B", null, null)).Instance.Id.Should().Be(b);
        (await service.CorrelateMessageAsync("paid", null, new Dictionary<string, object?> { ["invoice"] = "INV-1" }, null)).Instance.Id.Should().Be(a);
        var none = () => service.CorrelateMessageAsync("paid", "A", null, null);
        (await none.Should().ThrowAsync<MessageNotCorrelatedException>()).Which.Matches.Should().Be(0);

        (await service.BroadcastSignalAsync("closeAll", null)).Should().HaveCount(2);
        (await store.FindAsync(a))!.Status.Should().Be(WorkflowStatus.Completed);
        (await store.FindAsync(b))!.Status.Should().Be(WorkflowStatus.Completed);
    }
}
