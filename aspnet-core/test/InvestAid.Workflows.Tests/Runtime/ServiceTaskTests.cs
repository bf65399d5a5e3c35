using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

public sealed class ServiceTaskTests : EngineTestBase
{
    private const string SetStatus = """
        <bpmn:serviceTask id="setStatus" ia:handler="project.setStatus">
          <bpmn:extensionElements>
            <camunda:inputOutput>
              <camunda:inputParameter name="status">Approved</camunda:inputParameter>
              <camunda:inputParameter name="amount">${capital * 2}</camunda:inputParameter>
            </camunda:inputOutput>
          </bpmn:extensionElements>
        </bpmn:serviceTask>
        """;

    [Fact]
    public async Task Calls_the_named_handler_with_evaluated_inputs_and_keeps_what_it_sets()
    {
        var handler = new RecordingHandler("project.setStatus", c => c.SetVariable("statusSetAt", "2026-03-02"));
        Handlers.Add(handler);

        var result = await Engine.StartAsync(Deploy(Start() + SetStatus + "\n" + End() + Line("setStatus")), "project-42",
            new Dictionary<string, object?> { ["capital"] = 150_000 });

        var call = handler.Calls.Should().ContainSingle().Subject;
        call.BusinessKey.Should().Be("project-42");
        call.Inputs["status"]!.GetValue<string>().Should().Be("Approved");
        call.Inputs["amount"]!.GetValue<int>().Should().Be(300_000);
        result.Instance.Variables["statusSetAt"]!.GetValue<string>().Should().Be("2026-03-02");
        result.Effects.OfType<ServiceTaskInvoked>().Should().ContainSingle(e => e.Handler == "project.setStatus");
    }

    [Fact]
    public async Task An_unregistered_handler_fails_the_command()
    {
        var act = () => Engine.StartAsync(Deploy(Start() + SetStatus + "\n" + End() + Line("setStatus")), "p", new Dictionary<string, object?> { ["capital"] = 1 });

        (await act.Should().ThrowAsync<ServiceTaskHandlerNotFoundException>()).Which.Handler.Should().Be("project.setStatus");
    }
}
