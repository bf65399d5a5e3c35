using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Scripting;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

/// <summary>
/// <c>camunda:asyncBefore</c>, <c>camunda:asyncAfter</c> and the older <c>camunda:async</c>: the command stops at the boundary and
/// leaves a job (a bookmark of kind Job, effect <see cref="JobScheduled"/>); the job continues the token in its own command.
/// </summary>
public sealed class AsyncContinuationTests : EngineTestBase
{
    private static string Service(string id, string attributes) =>
        $"<bpmn:serviceTask id=\"{id}\" ia:handler=\"dossier.register\" {attributes} />\n";

    private static Bookmark Job(WorkflowInstance instance, string elementId) =>
        instance.Bookmarks.Single(b => b.Kind == BookmarkKind.Job && b.ElementId == elementId);

    [Fact]
    public async Task AsyncBefore_stops_before_the_service_task_and_the_job_runs_it()
    {
        var handler = new RecordingHandler("dossier.register", c => c.SetVariable("registered", true));
        Handlers.Add(handler);
        var definition = Deploy(Start() + Service("register", "camunda:asyncBefore=\"true\"") + Task("review") + End() + Line("register", "review"));

        var started = await Engine.StartAsync(definition, "d-1");

        handler.Calls.Should().BeEmpty("the caller's command ends at the boundary");
        started.Instance.Status.Should().Be(WorkflowStatus.Running);
        started.Instance.Tokens.Should().ContainSingle().Which.Should().Match<Token>(t => t.ElementId == "register" && t.Status == TokenStatus.Waiting);
        var job = Job(started.Instance, "register");
        job.Flows.Should().BeNull();
        started.Effects.OfType<JobScheduled>().Should().ContainSingle().Which.BookmarkId.Should().Be(job.Id);

        var ran = await Engine.FireTimerAsync(started.Instance, job.Id);

        handler.Calls.Should().ContainSingle();
        ran.Instance.Bookmarks.Should().NotContain(b => b.Kind == BookmarkKind.Job);
        ran.Instance.Variables["registered"]!.GetValue<bool>().Should().BeTrue();
        OpenTaskIds(ran.Instance).Should().Equal("review");
    }

    [Fact]
    public async Task The_old_async_attribute_is_asyncBefore_and_start_events_and_end_events_may_carry_it()
    {
        var definition = Deploy("<bpmn:startEvent id=\"start\" camunda:asyncBefore=\"true\" />\n" + Script("calc", "execution.setVariable('x', 1);")
            .Replace("<bpmn:scriptTask ", "<bpmn:scriptTask camunda:async=\"true\" ") + "<bpmn:endEvent id=\"end\" camunda:asyncBefore=\"true\" />\n" + Line("calc"));

        var started = await Engine.StartAsync(definition, "d-1");
        Job(started.Instance, "start");
        var afterStart = await Engine.FireTimerAsync(started.Instance, Job(started.Instance, "start").Id);
        afterStart.Instance.Variables.Should().NotContainKey("x");
        var afterCalc = await Engine.FireTimerAsync(afterStart.Instance, Job(afterStart.Instance, "calc").Id);
        afterCalc.Instance.Variables["x"]!.GetValue<int>().Should().Be(1);
        afterCalc.Instance.Status.Should().Be(WorkflowStatus.Running);
        var ended = await Engine.FireTimerAsync(afterCalc.Instance, Job(afterCalc.Instance, "end").Id);

        ended.Instance.Status.Should().Be(WorkflowStatus.Completed);
        ended.Instance.History.Select(h => h.ActivityId).Should().Equal("start", "calc", "end");
    }

    [Fact]
    public async Task AsyncAfter_ends_the_element_in_the_callers_command_and_the_job_takes_the_chosen_flow()
    {
        var definition = Deploy(Start() + Script("calc", "execution.setVariable('amount', 5);").Replace("<bpmn:scriptTask ", "<bpmn:scriptTask camunda:asyncAfter=\"true\" ")
            + Exclusive("big") + Task("small") + Task("large") + End()
            + Flow("f1", "start", "calc") + Flow("f2", "calc", "big") + Flow("f3", "big", "large", "${amount > 10}") + Flow("f4", "big", "small", "${amount <= 10}")
            + Flow("f5", "small", "end") + Flow("f6", "large", "end"));

        var started = await Engine.StartAsync(definition, "d-1");

        started.Instance.Variables["amount"]!.GetValue<int>().Should().Be(5, "the script ran in the caller's command");
        started.Instance.History.Single(h => h.ActivityId == "calc").Ended.Should().NotBeNull();
        started.Instance.History.Should().NotContain(h => h.ActivityId == "big");
        Job(started.Instance, "calc").Flows.Should().Equal("f2");

        var ran = await Engine.FireTimerAsync(started.Instance, Job(started.Instance, "calc").Id);

        OpenTaskIds(ran.Instance).Should().Equal("small");
    }

