using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

/// <summary>
/// multiInstanceLoopCharacteristics on embedded sub-processes and call activities, with Camunda 7's meaning: each
/// instance its own scope with its element variable and loopCounter, boundary events on the body, completion condition.
/// </summary>
public sealed class MultiInstanceActivityTests : EngineTestBase
{
    private static readonly Dictionary<string, object?> Reviewers = new() { ["reviewers"] = new[] { "an", "binh", "chi" } };

    // review (one per reviewer: check → sign, the task assigned to the element variable) → archive
    private static string ReviewSubProcess(bool sequential, string? completion = null, string boundary = "") =>
        Start() + $"""
        <bpmn:subProcess id="review">
          <bpmn:multiInstanceLoopCharacteristics isSequential="{(sequential ? "true" : "false")}" camunda:collection="reviewers" camunda:elementVariable="reviewer">
            {(completion is null ? "" : $"<bpmn:completionCondition>{completion}</bpmn:completionCondition>")}
          </bpmn:multiInstanceLoopCharacteristics>
          <bpmn:startEvent id="reviewStart" />
          <bpmn:userTask id="check" camunda:assignee="${'{'}reviewer{'}'}" camunda:candidateGroups="${'{'}'round-' + loopCounter{'}'}" />
          <bpmn:endEvent id="reviewEnd" />
          <bpmn:sequenceFlow id="s1" sourceRef="reviewStart" targetRef="check" />
          <bpmn:sequenceFlow id="s2" sourceRef="check" targetRef="reviewEnd" />
        </bpmn:subProcess>
        """ + "\n" + boundary + Task("archive") + End() + Line("review", "archive");

    private async Task<WorkflowInstance> CheckAsync(WorkflowInstance instance, string reviewer, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var task = instance.Tasks.Single(t => t.Status == WorkflowTaskStatus.Open && t.ElementId == "check" && t.Assignee == reviewer);
        return (await Engine.CompleteTaskAsync(instance, task.Id, new Actor(reviewer), null, null, variables)).Instance;
    }

    [Fact]
    public async Task Parallel_sub_process_runs_once_per_element_each_with_its_own_element_variable_and_loop_counter()
    {
        var instance = await StartAsync(ReviewSubProcess(sequential: false), Reviewers);

        var checks = instance.Tasks.Where(t => t.ElementId == "check").ToList();
        checks.Select(t => t.Assignee).Should().Equal("an", "binh", "chi");
        checks.Select(t => t.CandidateGroups.Single()).Should().Equal("round-0", "round-1", "round-2");
        instance.Variables.ContainsKey("reviewer").Should().BeFalse("the element variable is local to each instance");
        instance.Variables.ContainsKey("loopCounter").Should().BeFalse();
        var state = instance.MultiInstances.Single();
        state.Should().Match<MultiInstanceState>(m => m.ElementId == "review" && m.NrOfInstances == 3 && m.NrOfActiveInstances == 3);

        instance = await CheckAsync(await CheckAsync(instance, "chi"), "an");
        OpenTaskIds(instance).Should().Equal("check");
        instance.MultiInstances.Single().NrOfCompletedInstances.Should().Be(2);

        instance = await CheckAsync(instance, "binh");
        OpenTaskIds(instance).Should().Equal("archive");
        instance.MultiInstances.Should().BeEmpty();
        instance.Tokens.Should().ContainSingle().Which.Variables.Should().BeNull("the loop's locals end with it");
        instance.History.Count(h => h.ActivityId == "review").Should().Be(4, "the body and one entry per instance");
    }

    [Fact]
    public async Task Sequential_sub_process_starts_the_next_instance_when_the_previous_ends_with_loop_counters_in_order()
    {
        var instance = await StartAsync(ReviewSubProcess(sequential: true), Reviewers);
        instance.Tasks.Should().ContainSingle().Which.Assignee.Should().Be("an");

        instance = await CheckAsync(instance, "an");
        OpenTask(instance, "check").Should().Match<WorkflowTask>(t => t.Assignee == "binh" && t.CandidateGroups.Single() == "round-1");

        instance = await CheckAsync(instance, "binh");
        OpenTask(instance, "check").CandidateGroups.Should().Equal("round-2");

        instance = await CheckAsync(instance, "chi");
        OpenTaskIds(instance).Should().Equal("archive");
        instance.Tasks.Where(t => t.ElementId == "check").Select(t => t.Assignee).Should().Equal("an", "binh", "chi");
    }

    [Fact]
    public async Task Completion_condition_completes_the_body_and_cancels_the_instances_still_running()
    {
        var instance = await StartAsync(ReviewSubProcess(false, "${nrOfCompletedInstances >= 2 || rejected}"), Reviewers);

        instance = await CheckAsync(instance, "binh", new Dictionary<string, object?> { ["rejected"] = false });
        OpenTaskIds(instance).Should().Equal("check", "check");

        instance = await CheckAsync(instance, "an");

        OpenTaskIds(instance).Should().Equal("archive");
        instance.Tasks.Single(t => t.Assignee == "chi").Status.Should().Be(WorkflowTaskStatus.Cancelled);
        instance.MultiInstances.Should().BeEmpty();
        instance.Tokens.Should().ContainSingle();
    }

