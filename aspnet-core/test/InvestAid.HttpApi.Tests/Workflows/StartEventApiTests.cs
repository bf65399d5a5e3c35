using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>
/// Start events of a process as Camunda 7 runs them: timer starts scheduled when a version is published (and unscheduled
/// by a newer version or retirement), a signal broadcast through the API starts every process with that signal start, and
/// a message no instance waits for starts the process with that message start.
/// </summary>
public sealed class StartEventApiTests(ApiFactory factory)
{
    private static string TimerStartModel(string key, string kind, string value, string task = "a") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
        <bpmn:process id="{key}" isExecutable="true">
          <bpmn:startEvent id="timerStart"><bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition></bpmn:startEvent>
          <bpmn:userTask id="{task}" />
          <bpmn:endEvent id="end" />
          <bpmn:sequenceFlow id="f1" sourceRef="timerStart" targetRef="{task}" />
          <bpmn:sequenceFlow id="f2" sourceRef="{task}" targetRef="end" />
        </bpmn:process></bpmn:definitions>
        """;

    private async Task<IReadOnlyList<WorkflowStartTimer>> ScheduleAsync(string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowStartTimerStore>().ListAsync(key, Ct);
    }

    private async Task RunDueAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowStartTimers>().RunDueAsync(Ct);
    }

    private async Task<List<(int Version, string? BusinessKey)>> InstancesAsync(string key)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("SELECT definition_version, business_key FROM workflow_instances WHERE definition_key = $1 ORDER BY started_at", connection);
        cmd.Parameters.AddWithValue(key);
        var found = new List<(int, string?)>();
        await using var reader = await cmd.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            found.Add((reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return found;
    }

    [Fact]
    public async Task Publishing_schedules_each_timer_start_and_a_newer_version_replaces_the_schedule()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("tstart");
        var before = DateTimeOffset.UtcNow;

        var v1 = await officer.PublishAsync(TimerStartModel(key, "timeCycle", "R3/PT10M"));
        var first = (await ScheduleAsync(key)).Should().ContainSingle().Subject;
        first.Version.Should().Be(v1.Version);
        first.ElementId.Should().Be("timerStart");
        first.DueAt.Should().BeCloseTo(before.AddMinutes(10), TimeSpan.FromMinutes(1));
        first.Remaining.Should().Be(2);

        // Camunda: deploying a new version removes the timer start of the previous one.
        var v2 = await officer.PublishAsync(TimerStartModel(key, "timeCycle", "0 0 9 ? * THU"));
        var second = (await ScheduleAsync(key)).Should().ContainSingle().Subject;
        second.Version.Should().Be(v2.Version);
        second.Remaining.Should().BeNull();
        second.DueAt.ToOffset(TimeSpan.FromHours(7)).DayOfWeek.Should().Be(DayOfWeek.Thursday);
        second.DueAt.ToOffset(TimeSpan.FromHours(7)).TimeOfDay.Should().Be(TimeSpan.FromHours(9));

        // A version without a timer start leaves nothing scheduled for the key.
        await officer.PublishAsync(Models.Timer(key, "PT1H"));
        (await ScheduleAsync(key)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_due_timer_start_starts_one_instance_even_with_two_hosts_sweeping_at_once()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("tdate");
        var published = await officer.PublishAsync(TimerStartModel(key, "timeDate", "2026-01-01T08:00:00+07:00"));

        // Two sweeps in their own scopes (as two hosts) race for the same due firing.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RunDueAsync)));
        await RunDueAsync();

        (await InstancesAsync(key)).Should().Equal((published.Version, (string?)null));
        (await ScheduleAsync(key)).Should().BeEmpty("a timeDate start fires once");
    }

    [Fact]
    public async Task A_retired_version_starts_no_more_by_timer()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("tretire");
        var published = await officer.PublishAsync(TimerStartModel(key, "timeDate", "2026-01-01T08:00:00+07:00"));
        (await ScheduleAsync(key)).Should().ContainSingle();

        var retire = await officer.PostAsync($"/api/v1/workflow-definitions/{key}/versions/{published.Version}/retire", null, Ct);
        retire.StatusCode.Should().Be(HttpStatusCode.OK, await retire.Content.ReadAsStringAsync(Ct));
        (await ScheduleAsync(key)).Should().BeEmpty();

        await RunDueAsync();
        (await InstancesAsync(key)).Should().BeEmpty();
    }

    private static string EventStartModel(string key, string message, string signal) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
        <bpmn:message id="m" name="{message}" /><bpmn:signal id="s" name="{signal}" />
        <bpmn:process id="{key}" isExecutable="true">
          <bpmn:startEvent id="byMessage"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
          <bpmn:startEvent id="bySignal"><bpmn:signalEventDefinition signalRef="s" /></bpmn:startEvent>
          <bpmn:userTask id="ordered" /><bpmn:userTask id="signalled" />
          <bpmn:endEvent id="e1" /><bpmn:endEvent id="e2" />
          <bpmn:sequenceFlow id="f1" sourceRef="byMessage" targetRef="ordered" />
          <bpmn:sequenceFlow id="f2" sourceRef="bySignal" targetRef="signalled" />
          <bpmn:sequenceFlow id="f3" sourceRef="ordered" targetRef="e1" />
          <bpmn:sequenceFlow id="f4" sourceRef="signalled" targetRef="e2" />
        </bpmn:process></bpmn:definitions>
        """;