    [Fact]
    public async Task A_failing_job_saves_nothing_and_can_be_tried_again()
    {
        var definition = Deploy(Start() + Script("calc", "execution.setVariable('fee', amount * 2);").Replace("<bpmn:scriptTask ", "<bpmn:scriptTask camunda:asyncBefore=\"true\" ")
            + Task("pay") + End() + Line("calc", "pay"));
        var started = await Engine.StartAsync(definition, "d-1");
        var job = Job(started.Instance, "calc");

        var first = () => Engine.FireTimerAsync(started.Instance, job.Id);
        (await first.Should().ThrowAsync<ScriptException>()).Which.ElementId.Should().Be("calc");
        var second = () => Engine.FireTimerAsync(started.Instance, job.Id);
        await second.Should().ThrowAsync<ScriptException>();

        // Still waiting at the job: a retry (after the data was fixed) runs it.
        started.Instance.Bookmarks.Should().ContainSingle(b => b.Id == job.Id);
        started.Instance.Variables["amount"] = 21;
        var ran = await Engine.FireTimerAsync(started.Instance, job.Id);
        ran.Instance.Variables["fee"]!.GetValue<int>().Should().Be(42);
        OpenTaskIds(ran.Instance).Should().Equal("pay");
    }

    [Fact]
    public async Task A_job_run_twice_does_its_work_once()
    {
        var handler = new RecordingHandler("dossier.register");
        Handlers.Add(handler);
        var definition = Deploy(Start() + Service("register", "camunda:asyncBefore=\"true\"") + Task("review") + End() + Line("register", "review"));
        var started = await Engine.StartAsync(definition, "d-1");
        var job = Job(started.Instance, "register").Id;

        var first = await Engine.FireTimerAsync(started.Instance, job);
        var again = await Engine.FireTimerAsync(first.Instance, job);

        again.Changed.Should().BeFalse();
        again.Effects.Should().BeEmpty();
        handler.Calls.Should().ContainSingle();
        again.Instance.Tasks.Should().ContainSingle(t => t.ElementId == "review");
    }

    [Fact]
    public async Task A_joining_gateway_with_asyncBefore_runs_its_join_in_the_jobs_of_the_arriving_tokens()
    {
        var definition = Deploy(Start() + Parallel("fork") + Task("a") + Task("b") + "<bpmn:parallelGateway id=\"join\" camunda:asyncBefore=\"true\" />\n" + End()
            + Flow("f1", "start", "fork") + Flow("f2", "fork", "a") + Flow("f3", "fork", "b") + Flow("f4", "a", "join") + Flow("f5", "b", "join") + Flow("f6", "join", "end"));
        var started = await Engine.StartAsync(definition, "d-1");
        var afterA = await CompleteAsync(started.Instance, "a");
        var afterB = await CompleteAsync(afterA, "b");
        var jobs = afterB.Bookmarks.Where(b => b.Kind == BookmarkKind.Job).Select(b => b.Id).ToList();
        jobs.Should().HaveCount(2, "each token arriving waits for its own job, not counted as arrived yet");

        var one = await Engine.FireTimerAsync(afterB, jobs[0]);
        one.Instance.Status.Should().Be(WorkflowStatus.Running);
        var both = await Engine.FireTimerAsync(one.Instance, jobs[1]);

        both.Instance.Status.Should().Be(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task A_multi_instance_activity_with_asyncBefore_waits_once_for_the_whole_loop()
    {
        var definition = Deploy(Start() + """
            <bpmn:userTask id="review" name="review" camunda:asyncBefore="true">
              <bpmn:multiInstanceLoopCharacteristics isSequential="false"><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
            </bpmn:userTask>
            """ + End() + Line("review"));
        var started = await Engine.StartAsync(definition, "d-1");

        var ran = await Engine.FireTimerAsync(started.Instance, Job(started.Instance, "review").Id);

        ran.Instance.Bookmarks.Should().NotContain(b => b.Kind == BookmarkKind.Job);
        OpenTaskIds(ran.Instance).Should().Equal("review", "review", "review");
    }

    [Fact]
    public async Task Cancelling_an_instance_drops_its_waiting_job()
    {
        var definition = Deploy(Start() + Service("register", "camunda:asyncBefore=\"true\"") + End() + Line("register"));
        Handlers.Add(new RecordingHandler("dossier.register"));
        var started = await Engine.StartAsync(definition, "d-1");
        var job = Job(started.Instance, "register").Id;

        var cancelled = await Engine.CancelAsync(started.Instance);

        cancelled.Instance.Bookmarks.Should().BeEmpty();
        cancelled.Effects.OfType<TimerCancelled>().Should().ContainSingle().Which.BookmarkId.Should().Be(job);
    }

    [Fact]
    public async Task Resuming_a_suspended_instance_schedules_its_waiting_job_again()
    {
        var definition = Deploy(Start() + Service("register", "camunda:asyncBefore=\"true\"") + End() + Line("register"));
        Handlers.Add(new RecordingHandler("dossier.register"));
        var started = await Engine.StartAsync(definition, "d-1");

        var resumed = Engine.Resume(Engine.Suspend(started.Instance).Instance);

        resumed.Effects.OfType<JobScheduled>().Should().ContainSingle().Which.BookmarkId.Should().Be(Job(started.Instance, "register").Id);
    }
}