    [Fact]
    public async Task Completion_condition_reads_the_finished_instance_s_element_variable()
    {
        var instance = await StartAsync(ReviewSubProcess(true, "${reviewer == 'binh'}"), Reviewers);

        instance = await CheckAsync(await CheckAsync(instance, "an"), "binh");

        OpenTaskIds(instance).Should().Equal("archive");
        instance.Tasks.Should().NotContain(t => t.Assignee == "chi", "the loop stopped before the third instance");
    }

    [Fact]
    public async Task An_interrupting_boundary_timer_on_the_body_ends_every_instance()
    {
        var instance = await StartAsync(ReviewSubProcess(false, boundary:
            BoundaryTimer("late", "review", "<bpmn:timeDuration>P2D</bpmn:timeDuration>") + Task("escalate") + Flow("fLate", "late", "escalate") + End("endLate") + Flow("fLate2", "escalate", "endLate")), Reviewers);
        instance.Bookmarks.Should().ContainSingle(b => b.Kind == BookmarkKind.Timer && b.ElementId == "late", "the boundary belongs to the body, not to each instance");
        instance = await CheckAsync(instance, "an");

        instance = (await Engine.FireTimerAsync(instance, TimerBookmark(instance, "late"))).Instance;

        OpenTaskIds(instance).Should().Equal("escalate");
        instance.Tasks.Where(t => t.ElementId == "check" && t.Status == WorkflowTaskStatus.Cancelled).Select(t => t.Assignee).Should().Equal("binh", "chi");
        instance.MultiInstances.Should().BeEmpty();
        instance.Tokens.Should().ContainSingle().Which.ElementId.Should().Be("escalate");
    }

    [Fact]
    public async Task An_error_thrown_in_one_instance_is_caught_by_the_boundary_event_on_the_body()
    {
        var instance = await StartAsync(Start() + """
            <bpmn:subProcess id="each">
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="items" camunda:elementVariable="item" />
              <bpmn:startEvent id="eachStart" />
              <bpmn:exclusiveGateway id="valid" default="ok" />
              <bpmn:userTask id="handle" />
              <bpmn:endEvent id="bad"><bpmn:errorEventDefinition errorRef="invalid" /></bpmn:endEvent>
              <bpmn:endEvent id="eachEnd" />
              <bpmn:sequenceFlow id="s1" sourceRef="eachStart" targetRef="valid" />
              <bpmn:sequenceFlow id="ok" sourceRef="valid" targetRef="handle" />
              <bpmn:sequenceFlow id="ko" sourceRef="valid" targetRef="bad"><bpmn:conditionExpression>${item &lt; 0}</bpmn:conditionExpression></bpmn:sequenceFlow>
              <bpmn:sequenceFlow id="s2" sourceRef="handle" targetRef="eachEnd" />
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="invalid" attachedToRef="each"><bpmn:errorEventDefinition errorRef="invalid" /></bpmn:boundaryEvent>
            """ + "\n" + Task("fix") + Flow("fErr", "invalid", "fix") + End("endFix") + Flow("fFix", "fix", "endFix")
            + Task("archive") + End() + Line("each", "archive"),
            new Dictionary<string, object?> { ["items"] = new[] { 5, -1, 7 } });

        OpenTaskIds(instance).Should().Equal("fix");
        instance.Tasks.Where(t => t.ElementId == "handle").Should().OnlyContain(t => t.Status == WorkflowTaskStatus.Cancelled);
        instance.MultiInstances.Should().BeEmpty();
    }

    [Fact]
    public async Task An_empty_collection_leaves_the_sub_process_at_once()
    {
        var instance = await StartAsync(ReviewSubProcess(sequential: false), new Dictionary<string, object?> { ["reviewers"] = Array.Empty<string>() });

        OpenTaskIds(instance).Should().Equal("archive");
    }

    private const string CalledSign = """
        <bpmn:callActivity id="sign" calledElement="sign-one">
          <bpmn:extensionElements><camunda:in source="signer" target="signer" /><camunda:out source="signedBy" target="lastSigner" /></bpmn:extensionElements>
          <bpmn:multiInstanceLoopCharacteristics isSequential="SEQ" camunda:collection="signers" camunda:elementVariable="signer" />
        </bpmn:callActivity>
        """;

    private (WorkflowService Service, InMemoryWorkflowStore Store, WorkflowDefinition Parent) CallModels(bool sequential)
    {
        Deploy(Start() + Task("signIt", """camunda:assignee="${signer}" """) + Script("record", "execution.setVariable('signedBy', signer);") + End() + Line("signIt", "record"), "sign-one");
        var parent = Deploy(Start() + CalledSign.Replace("SEQ", sequential ? "true" : "false") + "\n" + Task("archive") + End() + Line("sign", "archive"), "contract");
        var store = new InMemoryWorkflowStore();
        return (new WorkflowService(Engine, store, Definitions), store, parent);
    }

