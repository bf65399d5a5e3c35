using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

/// <summary>Consultation of several agencies at once (parallel) or in turn (sequential).</summary>
public sealed class MultiInstanceTests : EngineTestBase
{
    private static readonly Dictionary<string, object?> Agencies = new() { ["agencies"] = new[] { "finance", "police", "foreign-affairs" } };

    private static string Consultation(bool sequential, string? completion = null) =>
        Start() + $"""
        <bpmn:userTask id="consult" camunda:candidateGroups="${'{'}agency{'}'}" ia:outcomes="agree,object">
          <bpmn:multiInstanceLoopCharacteristics isSequential="{(sequential ? "true" : "false")}" camunda:collection="agencies" camunda:elementVariable="agency">
            {(completion is null ? "" : $"<bpmn:completionCondition>{completion}</bpmn:completionCondition>")}
          </bpmn:multiInstanceLoopCharacteristics>
        </bpmn:userTask>
        """ + "\n" + Task("appraise") + End() + Line("consult", "appraise");

    private async Task<WorkflowInstance> AnswerAsync(WorkflowInstance instance, string agency, string outcome = "agree")
    {
        var task = instance.Tasks.Single(t => t.Status == WorkflowTaskStatus.Open && t.CandidateGroups.Contains(agency));
        return (await Engine.CompleteTaskAsync(instance, task.Id, new Actor("clerk", agency), outcome)).Instance;
    }

    [Fact]
    public async Task Parallel_creates_one_task_per_element_with_its_own_element_variable()
    {
        var instance = await StartAsync(Consultation(sequential: false), Agencies);

        var tasks = instance.Tasks.Where(t => t.ElementId == "consult").ToList();
        tasks.Select(t => t.CandidateGroups.Single()).Should().Equal("finance", "police", "foreign-affairs");
        tasks.Select(t => t.LocalVariables["agency"]!.GetValue<string>()).Should().Equal("finance", "police", "foreign-affairs");
        tasks.Select(t => t.MultiInstanceIndex).Should().Equal(0, 1, 2);
        instance.Variables.ContainsKey("agency").Should().BeFalse();
        instance.MultiInstances.Single().Should().Match<MultiInstanceState>(m => m.NrOfInstances == 3 && m.NrOfActiveInstances == 3);

        instance = await AnswerAsync(await AnswerAsync(instance, "police"), "finance");
        OpenTaskIds(instance).Should().Equal("consult");
        instance.MultiInstances.Single().NrOfCompletedInstances.Should().Be(2);

        OpenTaskIds(await AnswerAsync(instance, "foreign-affairs")).Should().Equal("appraise");
    }

    [Fact]
    public async Task Completion_condition_stops_the_loop_and_cancels_the_remaining_tasks()
    {
        var instance = await StartAsync(Consultation(false, "${outcome == 'object' || nrOfCompletedInstances >= nrOfInstances}"), Agencies);

        instance = await AnswerAsync(instance, "police", "object");

        OpenTaskIds(instance).Should().Equal("appraise");
        instance.Tasks.Where(t => t.ElementId == "consult" && t.Status == WorkflowTaskStatus.Cancelled).Should().HaveCount(2);
        instance.MultiInstances.Should().BeEmpty();
    }

    [Fact]
    public async Task Sequential_creates_the_next_task_only_when_the_previous_is_done()
    {
        var instance = await StartAsync(Consultation(sequential: true), Agencies);
        instance.Tasks.Should().ContainSingle().Which.CandidateGroups.Should().Equal("finance");

        instance = await AnswerAsync(instance, "finance");
        instance.Tasks.Where(t => t.Status == WorkflowTaskStatus.Open).Should().ContainSingle().Which.CandidateGroups.Should().Equal("police");

        instance = await AnswerAsync(await AnswerAsync(instance, "police"), "foreign-affairs");
        OpenTaskIds(instance).Should().Equal("appraise");
    }

    [Fact]
    public async Task Loop_cardinality_without_a_collection()
    {
        var instance = await StartAsync(Start() + """
            <bpmn:userTask id="sign"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>${signers}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>
            """ + "\n" + End() + Line("sign"), new Dictionary<string, object?> { ["signers"] = 2 });

        instance.Tasks.Should().HaveCount(2);
    }
}
