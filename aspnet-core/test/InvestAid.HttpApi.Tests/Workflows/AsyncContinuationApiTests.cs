using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>
/// <c>camunda:asyncBefore</c> through the API: the start returns at the boundary with a job enqueued; the job runs the script in its own
/// transaction; a failing job is tried per the element's <c>camunda:failedJobRetryTimeCycle</c> (list form, an interval per retry), then
/// opens an incident at the element; retried after the fix, it runs again and the instance ends; run once more, it does nothing.
/// </summary>
public sealed class AsyncContinuationApiTests(ApiFactory factory)
{
    private static string Model(string key) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:message id="m" name="supply" />
          <bpmn:process id="{key}" name="Tính phí {key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:intermediateCatchEvent id="supplied"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>
            <bpmn:parallelGateway id="join" />
            <bpmn:scriptTask id="compute" name="Tính phí" scriptFormat="javascript" camunda:asyncBefore="true">
              <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>PT1M,PT5M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
              <bpmn:script>execution.setVariable('fee', amount * 2);</bpmn:script>
            </bpmn:scriptTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fork" />
            <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="compute" />
            <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="supplied" />
            <bpmn:sequenceFlow id="f4" sourceRef="compute" targetRef="join" />
            <bpmn:sequenceFlow id="f5" sourceRef="supplied" targetRef="join" />
            <bpmn:sequenceFlow id="f6" sourceRef="join" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task An_async_step_runs_in_its_job_is_retried_per_its_cycle_then_opens_an_incident_whose_retry_ends_the_instance()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var key = Models.UniqueKey("async");
        await admin.PublishAsync(Model(key));

        var started = await admin.StartAsync(new StartInstanceRequest(key, key));
        started.Status.Should().Be("Running");
        started.ActiveNodes.Should().Contain("compute");
        var jobId = EnqueuedJob(started.Id);

        // PT1M,PT5M: three tries. The first two fail and save nothing; each waits its own interval before the next.
        var timerJobs = factory.Services.GetRequiredService<IWorkflowTimerJobStore>();
        await FireAsync(started.Id, jobId);
        (await Due(timerJobs, started.Id, TimeSpan.FromSeconds(30))).Should().BeFalse("the second try waits a minute");
        (await Due(timerJobs, started.Id, TimeSpan.FromMinutes(2))).Should().BeTrue();
        await FireAsync(started.Id, jobId);
        (await Due(timerJobs, started.Id, TimeSpan.FromMinutes(2))).Should().BeFalse("the third try waits five minutes");
        (await Due(timerJobs, started.Id, TimeSpan.FromMinutes(6))).Should().BeTrue();
        (await OpenIncidentsAsync(admin)).Should().NotContain(i => i.InstanceId == started.Id);
        await FireAsync(started.Id, jobId);

        var incident = (await OpenIncidentsAsync(admin)).Should().ContainSingle(i => i.InstanceId == started.Id).Subject;
        (incident.ElementId, incident.FailedElementId).Should().Be(("compute", "compute"));
        (await admin.GetInstanceAsync(started.Id)).ActiveNodes.Should().Contain("compute");

        // The fix (the missing amount), the retry: the job is handed to Hangfire at once (and due for the sweep), runs, and the instance ends.
        (await admin.PostAsJsonAsync("/api/v1/workflow-messages", new CorrelateMessageRequest("supply", key, null,
            new() { ["amount"] = JsonSerializer.SerializeToElement(21) }), Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.PostAsync($"/api/v1/admin/operations/incidents/{incident.Id}/retry", null, Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        EnqueuedJobs(started.Id).Should().Equal([jobId, jobId], "the retry enqueues the job again, not waiting for the sweep");
        (await Due(timerJobs, started.Id, TimeSpan.Zero)).Should().BeTrue();
        await FireAsync(started.Id, jobId);
        var done = await admin.GetInstanceAsync(started.Id);
        done.Status.Should().Be("Completed", done.FaultMessage);
        done.Variables["fee"]!.GetValue<int>().Should().Be(42);

        // Run once more (a duplicate delivery): nothing happens twice.
        await FireAsync(started.Id, jobId);
        (await admin.GetInstanceAsync(started.Id)).History.Count(h => h.ActivityId == "compute").Should().Be(1);
    }

    private string EnqueuedJob(Guid instanceId) => EnqueuedJobs(instanceId).Should().ContainSingle().Subject;

    /// <summary>The bookmarks of the instance's jobs waiting in Hangfire's queue, once the effects so far are handed over.</summary>
    private List<string> EnqueuedJobs(Guid instanceId)
    {
        EffectsHandedOver(factory);
        return [.. factory.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 5000)
            .Where(j => j.Value.Job?.Type == typeof(WorkflowTimerJob) && Equals(j.Value.Job.Args[0], instanceId)).Select(j => (string)j.Value.Job.Args[1])];
    }

    private static async Task<bool> Due(IWorkflowTimerJobStore store, Guid instanceId, TimeSpan later) =>
        (await store.DueTimersAsync(DateTimeOffset.UtcNow + later, 1000, Ct)).Any(t => t.InstanceId == instanceId);

    private async Task FireAsync(Guid instanceId, string bookmarkId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowTimerJob>().FireAsync(instanceId, bookmarkId, Ct);
    }

    private static async Task<IReadOnlyList<WorkflowIncidentDto>> OpenIncidentsAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<WorkflowOperationsDto>("/api/v1/admin/operations", Ct))!.Incidents;
}
