using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

/// <summary><c>standardLoopCharacteristics</c>: the activity runs again while its loop condition holds, at most loopMaximum times.</summary>
public sealed class StandardLoopTests : EngineTestBase
{
    private static string Review(string loopAttributes, string? condition) =>
        Start()
        + $"""<bpmn:userTask id="review" name="Thẩm định lại"><bpmn:standardLoopCharacteristics {loopAttributes}>{(condition is null ? "" : $"<bpmn:loopCondition>{condition}</bpmn:loopCondition>")}</bpmn:standardLoopCharacteristics></bpmn:userTask>"""
        + "\n" + Task("sign") + End() + Line("review", "sign");

    private static Dictionary<string, object?> Approved(bool value) => new() { ["approved"] = value };

    [Fact]
    public async Task The_task_comes_back_while_the_condition_holds_after_each_run()
    {
        var instance = await StartAsync(Review("", "${!approved}"), new Dictionary<string, object?> { ["approved"] = true });

        // Tested after the run: the first review happens although the condition does not hold at the start.
        OpenTaskIds(instance).Should().Equal("review");
        instance = await CompleteAsync(instance, "review", variables: Approved(false));
        OpenTaskIds(instance).Should().Equal("review");
        instance.Tasks.Count(t => t.ElementId == "review").Should().Be(2);
        instance = await CompleteAsync(instance, "review", variables: Approved(false));
        instance = await CompleteAsync(instance, "review", variables: Approved(true));

        OpenTaskIds(instance).Should().Equal("sign");
        instance.Tasks.Count(t => t.ElementId == "review").Should().Be(3);
        instance.MultiInstances.Should().BeEmpty();
    }

    [Fact]
    public async Task Testing_before_skips_the_task_when_the_condition_does_not_hold_at_the_start()
    {
        var instance = await StartAsync(Review("""testBefore="true" """, "${!approved}"), new Dictionary<string, object?> { ["approved"] = true });

        OpenTaskIds(instance).Should().Equal("sign");
        instance.Tasks.Should().NotContain(t => t.ElementId == "review");
    }

    [Fact]
    public async Task LoopMaximum_ends_the_loop_even_while_the_condition_holds()
    {
        var instance = await StartAsync(Review("""loopMaximum="2" """, "${!approved}"), new Dictionary<string, object?> { ["approved"] = false });

        instance = await CompleteAsync(instance, "review", variables: Approved(false));
        instance = await CompleteAsync(instance, "review", variables: Approved(false));

        OpenTaskIds(instance).Should().Equal("sign");
        instance.Tasks.Count(t => t.ElementId == "review").Should().Be(2);
    }

    [Fact]
    public async Task A_loop_marker_without_a_condition_runs_once_as_in_Camunda()
    {
        var instance = await StartAsync(Review("", null));

        instance = await CompleteAsync(instance, "review");

        OpenTaskIds(instance).Should().Equal("sign");
        (await CompleteAsync(instance, "sign")).Status.Should().Be(WorkflowStatus.Completed);
    }
}
