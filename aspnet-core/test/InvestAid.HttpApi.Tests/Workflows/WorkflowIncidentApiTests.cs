using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Notifications;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>
/// Incidents of jobs (Camunda's <c>failedJob</c>): a timer fires into a script that fails (a variable it needs is missing), nothing is
/// saved, the job is tried again per <c>camunda:failedJobRetryTimeCycle</c> (default 3 tries), then an incident opens at the timer,
/// the instance waits there and administrators are notified. Through the operations API an administrator reads it, retries it
/// with new retries once the cause is fixed (the instance goes on to its end), or resolves it; bad ids are 404, others 403.
/// </summary>
public sealed class WorkflowIncidentApiTests(ApiFactory factory)
{
    /// <summary>
    /// Two branches: one waits for the message <c>supply</c> (which brings <c>amount</c>), the other for a timer, after which a script
    /// computes with <c>amount</c>. When the timer fires first, the script fails: the job's incident, until the message fixed the cause.
    /// </summary>
    private static string Model(string key, string? retryCycle) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:message id="m" name="supply" />
          <bpmn:process id="{key}" name="Tính phí {key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:intermediateCatchEvent id="supplied" name="Nhận số liệu"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="wait" name="Chờ đến hạn tính phí">
              {(retryCycle is null ? "" : $"<bpmn:extensionElements><camunda:failedJobRetryTimeCycle>{retryCycle}</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>")}
              <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:scriptTask id="compute" name="Tính phí" scriptFormat="javascript"><bpmn:script>execution.setVariable('fee', amount * 2);</bpmn:script></bpmn:scriptTask>
            <bpmn:parallelGateway id="join" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fork" />
            <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="supplied" />
            <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="wait" />
            <bpmn:sequenceFlow id="f4" sourceRef="wait" targetRef="compute" />
            <bpmn:sequenceFlow id="f5" sourceRef="compute" targetRef="join" />
            <bpmn:sequenceFlow id="f6" sourceRef="supplied" targetRef="join" />
            <bpmn:sequenceFlow id="f7" sourceRef="join" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task A_timer_job_that_keeps_failing_opens_an_incident_which_is_retried_after_the_fix_and_the_instance_ends()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        var key = Models.UniqueKey("incident");
        await admin.PublishAsync(Model(key, null));
        var started = await admin.StartAsync(new StartInstanceRequest(key, "PHI-01"));
        var bookmarkId = (string)ScheduledTimerJob(factory, started.Id).Value.Job.Args[1];

        // Camunda's default: 3 tries. The first two fail and save nothing; no incident yet.
        await FireAsync(started.Id, bookmarkId);
        await FireAsync(started.Id, bookmarkId);
        (await OpenIncidentsAsync(admin)).Should().NotContain(i => i.InstanceId == started.Id);
        await FireAsync(started.Id, bookmarkId);

        var incident = (await OpenIncidentsAsync(admin)).Should().ContainSingle(i => i.InstanceId == started.Id).Subject;
        (incident.Type, incident.ProcedureName, incident.StepName, incident.ElementId, incident.FailedElementId, incident.BusinessKey)
            .Should().Be(("failedJob", $"Tính phí {key}", "Chờ đến hạn tính phí", "wait", "compute", "PHI-01"));
        incident.ErrorMessage.Should().Contain("compute").And.Contain("amount");
        var instance = await admin.GetInstanceAsync(started.Id);
        instance.Status.Should().Be("Running");
        instance.History.Select(h => h.ActivityId).Should().NotContain("compute", "the failed firing saved nothing");
        (await DueAsync(started.Id)).Should().BeFalse("a job with an open incident is not fired by the sweep");

        // The instance shows it in the cockpit, and the administrators were told (in the app).
        var summary = (await admin.GetFromJsonAsync<PagedResult<InstanceSummaryDto>>($"/api/v1/admin/operations/instances?definitionKey={key}&hasIncident=true", Ct))!;
        summary.Items.Should().ContainSingle(i => i.Id == started.Id).Which.Incidents.Should().Be(1);
        var notices = (await admin.GetFromJsonAsync<NotificationListDto>("/api/v1/notifications?pageSize=100", Ct))!;
        notices.Items.Should().Contain(n => n.Kind == NotificationKinds.WorkflowIncident && n.Title.Contains($"Tính phí {key}") && n.Body.Contains("Chờ đến hạn tính phí"));

