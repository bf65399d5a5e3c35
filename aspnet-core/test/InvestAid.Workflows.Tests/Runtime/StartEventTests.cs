using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

/// <summary>Timer, signal and message start events of a process, as Camunda 7 runs them.</summary>
public sealed class StartEventTests : EngineTestBase
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly InMemoryWorkflowStore store = new();

    private WorkflowService Service => new(Engine, store, Definitions);

    private static string TimerStart(string kind, string value) =>
        $"<bpmn:startEvent id=\"timerStart\"><bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition></bpmn:startEvent>\n";

    private static TimerSpec TimerOf(string kind, string value) =>
        new BpmnParser().Parse(Model(TimerStart(kind, value) + Task("a") + End() + Flow("f1", "timerStart", "a") + Flow("f2", "a", "end")))
            .StartEvents.Single().Event!.Timer!;

    /// <summary>Every firing of the timer for a version published at the clock's time, the clock moved to each due time.</summary>
    private List<DateTimeOffset> Firings(TimerSpec timer, int atMost = 10)
    {
        var calendar = new WeekdayCalendar();
        var firings = new List<DateTimeOffset>();
        for (var due = StartTimerSchedule.First(timer, Clock.Now, calendar); due is not null && firings.Count < atMost;
             due = StartTimerSchedule.Next(timer, due, Clock.Now, calendar))
        {
            firings.Add(due.DueAt);
            Clock.Now = due.DueAt;
        }

        return firings;
    }

    [Fact]
    public void A_timeDate_start_fires_once_at_its_date()
    {
        Firings(TimerOf("timeDate", "2026-03-05T09:30:00+07:00")).Should().Equal(new DateTimeOffset(2026, 3, 5, 9, 30, 0, Vietnam));
    }

    [Fact]
    public void A_timeDuration_start_fires_once_that_long_after_publishing()
    {
        Firings(TimerOf("timeDuration", "PT2H")).Should().Equal(ManualClock.Monday.AddHours(2));
    }

    [Fact]
    public void An_ISO_cycle_fires_its_number_of_times_a_period_apart_from_publishing()
    {
        Firings(TimerOf("timeCycle", "R3/PT10M")).Should().Equal(
            ManualClock.Monday.AddMinutes(10), ManualClock.Monday.AddMinutes(20), ManualClock.Monday.AddMinutes(30));
    }

    [Fact]
    public void An_unbounded_ISO_cycle_goes_on()
    {
        var firings = Firings(TimerOf("timeCycle", "R/P1D"), atMost: 5);
        firings.Should().HaveCount(5);
        firings.Should().Equal(Enumerable.Range(1, 5).Select(d => ManualClock.Monday.AddDays(d)));
    }

    [Fact]
    public void An_ISO_cycle_with_a_start_fires_first_at_the_start()
    {
        Firings(TimerOf("timeCycle", "R2/2026-03-10T09:00:00+07:00/PT1H")).Should().Equal(
            new DateTimeOffset(2026, 3, 10, 9, 0, 0, Vietnam), new DateTimeOffset(2026, 3, 10, 10, 0, 0, Vietnam));
    }

    [Fact]
    public void A_Quartz_cron_cycle_fires_at_its_times_in_Viet_Nam()
    {
        // Camunda's form: seconds first, '?' for the day not given. Every Thursday 09:00 in Viet Nam; Monday 2 March 2026 → 5, 12, 19 March.
        Firings(TimerOf("timeCycle", "0 0 9 ? * THU"), atMost: 3).Should().Equal(
            new DateTimeOffset(2026, 3, 5, 9, 0, 0, Vietnam), new DateTimeOffset(2026, 3, 12, 9, 0, 0, Vietnam), new DateTimeOffset(2026, 3, 19, 9, 0, 0, Vietnam));
    }

    [Theory]
    [InlineData("0 0 9 ? * 5")]
    [InlineData("0 0 9 ? * THU")]
    [InlineData("0 0 9 ? * 5#1")]
    public void Quartz_numbers_the_days_of_the_week_from_Sunday_as_1(string cron)
    {
        // Camunda's cron is Quartz's: day 5 is Thursday (Unix cron would read Friday).
        StartTimerSchedule.First(TimerOf("timeCycle", cron), Clock.Now, new WeekdayCalendar())!.DueAt.Should()
            .Be(new DateTimeOffset(2026, 3, 5, 9, 0, 0, Vietnam));
    }

    [Fact]
    public void A_Quartz_weekday_range_counts_from_Sunday()
    {
        // 2-6 is Monday to Friday; from Monday 08:00 the next is Monday 09:00, and after Friday the next Monday.
        var timer = TimerOf("timeCycle", "0 0 9 ? * 2-6");
        var calendar = new WeekdayCalendar();
        StartTimerSchedule.First(timer, Clock.Now, calendar)!.DueAt.Should().Be(new DateTimeOffset(2026, 3, 2, 9, 0, 0, Vietnam));
        StartTimerSchedule.First(timer, new DateTimeOffset(2026, 3, 6, 10, 0, 0, Vietnam), calendar)!.DueAt.Should()
            .Be(new DateTimeOffset(2026, 3, 9, 9, 0, 0, Vietnam));
    }

    [Theory]
    [InlineData("0 9 * * 4", "5-field Unix cron")]
    [InlineData("0 0 9 ? * 8", "not an ISO 8601 cycle")]
    [InlineData("0 0 9 * * MON", "both a day-of-month and a day-of-week")]
    [InlineData("0 0 9 1 * 2 *", "both a day-of-month and a day-of-week")]
    [InlineData("0 0 9 ? * ?", "both a day-of-month and a day-of-week")]
    public void A_cron_Camunda_7_refuses_is_refused(string cron, string words)
    {
        var parse = () => new BpmnParser().Parse(Model(TimerStart("timeCycle", cron) + End() + Flow("f1", "timerStart", "end")));
        parse.Should().Throw<BpmnValidationException>().Which.Errors.Should().ContainSingle(e => e.ElementId == "timerStart" && e.Message.Contains(words));
    }

    [Fact]
    public void A_cron_cycle_missed_while_no_host_ran_fires_once_and_goes_on_from_now()
    {
        var timer = TimerOf("timeCycle", "0 0 9 ? * THU");
        var first = StartTimerSchedule.First(timer, Clock.Now, new WeekdayCalendar())!;
        var threeWeeksLate = first.DueAt.AddDays(21).AddHours(1);

        StartTimerSchedule.Next(timer, first, threeWeeksLate, new WeekdayCalendar())!.DueAt.Should().Be(first.DueAt.AddDays(28));
    }

    [Fact]
    public void An_expression_timer_start_is_not_scheduled()
    {
        var process = new BpmnParser().Parse(Model(TimerStart("timeDuration", "${wait}") + End() + Flow("f1", "timerStart", "end")));
        StartTimerSchedule.TimerStarts(process).Should().BeEmpty();
    }

    [Fact]
    public async Task A_timer_firing_starts_an_instance_at_the_timer_start_event_and_an_API_start_at_the_none_start()
    {
        var definition = Deploy(TimerStart("timeCycle", "R/P1D") + Start() + Task("byTimer") + Task("byHand") + End("e1") + End("e2")
            + Flow("f1", "timerStart", "byTimer") + Flow("f2", "start", "byHand") + Flow("f3", "byTimer", "e1") + Flow("f4", "byHand", "e2"));

        var fired = await Service.StartAtEventAsync(definition, "timerStart", null);
        var byHand = await Service.StartAsync(definition, "d-1");

        OpenTaskIds(fired.Instance).Should().Equal("byTimer");
        OpenTaskIds(byHand.Instance).Should().Equal("byHand");
        (await store.FindAsync(fired.Instance.Id)).Should().NotBeNull();
    }

    private static string SignalModel(string processId, string signal) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
        <bpmn:signal id="s" name="{signal}" />
        <bpmn:process id="{processId}" isExecutable="true">
          <bpmn:startEvent id="signalStart"><bpmn:signalEventDefinition signalRef="s" /></bpmn:startEvent>
          <bpmn:userTask id="a" />
          <bpmn:endEvent id="end" />
          <bpmn:sequenceFlow id="f1" sourceRef="signalStart" targetRef="a" />
          <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="end" />
        </bpmn:process></bpmn:definitions>
        """;

    [Fact]
    public async Task A_broadcast_signal_starts_the_latest_version_of_every_process_with_that_signal_start()
    {
        Definitions.Publish(new BpmnParser().Parse(SignalModel("p1", "go")));
        var latest = Definitions.Publish(new BpmnParser().Parse(SignalModel("p1", "go")));
        Definitions.Publish(new BpmnParser().Parse(SignalModel("p2", "go")));
        Definitions.Publish(new BpmnParser().Parse(SignalModel("p3", "other")));

        var results = await Service.BroadcastSignalAsync("go", new Dictionary<string, object?> { ["amount"] = 5 });

        results.Select(r => (r.Instance.DefinitionKey, r.Instance.DefinitionVersion)).Should().BeEquivalentTo([("p1", latest.Version), ("p2", 1)]);
        results.Should().AllSatisfy(r =>
        {
            OpenTaskIds(r.Instance).Should().Equal("a");
            r.Instance.Variables["amount"]!.GetValue<int>().Should().Be(5);
        });
    }

    [Fact]
    public async Task A_signal_thrown_by_an_instance_starts_the_process_with_that_signal_start()
    {
        Definitions.Publish(new BpmnParser().Parse(SignalModel("listener", "done")));
        var thrower = Definitions.Publish(new BpmnParser().Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
            <bpmn:signal id="s" name="done" />
            <bpmn:process id="thrower" isExecutable="true">
              <bpmn:startEvent id="start" />
              <bpmn:endEvent id="end"><bpmn:signalEventDefinition signalRef="s" /></bpmn:endEvent>
              <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" />
            </bpmn:process></bpmn:definitions>
            """));

        var result = await Service.StartAsync(thrower, "t-1");

        var started = result.Effects.OfType<Effects.TaskCreated>().Should().ContainSingle().Subject;
        var listener = await store.FindAsync(started.InstanceId);
        listener!.DefinitionKey.Should().Be("listener");
        OpenTaskIds(listener).Should().Equal("a");
    }

    [Fact]
    public async Task A_message_no_instance_waits_for_starts_the_process_with_that_message_start()
    {
        Deploy("<bpmn:startEvent id=\"byMessage\"><bpmn:messageEventDefinition messageRef=\"Msg_order\" /></bpmn:startEvent>\n" + Task("a") + End()
            + Flow("f1", "byMessage", "a") + Flow("f2", "a", "end"), "p", "order");

        var result = await Service.CorrelateMessageAsync("order", "order-7", null, new Dictionary<string, object?> { ["qty"] = 2 });

        result.Instance.BusinessKey.Should().Be("order-7");
        result.Instance.Variables["qty"]!.GetValue<int>().Should().Be(2);
        OpenTaskIds(result.Instance).Should().Equal("a");

        var unknown = () => Service.CorrelateMessageAsync("nobody-listens", "x", null, null);
        await unknown.Should().ThrowAsync<MessageNotCorrelatedException>();
    }
}
