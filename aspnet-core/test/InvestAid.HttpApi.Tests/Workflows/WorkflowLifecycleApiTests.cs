using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using Hangfire;
using Hangfire.States;
using InvestAid.Identity;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>Suspend and resume, start by message, timer expressions and the Hangfire job of a cancelled timer, through the API.</summary>
public sealed class WorkflowLifecycleApiTests(ApiFactory factory)
{
    [Fact]
    public async Task A_suspended_instance_refuses_its_tasks_until_resumed()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("suspend");
        await officer.PublishAsync(Models.ThreeTasks(key));
        var started = await officer.StartAsync(new StartInstanceRequest(key, "HS-1"));
        var review = started.Tasks.Single(t => t.ElementId == "review").Id;

        var suspend = await officer.PostAsync($"/api/v1/workflow-instances/{started.Id}/suspend", null, Ct);
        suspend.StatusCode.Should().Be(HttpStatusCode.OK);
        (await suspend.Content.ReadFromJsonAsync<WorkflowInstanceDto>(Ct))!.Status.Should().Be("Suspended");
        await (await officer.CompleteAsync(review, "complete")).ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.NotRunning);
        await (await officer.PostAsync($"/api/v1/workflow-instances/{started.Id}/suspend", null, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.NotRunning);
        (await officer.GetInstanceAsync(started.Id)).ActiveNodes.Should().Equal("review");

        var resume = await officer.PostAsync($"/api/v1/workflow-instances/{started.Id}/resume", null, Ct);
        resume.StatusCode.Should().Be(HttpStatusCode.OK);
        await officer.CompleteOkAsync(review, "complete");

        (await officer.GetInstanceAsync(started.Id)).ActiveNodes.Should().Equal("approve");
        await (await officer.PostAsync($"/api/v1/workflow-instances/{started.Id}/resume", null, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.NotSuspended);
    }

    [Fact]
    public async Task A_viewer_may_not_suspend_or_resume()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        var key = Models.UniqueKey("suspend");
        await officer.PublishAsync(Models.ThreeTasks(key));
        var started = await officer.StartAsync(new StartInstanceRequest(key, null));

        (await viewer.PostAsync($"/api/v1/workflow-instances/{started.Id}/suspend", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await officer.GetInstanceAsync(started.Id)).Status.Should().Be("Running");
    }

    [Fact]
    public async Task An_instance_starts_at_the_message_start_event_of_the_message_named()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("msgstart");
        await officer.PublishAsync(MessageStart(key));
        var payload = new Dictionary<string, JsonElement> { ["sender"] = JsonSerializer.SerializeToElement("DHF") };

        var byPost = await officer.StartAsync(new StartInstanceRequest(key, "HS-2", payload, Message: "dossierPosted"));
        var byHand = await officer.StartAsync(new StartInstanceRequest(key, "HS-3"));
        var unknown = await officer.PostAsJsonAsync("/api/v1/workflow-instances", new StartInstanceRequest(key, "HS-4", Message: "dossierFaxed"), Ct);

        byPost.ActiveNodes.Should().Equal("check");
        byPost.Variables["sender"]!.GetValue<string>().Should().Be("DHF");
        byHand.ActiveNodes.Should().Equal("enter");
        var problem = await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest, WorkflowErrorCodes.MessageNotExpected);
        problem.GetProperty("errors").TryGetProperty("message", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_timer_expression_is_scheduled_from_the_instance_variables()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("timerexpr");
        await officer.PublishAsync(Models.Timer(key, "${waitFor}"));
        var variables = new Dictionary<string, JsonElement> { ["waitFor"] = JsonSerializer.SerializeToElement("PT2H") };

        var started = await officer.StartAsync(new StartInstanceRequest(key, null, variables));
        var broken = await officer.PostAsJsonAsync("/api/v1/workflow-instances", new StartInstanceRequest(key, null,
            new Dictionary<string, JsonElement> { ["waitFor"] = JsonSerializer.SerializeToElement("soon") }), Ct);

        ScheduledJob(started.Id).EnqueueAt.Should().BeCloseTo(DateTime.UtcNow.AddHours(2), TimeSpan.FromMinutes(1));
        var problem = await broken.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.ScriptFailed);
        problem.GetProperty("detail").GetString().Should().Contain("'wait'").And.Contain("soon");
    }

    [Fact]
    public async Task Cancelling_an_instance_deletes_the_Hangfire_job_of_its_timer()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("timercancel");
        await officer.PublishAsync(Models.Timer(key, "PT1H"));
        var started = await officer.StartAsync(new StartInstanceRequest(key, null));
        var jobId = ScheduledJobId(started.Id);

        (await officer.PostAsync($"/api/v1/workflow-instances/{started.Id}/cancel", null, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        EffectsHandedOver(factory);
        var monitoring = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        monitoring.JobDetails(jobId).History.First().StateName.Should().Be(DeletedState.StateName);
        monitoring.ScheduledJobs(0, 5000).Should().NotContain(j => j.Key == jobId);
    }

    [Fact]
    public void Effects_handed_over_together_drop_a_timer_scheduled_and_cancelled_among_them_and_keep_the_rest_in_order()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var due = DateTimeOffset.UtcNow.AddHours(1);
        InvestAid.Workflows.Runtime.Effects.WorkflowEffect[] effects =
        [
            new InvestAid.Workflows.Runtime.Effects.TimerScheduled(a, "t1", "wait", due),
            new InvestAid.Workflows.Runtime.Effects.TimerScheduled(b, "t1", "wait", due),
            new InvestAid.Workflows.Runtime.Effects.TimerCancelled(a, "t1"),
            new InvestAid.Workflows.Runtime.Effects.TimerCancelled(b, "t0"),
            new InvestAid.Workflows.Runtime.Effects.TimerScheduled(a, "t2", "wait", due),
        ];

        WorkflowEffectDispatcher.WithoutShortLivedTimers(effects).Should().Equal(effects[1], effects[3], effects[4]);
    }

    [Fact]
    public async Task A_started_timer_reaches_Hangfire_through_the_effect_queue()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("timerqueue");
        await officer.PublishAsync(Models.Timer(key, "PT3H"));
        var queue = factory.Services.GetRequiredService<WorkflowEffectQueue>();

        var started = await officer.StartAsync(new StartInstanceRequest(key, null));

        ScheduledJob(started.Id).EnqueueAt.Should().BeCloseTo(DateTime.UtcNow.AddHours(3), TimeSpan.FromMinutes(1));
        queue.Pending.Should().Be(0);
    }

    private Hangfire.Storage.Monitoring.ScheduledJobDto ScheduledJob(Guid instanceId) => ScheduledTimerJob(factory, instanceId).Value;

    private string ScheduledJobId(Guid instanceId) => ScheduledTimerJob(factory, instanceId).Key;

    private static string MessageStart(string key) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ia="http://investaid.vn/schema/bpmn" id="defs" targetNamespace="http://investaid.vn/test">
        <bpmn:process id="{key}" name="Test {key}" isExecutable="true">
        <bpmn:startEvent id="byHand" />
        <bpmn:startEvent id="byPost"><bpmn:messageEventDefinition messageRef="Msg_posted" /></bpmn:startEvent>
        <bpmn:userTask id="enter" name="Enter" ia:candidateGroups="officer" />
        <bpmn:userTask id="check" name="Check" ia:candidateGroups="officer" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="byHand" targetRef="enter" />
        <bpmn:sequenceFlow id="f2" sourceRef="byPost" targetRef="check" />
        <bpmn:sequenceFlow id="f3" sourceRef="enter" targetRef="end" />
        <bpmn:sequenceFlow id="f4" sourceRef="check" targetRef="end" />
        </bpmn:process>
        <bpmn:message id="Msg_posted" name="dossierPosted" />
        </bpmn:definitions>
        """;
}
