using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Notifications;
using InvestAid.TestBase;
using InvestAid.Workflows;
using InvestAid.Workflows.Operations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>
/// The administrators' cockpit: instance search by procedure, version, business key, state, incident and variable value; tokens,
/// incidents and step-duration percentiles per procedure version; bulk cancel/suspend/resume/migrate with a dry run, audit entries
/// and 409 on a stale preview; the history clean-up by time-to-live, run twice.
/// </summary>
public sealed class CockpitApiTests(ApiFactory factory)
{
    private const string Admin = "admin@investaid.local";

    /// <summary>An external task (the archive), then two tasks for administrators.</summary>
    private static string Model(string key, string? timeToLive = null) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:ia="http://investaid.vn/schema/bpmn" id="d" targetNamespace="t">
        <bpmn:process id="{key}" name="Thẩm định {key}" isExecutable="true"{(timeToLive is null ? "" : $" camunda:historyTimeToLive=\"{timeToLive}\"")}>
          <bpmn:startEvent id="start" />
          <bpmn:serviceTask id="archive" name="Lưu trữ hồ sơ" camunda:type="external" camunda:topic="archive-{key}" />
          <bpmn:userTask id="check" name="Kiểm tra hồ sơ" ia:candidateGroups="admin" />
          <bpmn:userTask id="decide" name="Quyết định" ia:candidateGroups="admin" />
          <bpmn:endEvent id="end" />
          <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="archive" />
          <bpmn:sequenceFlow id="f2" sourceRef="archive" targetRef="check" />
          <bpmn:sequenceFlow id="f3" sourceRef="check" targetRef="decide" />
          <bpmn:sequenceFlow id="f4" sourceRef="decide" targetRef="end" />
        </bpmn:process></bpmn:definitions>
        """;

    /// <summary>The same steps without the archive: instances wait at "check" at once.</summary>
    private static string Tasks(string key, string? timeToLive = null) => Model(key, timeToLive)
        .Replace("""<bpmn:serviceTask id="archive" name="Lưu trữ hồ sơ" camunda:type="external" camunda:topic="archive-""" + key + "\" />", "")
        .Replace("""<bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="archive" />""", "")
        .Replace("""sourceRef="archive" targetRef="check" """, """sourceRef="start" targetRef="check" """);

    private static async Task<PagedResult<InstanceSummaryDto>> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/admin/operations/instances?{query}", Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<PagedResult<InstanceSummaryDto>>(Ct))!;
    }

    private static async Task<BulkInstanceResultDto> BulkAsync(HttpClient client, BulkInstanceActionRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/admin/operations/instances/bulk", request, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<BulkInstanceResultDto>(Ct))!;
    }

    private async Task<int> SqlAsync(string sql, params object[] values)
    {
        await using var conn = new NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var v in values)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = v });
        }
        return await cmd.ExecuteNonQueryAsync(Ct);
    }

    private async Task<long> CountAsync(string sql, params object[] values)
    {
        await using var conn = new NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var v in values)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = v });
        }
        return (long)(await cmd.ExecuteScalarAsync(Ct))!;
    }

    private static async Task CompleteStepAsync(HttpClient admin, Guid instanceId, string elementId)
    {
        var task = (await admin.GetInstanceAsync(instanceId)).Tasks.Single(t => t.ElementId == elementId && t.Status == "Open");
        await admin.CompleteOkAsync(task.Id, null);
    }

    [Fact]
    public async Task The_search_filters_by_procedure_version_business_key_state_incident_and_variable_and_pages()
    {
        var admin = await factory.CreateClientAsAsync(Admin);
        var key = Models.UniqueKey("ck");
        await admin.PublishAsync(Model(key));
        var a1 = await admin.StartAsync(new StartInstanceRequest(key, $"{key}-A1", new() { ["amount"] = JsonSerializer.SerializeToElement(100), ["district"] = JsonSerializer.SerializeToElement("Hoà Vang") }));
        var a2 = await admin.StartAsync(new StartInstanceRequest(key, $"{key}-A2", new() { ["amount"] = JsonSerializer.SerializeToElement(200), ["district"] = JsonSerializer.SerializeToElement("Hoà Vang") }));
        var b1 = await admin.StartAsync(new StartInstanceRequest(key, $"{key}-B1", new() { ["amount"] = JsonSerializer.SerializeToElement("100") }));
        var b2 = await admin.StartAsync(new StartInstanceRequest(key, $"{key}-B2"));
        (await admin.PostAsync($"/api/v1/workflow-instances/{a2.Id}/suspend", null, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/v1/workflow-instances/{b2.Id}/cancel", null, Ct)).EnsureSuccessStatusCode();
        // B1's archive worker fails for good: an incident.
        var fetched = await admin.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock",
            new FetchAndLockRequest("w", 10, [new FetchExternalTaskTopic($"archive-{key}", 60_000, BusinessKey: $"{key}-B1")]), Ct);
        var locked = (await fetched.Content.ReadFromJsonAsync<List<ExternalTaskDto>>(Ct))!.Single();
        (await admin.PostAsJsonAsync($"/engine-rest/external-task/{locked.Id}/failure", new ExternalTaskFailureRequest("w", "Kho lưu trữ không trả lời", null, 0, 0), Ct))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        var all = await SearchAsync(admin, $"definitionKey={key}");
        all.TotalCount.Should().Be(4);
        all.Items.Select(i => i.BusinessKey).Should().Equal($"{key}-B2", $"{key}-B1", $"{key}-A2", $"{key}-A1");
        var one = all.Items.Single(i => i.Id == b1.Id);
        one.ProcedureName.Should().Be($"Thẩm định {key}");
        one.AtSteps.Should().Equal("Lưu trữ hồ sơ");
        one.Incidents.Should().Be(1);
        one.Status.Should().Be("Running");
        (await SearchAsync(admin, $"definitionKey={key}&version=1")).TotalCount.Should().Be(4);
        (await SearchAsync(admin, $"definitionKey={key}&version=2")).TotalCount.Should().Be(0);

        (await SearchAsync(admin, $"businessKey={key}-A")).Items.Select(i => i.Id).Should().BeEquivalentTo([a1.Id, a2.Id]);
        (await SearchAsync(admin, $"businessKey={key}-A%25")).TotalCount.Should().Be(0, "the prefix is literal, not a LIKE pattern");
        (await SearchAsync(admin, $"definitionKey={key}&state=suspended")).Items.Should().ContainSingle(i => i.Id == a2.Id);
        (await SearchAsync(admin, $"definitionKey={key}&state=cancelled")).Items.Should().ContainSingle(i => i.Id == b2.Id && i.Status == "Terminated");
        (await SearchAsync(admin, $"definitionKey={key}&state=RUNNING")).Items.Select(i => i.Id).Should().BeEquivalentTo([a1.Id, b1.Id]);
        (await SearchAsync(admin, $"definitionKey={key}&hasIncident=true")).Items.Should().ContainSingle(i => i.Id == b1.Id);
        (await SearchAsync(admin, $"definitionKey={key}&hasIncident=false")).TotalCount.Should().Be(3);
        (await SearchAsync(admin, $"definitionKey={key}&variableName=amount&variableValue=100")).Items.Select(i => i.Id)
            .Should().BeEquivalentTo([a1.Id, b1.Id], "100 matches the number 100 and the text \"100\"");
        (await SearchAsync(admin, $"definitionKey={key}&variableName=district&variableValue=Ho%C3%A0%20Vang")).TotalCount.Should().Be(2);
        (await SearchAsync(admin, $"definitionKey={key}&variableName=district&variableValue=Hoa%20Vang")).TotalCount.Should().Be(0);
        (await SearchAsync(admin, $"businessKey={key}&state=running&variableName=amount&variableValue=200")).TotalCount.Should().Be(0);

        var page2 = await SearchAsync(admin, $"definitionKey={key}&page=2&pageSize=3");
        page2.TotalCount.Should().Be(4);
        page2.Items.Should().ContainSingle(i => i.Id == a1.Id);
        (await SearchAsync(admin, $"definitionKey={key}&page=9&pageSize=3")).TotalCount.Should().Be(4);

        var bad = await admin.GetAsync("/api/v1/admin/operations/instances?state=lost&pageSize=0&variableValue=1", Ct);
        var errors = (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        errors.TryGetProperty("state", out _).Should().BeTrue(errors.ToString());
        errors.TryGetProperty("pageSize", out _).Should().BeTrue(errors.ToString());
        errors.TryGetProperty("variableName", out _).Should().BeTrue(errors.ToString());

        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        (await officer.GetAsync($"/api/v1/admin/operations/instances?definitionKey={key}", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Statistics_count_tokens_and_incidents_per_element_and_give_median_and_p90_per_step_over_the_period()
    {
        var admin = await factory.CreateClientAsAsync(Admin);
        var key = Models.UniqueKey("ck");
        await admin.PublishAsync(Tasks(key));
        var done = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var started = await admin.StartAsync(new StartInstanceRequest(key, $"{key}-{i}"));
            await CompleteStepAsync(admin, started.Id, "check");
            await CompleteStepAsync(admin, started.Id, "decide");
            done.Add(started.Id);
        }
        var waiting = await admin.StartAsync(new StartInstanceRequest(key, $"{key}-waiting"));

        // Step times set by hand (Viet Nam time, November 2026 has no public holiday): "check" took 1, 2, 3 and 10 hours;
        // "decide" Fri→Mon (72 h, 1 working day), Mon→Tue (24 h, 1), Mon→Thu (72 h, 3), Mon→next Mon (168 h, 5).
        (DateTimeOffset, DateTimeOffset)[] check =
        [
            (At(16, 9), At(16, 10)), (At(17, 9), At(17, 11)), (At(18, 9), At(18, 12)), (At(19, 8), At(19, 18)),
        ];
        (DateTimeOffset, DateTimeOffset)[] decide =
        [
            (At(20, 9), At(23, 9)), (At(23, 9), At(24, 9)), (At(23, 9), At(26, 9)), (At(23, 9), At(30, 9)),
        ];
        for (var i = 0; i < 4; i++)
        {
            (await SqlAsync("UPDATE workflow_history SET started = $2, ended = $3 WHERE instance_id = $1 AND activity_id = 'check'",
                done[i], check[i].Item1.ToUniversalTime(), check[i].Item2.ToUniversalTime())).Should().Be(1);
            (await SqlAsync("UPDATE workflow_history SET started = $2, ended = $3 WHERE instance_id = $1 AND activity_id = 'decide'",
                done[i], decide[i].Item1.ToUniversalTime(), decide[i].Item2.ToUniversalTime())).Should().Be(1);
        }

        var stats = (await admin.GetFromJsonAsync<DefinitionStatisticsDto>(
            $"/api/v1/admin/operations/definitions/{key}/versions/1/statistics?from=2026-11-01&to=2026-11-30", Ct))!;
        stats.ProcedureName.Should().Be($"Thẩm định {key}");
        stats.RunningInstances.Should().Be(1);
        stats.Elements.Should().ContainSingle().Which.Should().Be(new ElementLoadDto("check", "Kiểm tra hồ sơ", 1, 0));
        var c = stats.Steps.Single(s => s.ElementId == "check");
        c.Should().Be(new StepDurationDto("check", "Kiểm tra hồ sơ", "userTask", 4, 2.5, 7.9, 0, 0));
        var d = stats.Steps.Single(s => s.ElementId == "decide");
        d.Should().Be(new StepDurationDto("decide", "Quyết định", "userTask", 4, 72, 139.2, 2, 4.4));
        stats.Steps[0].ElementId.Should().Be("decide", "the slowest step (by p90) comes first");
        stats.Steps.Should().NotContain(s => s.Kind == "startEvent" || s.Kind == "endEvent");
        stats.Versions.Should().Equal(1);

        // A period the steps did not end in has no durations; the load is the same.
        var december = (await admin.GetFromJsonAsync<DefinitionStatisticsDto>(
            $"/api/v1/admin/operations/definitions/{key}/versions/1/statistics?from=2026-10-01&to=2026-11-22", Ct))!;
        december.Steps.Should().ContainSingle(s => s.ElementId == "check" && s.Count == 4);
        (await admin.GetFromJsonAsync<DefinitionStatisticsDto>(
            $"/api/v1/admin/operations/definitions/{key}/versions/1/statistics?from=2026-10-01&to=2026-10-31", Ct))!.Steps.Should().BeEmpty();
        waiting.Id.Should().NotBeEmpty();

        (await admin.GetAsync($"/api/v1/admin/operations/definitions/{key}/versions/7/statistics", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var bad = await admin.GetAsync($"/api/v1/admin/operations/definitions/{key}/versions/1/statistics?from=2026-11-30&to=2026-11-01", Ct);
        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors").TryGetProperty("from", out _).Should().BeTrue();
        (await (await factory.CreateClientAsAsync("leader@investaid.local")).GetAsync($"/api/v1/admin/operations/definitions/{key}/versions/1/statistics", Ct))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static DateTimeOffset At(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task A_bulk_dry_run_changes_nothing_the_real_run_acts_per_instance_with_audit_and_a_stale_preview_is_409()
    {
        var admin = await factory.CreateClientAsAsync(Admin);
        var key = Models.UniqueKey("ck");
        await admin.PublishAsync(Tasks(key));
        var a = await admin.StartAsync(new StartInstanceRequest(key, $"{key}-a"));
        var b = await admin.StartAsync(new StartInstanceRequest(key, $"{key}-b"));
        var c = await admin.StartAsync(new StartInstanceRequest(key, $"{key}-c"));
        (await admin.PostAsync($"/api/v1/workflow-instances/{c.Id}/cancel", null, Ct)).EnsureSuccessStatusCode();

        var preview = await BulkAsync(admin, new BulkInstanceActionRequest("suspend", true, Instances: [new(a.Id), new(b.Id), new(c.Id)]));
        preview.Applicable.Should().Be(2);
        preview.Refused.Should().Be(1);
        preview.Items.Single(i => i.InstanceId == c.Id).Should().Match<BulkInstanceItemDto>(i => i.Outcome == "refused" && i.Message.Contains("đã kết thúc"));
        preview.Items.Where(i => i.InstanceId != c.Id).Should().OnlyContain(i => i.Outcome == "wouldApply" && i.ProcedureName == $"Thẩm định {key}");
        (await admin.GetInstanceAsync(a.Id)).Status.Should().Be("Running", "a dry run changes nothing");
        (await CountAsync("SELECT count(*) FROM audit_entries WHERE entity_id = ANY($1)", new[] { a.Id, b.Id })).Should().Be(0);

        var done = await BulkAsync(admin, new BulkInstanceActionRequest("suspend", false,
            Instances: [.. preview.Items.Select(i => new BulkInstanceRef(i.InstanceId, i.Version))]));
        done.Items.Where(i => i.Outcome == "applied").Select(i => i.InstanceId).Should().BeEquivalentTo([a.Id, b.Id]);
        done.Items.Single(i => i.InstanceId == c.Id).Outcome.Should().Be("refused");
        (await admin.GetInstanceAsync(a.Id)).Status.Should().Be("Suspended");
        (await admin.GetInstanceAsync(b.Id)).Status.Should().Be("Suspended");
        (await CountAsync("SELECT count(*) FROM audit_entries WHERE entity_type = 'WorkflowInstance' AND action = 'workflow.suspend' AND entity_id = ANY($1) AND user_name = $2",
            new[] { a.Id, b.Id }, Admin)).Should().Be(2);
        (await CountAsync("SELECT count(*) FROM audit_entries WHERE entity_id = $1", c.Id)).Should().Be(0, "a refused instance is not audited");

        // The preview is stale now (both were suspended since): 409, and nothing is resumed.
        var stale = await admin.PostAsJsonAsync("/api/v1/admin/operations/instances/bulk", new BulkInstanceActionRequest("resume", false,
            Instances: [.. preview.Items.Where(i => i.InstanceId != c.Id).Select(i => new BulkInstanceRef(i.InstanceId, i.Version))]), Ct);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "cockpit.stale")).GetProperty("detail").GetString().Should().Contain($"{key}-a");
        (await admin.GetInstanceAsync(a.Id)).Status.Should().Be("Suspended");

        // Resume by the search result instead of a list.
        var resumed = await BulkAsync(admin, new BulkInstanceActionRequest("resume", false, Query: new InstanceSearchQuery(DefinitionKey: key)));
        resumed.Items.Where(i => i.Outcome == "applied").Select(i => i.InstanceId).Should().BeEquivalentTo([a.Id, b.Id]);
        (await admin.GetInstanceAsync(b.Id)).Status.Should().Be("Running");

        // Migrate to version 2 (same steps); version 3 does not exist; the version they are at already is refused.
        await admin.PublishAsync(Tasks(key).Replace("Thẩm định", "Thẩm định (sửa)"));
        var nowhere = await BulkAsync(admin, new BulkInstanceActionRequest("migrate", true, 3, Query: new InstanceSearchQuery(DefinitionKey: key, State: "running")));
        nowhere.Items.Should().OnlyContain(i => i.Outcome == "refused" && i.Message.Contains("phiên bản 3"));
        var migrated = await BulkAsync(admin, new BulkInstanceActionRequest("migrate", false, 2, Instances: [new(a.Id), new(b.Id), new(c.Id)]));
        migrated.Applicable.Should().Be(2);
        (await admin.GetInstanceAsync(a.Id)).DefinitionVersion.Should().Be(2);
        (await CountAsync("SELECT count(*) FROM audit_entries WHERE action = 'workflow.migrate' AND entity_id = $1 AND after::jsonb ->> 'definitionVersion' = '2'", a.Id))
            .Should().Be(1);
        (await BulkAsync(admin, new BulkInstanceActionRequest("migrate", true, 2, Instances: [new(a.Id)]))).Items.Single().Message.Should().Contain("đã ở phiên bản 2");

        // In English, the reasons are English.
        var english = await factory.CreateClientAsAsync(Admin);
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        (await BulkAsync(english, new BulkInstanceActionRequest("resume", true, Instances: [new(a.Id)]))).Items.Single().Message.Should().Be("The instance is not suspended.");

        var cancelled = await BulkAsync(admin, new BulkInstanceActionRequest("cancel", false, Query: new InstanceSearchQuery(DefinitionKey: key)));
        cancelled.Items.Where(i => i.Outcome == "applied").Select(i => i.InstanceId).Should().BeEquivalentTo([a.Id, b.Id]);
        (await admin.GetInstanceAsync(a.Id)).Status.Should().Be("Terminated");

        var bad = await admin.PostAsJsonAsync("/api/v1/admin/operations/instances/bulk",
            new BulkInstanceActionRequest("explode", false, null, [new(a.Id)], new InstanceSearchQuery()), Ct);
        var errors = (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        errors.TryGetProperty("action", out _).Should().BeTrue(errors.ToString());
        errors.TryGetProperty("instances", out _).Should().BeTrue(errors.ToString());
        var noTarget = await admin.PostAsJsonAsync("/api/v1/admin/operations/instances/bulk", new BulkInstanceActionRequest("migrate", true, Instances: [new(a.Id)]), Ct);
        (await noTarget.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors").TryGetProperty("targetVersion", out _).Should().BeTrue();

        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        (await officer.PostAsJsonAsync("/api/v1/admin/operations/instances/bulk", new BulkInstanceActionRequest("cancel", true, Instances: [new(a.Id)]), Ct))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_history_clean_up_deletes_instances_ended_longer_ago_than_their_time_to_live_and_a_second_run_deletes_nothing()
    {
        var admin = await factory.CreateClientAsAsync(Admin);
        var withTtl = Models.UniqueKey("ck");
        var withoutTtl = Models.UniqueKey("ck");
        await admin.PublishAsync(Tasks(withTtl, "P5D"));
        await admin.PublishAsync(Tasks(withoutTtl));
        async Task<Guid> EndedDaysAgo(string key, string businessKey, int days)
        {
            var started = await admin.StartAsync(new StartInstanceRequest(key, businessKey));
            (await admin.PostAsync($"/api/v1/workflow-instances/{started.Id}/cancel", null, Ct)).EnsureSuccessStatusCode();
            await SqlAsync("UPDATE workflow_instances SET ended_at = now() - make_interval(days => $2) WHERE id = $1", started.Id, days);
            return started.Id;
        }
        var oldWithTtl = await EndedDaysAgo(withTtl, "old", 10);
        var recentWithTtl = await EndedDaysAgo(withTtl, "recent", 2);
        var oldWithout = await EndedDaysAgo(withoutTtl, "old", JobSetting.DefaultRetentionDays + 5);
        var keptWithout = await EndedDaysAgo(withoutTtl, "kept", 100);
        var running = await admin.StartAsync(new StartInstanceRequest(withTtl, "running"));
        (await CountAsync("SELECT count(*) FROM workflow_history WHERE instance_id = $1", oldWithTtl)).Should().BeGreaterThan(0);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var first = await scope.ServiceProvider.GetRequiredService<HistoryCleanupJob>().RunAsync(Ct);
            first.Should().BeGreaterThanOrEqualTo(2);
        }
        foreach (var gone in new[] { oldWithTtl, oldWithout })
        {
            (await CountAsync("SELECT count(*) FROM workflow_instances WHERE id = $1", gone)).Should().Be(0);
            (await CountAsync("SELECT count(*) FROM workflow_history WHERE instance_id = $1", gone)).Should().Be(0);
            (await CountAsync("SELECT count(*) FROM workflow_tasks WHERE instance_id = $1", gone)).Should().Be(0);
        }
        foreach (var kept in new[] { recentWithTtl, keptWithout, running.Id })
        {
            (await CountAsync("SELECT count(*) FROM workflow_instances WHERE id = $1", kept)).Should().Be(1);
            (await CountAsync("SELECT count(*) FROM workflow_history WHERE instance_id = $1", kept)).Should().BeGreaterThan(0);
        }
        (await admin.GetAsync($"/api/v1/workflow-instances/{oldWithTtl}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<HistoryCleanupJob>().RunAsync(Ct)).Should().Be(0, "the second run finds nothing more");
        }
        var job = (await admin.GetFromJsonAsync<List<JobSettingDto>>("/api/v1/admin/jobs", Ct))!.Single(j => j.Id == JobIds.HistoryCleanup);
        job.LastRunCount.Should().Be(0);
        job.LastRunAt.Should().NotBeNull();
        job.RetentionDays.Should().Be(JobSetting.DefaultRetentionDays);

        HistoryCleanupJob.ParseDays("180").Should().Be(180);
        HistoryCleanupJob.ParseDays("P30D").Should().Be(30);
        HistoryCleanupJob.ParseDays("P1M").Should().BeNull();
        HistoryCleanupJob.ParseDays(" ").Should().BeNull();
    }
}
