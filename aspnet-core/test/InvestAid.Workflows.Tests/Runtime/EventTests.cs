using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

public sealed class EventTests : EngineTestBase
{
    [Fact]
    public async Task Terminate_end_event_ends_every_token_and_closes_open_tasks()
    {
        var body = Start() + Parallel("fork") + Task("slow") + Task("fast") + Terminate("stop")
            + Flow("f0", "start", "fork") + Flow("fa", "fork", "slow") + Flow("fb", "fork", "fast") + Flow("f1", "fast", "stop") + End() + Flow("f2", "slow", "end");
        var started = await StartAsync(body);

        var result = await Engine.CompleteTaskAsync(started, OpenTask(started, "fast").Id, Officer, null);

        result.Instance.Status.Should().Be(WorkflowStatus.Completed);
        result.Instance.Tokens.Should().BeEmpty();
        result.Instance.Tasks.Single(t => t.ElementId == "slow").Status.Should().Be(WorkflowTaskStatus.Cancelled);
        result.Effects.OfType<TaskClosed>().Should().Contain(e => e.ElementId == "slow" && e.Cancelled);
    }

    [Fact]
    public async Task Timer_catch_event_waits_until_fired()
    {
        var result = await Engine.StartAsync(Deploy(Start() + TimerCatch("wait", "P2D") + Task("after") + End() + Line("wait", "after")), "d", null);

        var scheduled = result.Effects.OfType<TimerScheduled>().Should().ContainSingle().Subject;
        scheduled.DueAt.Should().Be(Clock.Now.AddDays(2));
        OpenTaskIds(result.Instance).Should().BeEmpty();

        var fired = await Engine.FireTimerAsync(result.Instance, scheduled.BookmarkId);
        OpenTaskIds(fired.Instance).Should().Equal("after");
        fired.Instance.Bookmarks.Should().NotContain(b => b.Kind == BookmarkKind.Timer);
    }

    [Fact]
    public async Task Working_day_timers_skip_the_weekend_through_the_calendar()
    {
        var result = await Engine.StartAsync(Deploy(Start() + TimerCatch("wait", "P5WD") + End() + Line("wait")), "d", null);

        // Monday + 5 working days = next Monday.
        result.Effects.OfType<TimerScheduled>().Single().DueAt.Should().Be(Clock.Now.AddDays(7));
    }

    [Fact]
    public async Task A_timer_whose_bookmark_is_gone_changes_nothing()
    {
        var instance = await StartAsync(Start() + Task("t") + End() + Line("t"));

        var result = await Engine.FireTimerAsync(instance, "no-such-bookmark");

        result.Changed.Should().BeFalse();
        result.Instance.Version.Should().Be(instance.Version);
    }

    [Fact]
    public async Task Message_catch_event_resumes_on_delivery_with_its_variables()
    {
        var instance = await StartAsync(Start() + MessageCatch("wait", "supplemented") + Task("check") + End() + Line("wait", "check"), null, "supplemented");
        instance.Bookmarks.Should().ContainSingle(b => b.Kind == BookmarkKind.Message && b.MessageName == "supplemented");

        var result = await Engine.DeliverMessageAsync(instance, "supplemented", new Dictionary<string, object?> { ["pages"] = 12 });

        OpenTaskIds(result.Instance).Should().Equal("check");
        result.Instance.Variables["pages"]!.GetValue<int>().Should().Be(12);
    }

    [Fact]
    public async Task A_message_nobody_waits_for_is_refused()
    {
        var instance = await StartAsync(Start() + Task("t") + End() + Line("t"));

        var act = () => Engine.DeliverMessageAsync(instance, "supplemented");

        await act.Should().ThrowAsync<MessageNotExpectedException>();
    }

    private static string Escalation(bool interrupting, string timer = "<bpmn:timeDuration>P3D</bpmn:timeDuration>") =>
        Start() + Task("consult") + BoundaryTimer("late", "consult", timer, interrupting) + Task("escalate") + End() + End("escalated")
        + Line("consult") + Flow("fLate", "late", "escalate") + Flow("fEsc", "escalate", "escalated");

    [Fact]
    public async Task Interrupting_boundary_timer_cancels_the_task_and_leaves_by_its_flow()
    {
        var started = await Engine.StartAsync(Deploy(Escalation(interrupting: true)), "d", null);
        started.Effects.OfType<TimerScheduled>().Single().DueAt.Should().Be(Clock.Now.AddDays(3));

        var fired = await Engine.FireTimerAsync(started.Instance, TimerBookmark(started.Instance, "late"));

        fired.Instance.Tasks.Single(t => t.ElementId == "consult").Status.Should().Be(WorkflowTaskStatus.Cancelled);
        OpenTaskIds(fired.Instance).Should().Equal("escalate");
        fired.Instance.Tokens.Should().ContainSingle();
    }

    [Fact]
    public async Task Non_interrupting_boundary_timer_keeps_the_task_and_starts_a_new_token()
    {
        var started = await StartAsync(Escalation(interrupting: false));

        var fired = (await Engine.FireTimerAsync(started, TimerBookmark(started, "late"))).Instance;

        OpenTaskIds(fired).Should().BeEquivalentTo(["consult", "escalate"]);
        fired.Tokens.Should().HaveCount(2);

        var done = await CompleteAsync(await CompleteAsync(fired, "escalate"), "consult");
        done.Status.Should().Be(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task Non_interrupting_cycle_reschedules_until_its_repetitions_are_used()
    {
        var instance = await StartAsync(Escalation(false, "<bpmn:timeCycle>R2/P1D</bpmn:timeCycle>"));

        var first = await Engine.FireTimerAsync(instance, TimerBookmark(instance, "late"));
        first.Effects.OfType<TimerScheduled>().Should().ContainSingle();
        var second = await Engine.FireTimerAsync(first.Instance, TimerBookmark(first.Instance, "late"));

        second.Effects.OfType<TimerScheduled>().Should().BeEmpty();
        OpenTaskIds(second.Instance).Should().BeEquivalentTo(["consult", "escalate", "escalate"]);
    }

    [Fact]
    public async Task Completing_the_task_cancels_its_boundary_timer()
    {
        var started = await StartAsync(Escalation(interrupting: true));
        var bookmark = TimerBookmark(started, "late");

        var result = await Engine.CompleteTaskAsync(started, OpenTask(started, "consult").Id, Officer, null);

        result.Effects.OfType<TimerCancelled>().Should().ContainSingle(e => e.BookmarkId == bookmark);
        (await Engine.FireTimerAsync(result.Instance, bookmark)).Changed.Should().BeFalse();
    }

    [Fact]
    public async Task Cancel_terminates_the_instance()
    {
        var instance = await StartAsync(Escalation(interrupting: true));

        var result = await Engine.CancelAsync(instance);

        result.Instance.Status.Should().Be(WorkflowStatus.Terminated);
        result.Instance.Tasks.Should().OnlyContain(t => t.Status == WorkflowTaskStatus.Cancelled);
        result.Effects.OfType<TimerCancelled>().Should().ContainSingle();
    }
}