    [Fact]
    public async Task A_signal_broadcast_and_an_uncorrelated_message_start_the_latest_published_version()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("evstart");
        await officer.PublishAsync(EventStartModel(key, $"order-{key}", $"go-{key}"));
        var latest = await officer.PublishAsync(EventStartModel(key, $"order-{key}", $"go-{key}"));
        JsonElement Value(object v) => JsonSerializer.SerializeToElement(v);

        var signalled = await officer.PostAsJsonAsync("/api/v1/workflow-signals",
            new ThrowSignalRequest($"go-{key}", new() { ["amount"] = Value(5) }), Ct);
        signalled.StatusCode.Should().Be(HttpStatusCode.OK, await signalled.Content.ReadAsStringAsync(Ct));
        var started = (await signalled.Content.ReadFromJsonAsync<List<WorkflowInstanceDto>>(Ct))!.Should().ContainSingle().Subject;
        started.DefinitionVersion.Should().Be(latest.Version);
        started.ActiveNodes.Should().Equal("signalled");
        started.Variables["amount"]!.GetValue<int>().Should().Be(5);

        var ordered = await officer.PostAsJsonAsync("/api/v1/workflow-messages",
            new CorrelateMessageRequest($"order-{key}", "ORD-1", Variables: new() { ["qty"] = Value(2) }), Ct);
        ordered.StatusCode.Should().Be(HttpStatusCode.OK, await ordered.Content.ReadAsStringAsync(Ct));
        var byMessage = (await ordered.Content.ReadFromJsonAsync<WorkflowInstanceDto>(Ct))!;
        byMessage.DefinitionVersion.Should().Be(latest.Version);
        byMessage.BusinessKey.Should().Be("ORD-1");
        byMessage.ActiveNodes.Should().Equal("ordered");
        byMessage.Variables["qty"]!.GetValue<int>().Should().Be(2);

