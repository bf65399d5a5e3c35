using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

/// <summary>Start by message, suspend and resume, and timers whose definition is a <c>${...}</c> expression.</summary>
public sealed class LifecycleTests : EngineTestBase
{
    private const string MessageStarts = """
        <bpmn:startEvent id="byHand" />
        <bpmn:startEvent id="byPost"><bpmn:messageEventDefinition messageRef="Msg_dossierPosted" /></bpmn:startEvent>
        <bpmn:userTask id="enter" name="enter" />
        <bpmn:userTask id="check" name="check" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="byHand" targetRef="enter" />
        <bpmn:sequenceFlow id="f2" sourceRef="byPost" targetRef="check" />
        <bpmn:sequenceFlow id="f3" sourceRef="enter" targetRef="end" />
        <bpmn:sequenceFlow id="f4" sourceRef="check" targetRef="end" />
        """;

    [Fact]
    public async Task A_message_start_begins_at_the_start_event_that_catches_the_message_with_its_payload()
    {
        var definition = Deploy(MessageStarts, "p", "dossierPosted");

        var byPost = await Engine.StartByMessageAsync(definition, "dossierPosted", "d-1", new Dictionary<string, object?> { ["sender"] = "DHF" });
        var byHand = await Engine.StartAsync(definition, "d-2");

        OpenTaskIds(byPost.Instance).Should().Equal("check");
        byPost.Instance.Variables["sender"]!.GetValue<string>().Should().Be("DHF");
        byPost.Instance.History.Should().Contain(h => h.ActivityId == "byPost").And.NotContain(h => h.ActivityId == "byHand");
        OpenTaskIds(byHand.Instance).Should().Equal("enter");
    }

    [Fact]
    public async Task A_message_no_start_event_catches_is_refused()
    {
        var definition = Deploy(MessageStarts, "p", "dossierPosted");

        var act = () => Engine.StartByMessageAsync(definition, "dossierFaxed", "d-1");

        (await act.Should().ThrowAsync<MessageStartNotDefinedException>()).Which.MessageName.Should().Be("dossierFaxed");
    }

    [Fact]
    public async Task A_suspended_instance_refuses_task_completion_and_its_timers_until_resumed()
    {
        var started = await StartAsync(Start() + Task("t") + BoundaryTimer("late", "t", "<bpmn:timeDuration>P1D</bpmn:timeDuration>", interrupting: false)
            + Task("remind") + End() + End("end2") + Flow("f1", "start", "t") + Flow("f2", "t", "end") + Flow("f3", "late", "remind") + Flow("f4", "remind", "end2"));
        var timer = TimerBookmark(started, "late");

        var suspended = Engine.Suspend(started);
        var complete = () => Engine.CompleteTaskAsync(suspended.Instance, OpenTask(suspended.Instance, "t").Id, Officer, null);
        Clock.Now = Clock.Now.AddDays(2);
        var fired = await Engine.FireTimerAsync(suspended.Instance, timer);

        suspended.Instance.Status.Should().Be(WorkflowStatus.Suspended);
        suspended.Instance.Version.Should().Be(started.Version + 1);
        await complete.Should().ThrowAsync<WorkflowNotRunningException>();
        fired.Changed.Should().BeFalse("a timer due while suspended waits for the resume");

        var resumed = Engine.Resume(suspended.Instance);

        resumed.Instance.Status.Should().Be(WorkflowStatus.Running);
        resumed.Effects.OfType<TimerScheduled>().Should().ContainSingle(e => e.BookmarkId == timer, "the timer fell due while suspended, so it is scheduled to fire now");
        OpenTaskIds((await Engine.FireTimerAsync(resumed.Instance, timer)).Instance).Should().BeEquivalentTo(["t", "remind"]);
    }

    [Fact]
    public async Task Only_a_running_instance_is_suspended_and_only_a_suspended_one_resumed_but_a_suspended_one_can_be_cancelled()
    {
        var started = await StartAsync(Start() + Task("t") + End() + Line("t"));
        var suspended = Engine.Suspend(started).Instance;

        FluentActions.Invoking(() => Engine.Resume(started)).Should().Throw<WorkflowNotSuspendedException>();
        FluentActions.Invoking(() => Engine.Suspend(suspended)).Should().Throw<WorkflowNotRunningException>();
        var cancelled = await Engine.CancelAsync(suspended);

        cancelled.Instance.Status.Should().Be(WorkflowStatus.Terminated);
        cancelled.Instance.Tasks.Should().OnlyContain(t => t.Status == WorkflowTaskStatus.Cancelled);
    }

    [Fact]
    public async Task A_timer_expression_is_evaluated_over_the_variables_when_the_timer_is_armed()
    {
        var body = Start() + TimerCatch("wait", "${consultationDays}") + Task("after") + End() + Line("wait", "after");

        var workingDays = await Engine.StartAsync(Deploy(body), "d-1", new Dictionary<string, object?> { ["consultationDays"] = "P5WD" });
        var hours = await Engine.StartAsync(Deploy(body), "d-2", new Dictionary<string, object?> { ["consultationDays"] = "PT6H" });

        // Monday + 5 working days = next Monday (the test calendar skips weekends).
        workingDays.Effects.OfType<TimerScheduled>().Single().DueAt.Should().Be(Clock.Now.AddDays(7));
        hours.Effects.OfType<TimerScheduled>().Single().DueAt.Should().Be(Clock.Now.AddHours(6));
    }

    [Fact]
    public async Task A_boundary_cycle_expression_takes_its_repetitions_from_the_evaluated_value()
    {
        var body = Start() + Task("t") + BoundaryTimer("nag", "t", "<bpmn:timeCycle>${'R2/P' + every + 'D'}</bpmn:timeCycle>", interrupting: false)
            + End() + End("nagged") + Flow("f1", "start", "t") + Flow("f2", "t", "end") + Flow("f3", "nag", "nagged");
        var started = (await Engine.StartAsync(Deploy(body), "d", new Dictionary<string, object?> { ["every"] = 3 })).Instance;

        var first = await Engine.FireTimerAsync(started, TimerBookmark(started, "nag"));
        var second = await Engine.FireTimerAsync(first.Instance, TimerBookmark(first.Instance, "nag"));

        started.Bookmarks.Single(b => b.ElementId == "nag").DueAt.Should().Be(Clock.Now.AddDays(3));
        first.Instance.Bookmarks.Should().ContainSingle(b => b.ElementId == "nag", "one repetition is left after the first");
        second.Instance.Bookmarks.Should().NotContain(b => b.ElementId == "nag", "R2 fires twice");
    }

    [Fact]
    public async Task A_timer_expression_that_gives_no_timer_fails_the_command_naming_the_element()
    {
        var body = Start() + TimerCatch("wait", "${consultationDays}") + End() + Line("wait");

        var act = () => Engine.StartAsync(Deploy(body), "d", new Dictionary<string, object?> { ["consultationDays"] = "ten days" });

        (await act.Should().ThrowAsync<ScriptException>()).Which.Message.Should().Contain("'wait'").And.Contain("ten days");
    }

    [Fact]
    public void A_timer_expression_that_does_not_parse_is_refused_at_upload_naming_the_element()
    {
        var act = () => Deploy(Start() + TimerCatch("wait", "${days +}") + End() + Line("wait"));

        act.Should().Throw<BpmnValidationException>().Which.Errors.Should().Contain(e => e.ElementId == "wait" && e.Message.Contains("${days +}"));
    }
}
