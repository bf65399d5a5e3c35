using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

/// <summary>The event-based gateway as Camunda 7 runs it: the first event that occurs chooses the path, the others stop waiting.</summary>
public sealed class EventBasedGatewayTests : EngineTestBase
{
    // The applicant's supplement (a message), a receive task for the agency's answer, or five working days of silence.
    private static readonly string Race =
        Start() + """<bpmn:eventBasedGateway id="race" name="Chờ bổ sung" />""" + "\n"
        + MessageCatch("supplemented", "supplemented")
        + """<bpmn:receiveTask id="answered" messageRef="Msg_answered" />""" + "\n"
        + TimerCatch("silence", "P5WD")
        + Task("check") + Task("reply") + Task("close")
        + End()
        + Flow("f0", "start", "race")
        + Flow("fa", "race", "supplemented") + Flow("fb", "race", "answered") + Flow("fc", "race", "silence")
        + Flow("f1", "supplemented", "check") + Flow("f2", "answered", "reply") + Flow("f3", "silence", "close")
        + Flow("f4", "check", "end") + Flow("f5", "reply", "end") + Flow("f6", "close", "end");

    private async Task<(WorkflowInstance Instance, TimerScheduled Timer)> WaitAtGatewayAsync()
    {
        var started = await Engine.StartAsync(Deploy(Race, "p", "supplemented", "answered"), "dossier-1", null);
        var timer = started.Effects.OfType<TimerScheduled>().Should().ContainSingle().Subject;
        return (started.Instance, timer);
    }

    [Fact]
    public async Task The_token_waits_on_the_gateway_for_every_event_after_it()
    {
        var (instance, timer) = await WaitAtGatewayAsync();

        instance.Tokens.Should().ContainSingle(t => t.ElementId == "race" && t.Status == TokenStatus.Waiting);
        instance.Bookmarks.Select(b => (b.Kind, b.ElementId, b.MessageName)).Should().BeEquivalentTo(new[]
        {
            (BookmarkKind.Message, "supplemented", (string?)"supplemented"),
            (BookmarkKind.Message, "answered", (string?)"answered"),
            (BookmarkKind.Timer, "silence", (string?)null),
        });
        timer.ElementId.Should().Be("silence");
        timer.DueAt.Should().Be(Clock.Now.AddDays(7));
        OpenTaskIds(instance).Should().BeEmpty();
    }

    [Fact]
    public async Task A_message_first_takes_its_path_and_cancels_the_timer_and_the_other_message()
    {
        var (instance, timer) = await WaitAtGatewayAsync();

        var result = await Engine.DeliverMessageAsync(instance, "supplemented", new Dictionary<string, object?> { ["pages"] = 3 });

        OpenTaskIds(result.Instance).Should().Equal("check");
        result.Instance.Bookmarks.Should().NotContain(b => b.Kind == BookmarkKind.Message || b.Kind == BookmarkKind.Timer);
        result.Effects.OfType<TimerCancelled>().Should().ContainSingle(c => c.BookmarkId == timer.BookmarkId);
        result.Instance.History.Select(h => h.ActivityId).Should().ContainInOrder("race", "supplemented", "check");
        result.Instance.History.Should().NotContain(h => h.ActivityId == "answered" || h.ActivityId == "silence");
        result.Instance.History.Where(h => h.ActivityId is "race" or "supplemented").Should().OnlyContain(h => h.Ended != null);

        var late = () => Engine.DeliverMessageAsync(result.Instance, "answered");
        await late.Should().ThrowAsync<MessageNotExpectedException>();
        (await Engine.FireTimerAsync(result.Instance, timer.BookmarkId)).Changed.Should().BeFalse();
    }

    [Fact]
    public async Task A_receive_task_after_the_gateway_is_an_event_like_the_others()
    {
        var (instance, _) = await WaitAtGatewayAsync();

        var result = await Engine.DeliverMessageAsync(instance, "answered");

        OpenTaskIds(result.Instance).Should().Equal("reply");
        result.Instance.Bookmarks.Should().NotContain(b => b.Kind == BookmarkKind.Message || b.Kind == BookmarkKind.Timer);
    }

    [Fact]
    public async Task The_timer_first_closes_the_matter_and_no_message_is_awaited_any_more()
    {
        var (instance, timer) = await WaitAtGatewayAsync();

        var result = await Engine.FireTimerAsync(instance, timer.BookmarkId);

        OpenTaskIds(result.Instance).Should().Equal("close");
        WorkflowEngine.AwaitsMessage(result.Instance, "supplemented").Should().BeFalse();
        WorkflowEngine.AwaitsMessage(result.Instance, "answered").Should().BeFalse();
        (await CompleteAsync(result.Instance, "close")).Status.Should().Be(WorkflowStatus.Completed);
    }

    [Fact]
    public void A_gateway_leading_to_a_task_or_with_a_condition_is_refused_naming_it()
    {
        var xml = Model(Start() + """<bpmn:eventBasedGateway id="race" />""" + "\n" + Task("t") + TimerCatch("w", "P1D") + End()
            + Flow("f0", "start", "race") + Flow("fa", "race", "t") + Flow("fb", "race", "w", "${true}") + Flow("f1", "t", "end") + Flow("f2", "w", "end"));

        var errors = FluentActions.Invoking(() => new BpmnParser().Parse(xml)).Should().Throw<BpmnValidationException>().Which.Errors;

        errors.Should().Contain(e => e.ElementId == "race" && e.Message.Contains("'fa'") && e.Message.Contains("'t'"));
        errors.Should().Contain(e => e.ElementId == "race" && e.Message.Contains("'fb'") && e.Message.Contains("condition"));
    }
}