        (await InstancesAsync(key)).Should().HaveCount(2);
    }

    private static string FailingTimerStartModel(string key) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
        <bpmn:process id="{key}" isExecutable="true">
          <bpmn:startEvent id="timerStart"><bpmn:timerEventDefinition><bpmn:timeDate>2026-01-01T08:00:00+07:00</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>
          <bpmn:scriptTask id="compute" scriptFormat="javascript"><bpmn:script>execution.setVariable('fee', amount * 2);</bpmn:script></bpmn:scriptTask>
          <bpmn:userTask id="a" />
          <bpmn:endEvent id="end" />
          <bpmn:sequenceFlow id="f1" sourceRef="timerStart" targetRef="compute" />
          <bpmn:sequenceFlow id="f2" sourceRef="compute" targetRef="a" />
          <bpmn:sequenceFlow id="f3" sourceRef="a" targetRef="end" />
        </bpmn:process></bpmn:definitions>
        """;

    /// <summary>Moves the next try of the key's failed firing to now (as if its wait had passed).</summary>
    private async Task WaitPassedAsync(string key)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("UPDATE workflow_start_timers SET retry_at = now() - interval '1 second' WHERE definition_key = $1 AND retry_at IS NOT NULL", connection);
        cmd.Parameters.AddWithValue(key);
        await cmd.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<List<WorkflowIncidentDto>> StartTimerIncidentsAsync(HttpClient admin, string procedure) =>
        [.. (await admin.GetFromJsonAsync<WorkflowOperationsDto>("/api/v1/admin/operations", Ct))!.Incidents
            .Where(i => i.Type == "failedStartTimer" && i.ProcedureName == procedure)];

    [Fact]
    public async Task A_failing_timer_start_is_tried_again_after_a_wait_then_opens_an_incident_without_instance_that_a_retry_reopens()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var key = Models.UniqueKey("tfail");
        await admin.PublishAsync(FailingTimerStartModel(key));

        // First try: the start throws, nothing is saved; the failure is on the schedule's row and the same firing waits a minute.
        var before = DateTimeOffset.UtcNow;
        await RunDueAsync();
        (await InstancesAsync(key)).Should().BeEmpty();
        var failed = (await ScheduleAsync(key)).Should().ContainSingle().Subject;
        (failed.Failures, failed.IncidentId).Should().Be((1, (Guid?)null));
        failed.LastError.Should().Contain("amount");
        failed.DueAt.Should().Be(DateTimeOffset.Parse("2026-01-01T08:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture));
        failed.RetryAt.Should().BeCloseTo(before.AddMinutes(1), TimeSpan.FromSeconds(30));
        await RunDueAsync();
        (await ScheduleAsync(key)).Single().Failures.Should().Be(1, "the next try waits for its time");

        // Second try after the wait, then the third: the tries are over, an incident opens at the start event, with no instance.
        await WaitPassedAsync(key);
        await RunDueAsync();
        (await ScheduleAsync(key)).Single().RetryAt.Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(5), TimeSpan.FromSeconds(30));
        (await StartTimerIncidentsAsync(admin, key)).Should().BeEmpty();
        await WaitPassedAsync(key);
        await RunDueAsync();
        var stuck = (await ScheduleAsync(key)).Single();
        (stuck.Failures, stuck.RetryAt).Should().Be((3, (DateTimeOffset?)null));
        var incident = (await StartTimerIncidentsAsync(admin, key)).Should().ContainSingle().Subject;
        incident.Id.Should().Be(stuck.IncidentId.ToString());
        (incident.InstanceId, incident.ElementId).Should().Be(((Guid?)null, "timerStart"));
        incident.ErrorMessage.Should().Contain("amount");
        (await InstancesAsync(key)).Should().BeEmpty();

        // While the incident is open the firing is not tried; it cannot be closed without a retry (or a newer version).
        await RunDueAsync();
        (await ScheduleAsync(key)).Single().Failures.Should().Be(3);
        (await admin.PostAsync($"/api/v1/admin/operations/incidents/{incident.Id}/resolve", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Conflict);

        // A retry with one try: due at the next run, which fails again and opens a new incident at once.
        (await admin.PostAsync($"/api/v1/admin/operations/incidents/{incident.Id}/retry?retries=1", null, Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var retried = (await ScheduleAsync(key)).Single();
        (retried.IncidentId, retried.Failures).Should().Be(((Guid?)null, 2));
        await RunDueAsync();
        var again = (await StartTimerIncidentsAsync(admin, key)).Should().ContainSingle().Subject;
        again.Id.Should().NotBe(incident.Id);

        // A newer version ends the schedule, and with it the open incident.
        await admin.PublishAsync(TimerStartModel(key, "timeCycle", "R/P1D"));
        (await StartTimerIncidentsAsync(admin, key)).Should().BeEmpty();
    }
}