        // One incident read: message and details (the stack); only administrators; unknown ids 404.
        var read = await admin.GetFromJsonAsync<WorkflowIncidentDto>($"/api/v1/admin/operations/incidents/{incident.Id}", Ct);
        read!.Details.Should().Contain("amount");
        (await viewer.GetAsync($"/api/v1/admin/operations/incidents/{incident.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await viewer.PostAsync($"/api/v1/admin/operations/incidents/{incident.Id}/retry", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await viewer.PostAsync($"/api/v1/admin/operations/incidents/{incident.Id}/resolve", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.GetAsync($"/api/v1/admin/operations/incidents/{Guid.NewGuid()}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.PostAsync($"/api/v1/admin/operations/incidents/{Guid.NewGuid()}/retry", null, Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.PostAsync($"/api/v1/admin/operations/incidents/{Guid.NewGuid()}/resolve", null, Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var tooMany = await admin.PostAsync($"/api/v1/admin/operations/incidents/{incident.Id}/retry?retries=11", null, Ct);
        (await tooMany.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("retries", out _).Should().BeTrue();

        // The fix: the message brings the missing amount. The retry (2 new tries) closes the incident; the job runs again and the instance ends.
        (await admin.PostAsJsonAsync("/api/v1/workflow-messages", new CorrelateMessageRequest("supply", "PHI-01", null,
            new() { ["amount"] = JsonSerializer.SerializeToElement(21) }), Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.PostAsync($"/api/v1/admin/operations/incidents/{incident.Id}/retry?retries=2", null, Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await OpenIncidentsAsync(admin)).Should().NotContain(i => i.Id == incident.Id);
        (await DueAsync(started.Id)).Should().BeTrue("the retried job is due again for the sweep");
        var retried = (await admin.GetFromJsonAsync<WorkflowIncidentDto>($"/api/v1/admin/operations/incidents/{incident.Id}", Ct))!;
        (retried.Resolution, retried.ResolvedBy).Should().Be(("retried", "Quản trị hệ thống"));
        await (await admin.PostAsync($"/api/v1/admin/operations/incidents/{incident.Id}/retry", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.IncidentClosed);

        await FireAsync(started.Id, bookmarkId);
        var done = await admin.GetInstanceAsync(started.Id);
        done.Status.Should().Be("Completed", done.FaultMessage);
        done.History.Select(h => h.ActivityId).Should().Contain(["wait", "compute", "supplied", "end"]);
        done.Variables["fee"]!.GetValue<int>().Should().Be(42);
    }

    [Fact]
    public async Task An_incident_is_resolved_without_running_the_job_and_the_retry_cycle_sets_the_tries()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var key = Models.UniqueKey("incident");
        // R1/PT5M: a single try, so the first failure is the incident.
        await admin.PublishAsync(Model(key, "R1/PT5M"));
        var started = await admin.StartAsync(new StartInstanceRequest(key, "PHI-02"));
        var bookmarkId = (string)ScheduledTimerJob(factory, started.Id).Value.Job.Args[1];
        await FireAsync(started.Id, bookmarkId);
        var incident = (await OpenIncidentsAsync(admin)).Should().ContainSingle(i => i.InstanceId == started.Id).Subject;

        (await admin.PostAsync($"/api/v1/admin/operations/incidents/{incident.Id}/resolve", null, Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await OpenIncidentsAsync(admin)).Should().NotContain(i => i.Id == incident.Id);
        var resolved = (await admin.GetFromJsonAsync<WorkflowIncidentDto>($"/api/v1/admin/operations/incidents/{incident.Id}", Ct))!;
        (resolved.Resolution, resolved.ResolvedBy).Should().Be(("resolved", "Quản trị hệ thống"));
        resolved.ResolvedAt.Should().NotBeNull();
        (await DueAsync(started.Id)).Should().BeFalse("resolving does not run the job again; the instance waits at the timer");
        (await admin.GetInstanceAsync(started.Id)).ActiveNodes.Should().Contain("wait");
        await (await admin.PostAsync($"/api/v1/admin/operations/incidents/{incident.Id}/resolve", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.IncidentClosed);
    }

    /// <summary>What a Hangfire worker (the timer's delayed job, or the sweep) does: fire the timer.</summary>
    private async Task FireAsync(Guid instanceId, string bookmarkId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowTimerJob>().FireAsync(instanceId, bookmarkId, Ct);
    }

    /// <summary>Whether the sweep would fire the instance's timer two hours from now (its delay long over).</summary>
    private async Task<bool> DueAsync(Guid instanceId)
    {
        var store = factory.Services.GetRequiredService<IWorkflowTimerJobStore>();
        return (await store.DueTimersAsync(DateTimeOffset.UtcNow.AddHours(2), 1000, Ct)).Any(t => t.InstanceId == instanceId);
    }

    private static async Task<IReadOnlyList<WorkflowIncidentDto>> OpenIncidentsAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<WorkflowOperationsDto>("/api/v1/admin/operations", Ct))!.Incidents;
}