    private static readonly Dictionary<string, object?> Signers = new() { ["signers"] = new[] { "an", "binh" } };

    [Fact]
    public async Task Parallel_call_activity_starts_one_child_per_element_and_resumes_when_all_have_completed()
    {
        var (service, store, parent) = CallModels(sequential: false);

        var started = await service.StartAsync(parent.Key, "contract-1", Signers);

        started.StartedChildren.Should().HaveCount(2);
        started.StartedChildren.Select(c => c.Variables["signer"]!.GetValue<string>()).Should().Equal("an", "binh");
        started.StartedChildren.Select(c => OpenTask(c, "signIt").Assignee).Should().Equal("an", "binh");
        started.Effects.OfType<ChildInstanceStarted>().Should().HaveCount(2);
        started.Instance.Variables.ContainsKey("signer").Should().BeFalse();

        var second = started.StartedChildren[1];
        await service.CompleteTaskAsync(second.Id, OpenTask(second, "signIt").Id, new Actor("binh"), null, null, null, "k-binh");
        var waiting = (await store.FindAsync(started.Instance.Id))!;
        OpenTaskIds(waiting).Should().BeEmpty();
        waiting.MultiInstances.Single().NrOfCompletedInstances.Should().Be(1);

        var first = started.StartedChildren[0];
        await service.CompleteTaskAsync(first.Id, OpenTask(first, "signIt").Id, new Actor("an"), null, null, null, "k-an");

        var done = (await store.FindAsync(started.Instance.Id))!;
        OpenTaskIds(done).Should().Equal("archive");
        done.Variables["lastSigner"]!.GetValue<string>().Should().Be("an", "camunda:out copies the finished child's variable");
        done.MultiInstances.Should().BeEmpty();
    }

    [Fact]
    public async Task Sequential_call_activity_starts_the_next_child_only_when_the_previous_completes()
    {
        var (service, store, parent) = CallModels(sequential: true);

        var started = await service.StartAsync(parent.Key, "contract-2", Signers);
        var first = started.StartedChildren.Should().ContainSingle().Subject;
        first.Variables["signer"]!.GetValue<string>().Should().Be("an");

        var afterFirst = await service.CompleteTaskAsync(first.Id, OpenTask(first, "signIt").Id, new Actor("an"), null, null, null, "k-an");
        var secondId = afterFirst.Effects.OfType<ChildInstanceStarted>().Should().ContainSingle().Subject.ChildInstanceId;
        var second = (await store.FindAsync(secondId))!;
        second.Variables["signer"]!.GetValue<string>().Should().Be("binh");
        OpenTaskIds((await store.FindAsync(started.Instance.Id))!).Should().BeEmpty();

        await service.CompleteTaskAsync(second.Id, OpenTask(second, "signIt").Id, new Actor("binh"), null, null, null, "k-binh");

        var done = (await store.FindAsync(started.Instance.Id))!;
        OpenTaskIds(done).Should().Equal("archive");
        done.Variables["lastSigner"]!.GetValue<string>().Should().Be("binh");
    }

    [Fact]
    public void A_loop_on_an_event_sub_process_is_refused_at_upload()
    {
        var act = () => Deploy(Start() + """
            <bpmn:subProcess id="again" triggeredByEvent="true"><bpmn:standardLoopCharacteristics /><bpmn:startEvent id="s"><bpmn:signalEventDefinition /></bpmn:startEvent><bpmn:endEvent id="e" /><bpmn:sequenceFlow id="x" sourceRef="s" targetRef="e" /></bpmn:subProcess>
            """ + "\n" + Task("t") + End() + Line("t"));

        act.Should().Throw<BpmnValidationException>().Which.Errors.Should().Contain(e => e.ElementId == "again" && e.Message.Contains("standardLoopCharacteristics"));
    }

    [Fact]
    public async Task A_sub_process_with_a_standard_loop_runs_again_while_its_condition_holds()
    {
        var instance = await StartAsync(Start() + """
            <bpmn:subProcess id="again"><bpmn:standardLoopCharacteristics><bpmn:loopCondition>${loopCounter &lt; 1}</bpmn:loopCondition></bpmn:standardLoopCharacteristics><bpmn:startEvent id="s" /><bpmn:userTask id="fill" /><bpmn:endEvent id="e" /><bpmn:sequenceFlow id="x" sourceRef="s" targetRef="fill" /><bpmn:sequenceFlow id="y" sourceRef="fill" targetRef="e" /></bpmn:subProcess>
            """ + "\n" + End() + Line("again"));

        instance = await CompleteAsync(instance, "fill");
        OpenTaskIds(instance).Should().Equal("fill");
        instance = await CompleteAsync(instance, "fill");

        instance.Status.Should().Be(WorkflowStatus.Completed);
        instance.Tasks.Count(t => t.ElementId == "fill").Should().Be(2);
    }
}
