using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using InvestAid.TestBase;
using InvestAid.Workflows;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>
/// Camunda's external-task REST API (/engine-rest/external-task): a worker fetches and locks, completes with typed variables, fails
/// with retries (none left: an incident, no longer fetched), raises a BPMN error caught by the task's boundary event, extends and gives
/// up its lock; a lock that expires returns the task; another worker cannot complete a task it does not hold.
/// </summary>
public sealed class ExternalTaskApiTests(ApiFactory factory)
{
    private static string Model(string key, string topic) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
        <bpmn:error id="err" errorCode="ARCHIVE_REFUSED" />
        <bpmn:process id="{key}" isExecutable="true">
          <bpmn:startEvent id="start" />
          <bpmn:serviceTask id="archive" name="Lưu trữ quyết định" camunda:type="external" camunda:topic="{topic}" />
          <bpmn:boundaryEvent id="refused" attachedToRef="archive"><bpmn:errorEventDefinition errorRef="err" /></bpmn:boundaryEvent>
          <bpmn:endEvent id="archived" /><bpmn:endEvent id="notArchived" />
          <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="archive" />
          <bpmn:sequenceFlow id="f2" sourceRef="archive" targetRef="archived" />
          <bpmn:sequenceFlow id="f3" sourceRef="refused" targetRef="notArchived" />
        </bpmn:process></bpmn:definitions>
        """;

    private static async Task<List<ExternalTaskDto>> FetchAsync(HttpClient client, string worker, string topic, long lockMs = 60_000, long? wait = null)
    {
        var response = await client.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock",
            new FetchAndLockRequest(worker, 5, [new FetchExternalTaskTopic(topic, lockMs)], AsyncResponseTimeout: wait), Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<List<ExternalTaskDto>>(Ct))!;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body) =>
        client.PostAsJsonAsync($"/engine-rest/external-task/{path}", body, Ct);

    [Fact]
    public async Task A_worker_fetches_the_task_with_its_variables_and_completes_it_with_typed_variables()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var key = Models.UniqueKey("ext");
        var topic = $"archive-{key}";
        await admin.PublishAsync(Model(key, topic));
        var started = await admin.StartAsync(new StartInstanceRequest(key, "QĐ-12", new()
        {
            ["decisionNo"] = JsonSerializer.SerializeToElement("12/QĐ-UBND"), ["pages"] = JsonSerializer.SerializeToElement(3),
        }));

        var locked = (await FetchAsync(admin, "archive-worker", topic)).Should().ContainSingle().Subject;
        locked.ProcessInstanceId.Should().Be(started.Id.ToString());
        locked.ActivityId.Should().Be("archive");
        locked.BusinessKey.Should().Be("QĐ-12");
        locked.WorkerId.Should().Be("archive-worker");
        locked.Variables!["decisionNo"].Should().BeEquivalentTo(new { Type = "String" });
        locked.Variables["decisionNo"].Value!.GetValue<string>().Should().Be("12/QĐ-UBND");
        locked.Variables["pages"].Type.Should().Be("Integer");
        (await FetchAsync(admin, "second-worker", topic)).Should().BeEmpty("a locked task is not handed out twice");

        // Another worker may not complete it: 400 naming workerId, nothing changes.
        var stolen = await PostAsync(admin, $"{locked.Id}/complete", new CompleteExternalTaskRequest("second-worker"));
        var problem = await stolen.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errors").TryGetProperty("workerId", out _).Should().BeTrue(problem.ToString());

        var completed = await PostAsync(admin, $"{locked.Id}/complete", new CompleteExternalTaskRequest("archive-worker", new()
        {
            ["archiveNo"] = new CamundaVariable(JsonValue.Create("LT-2026/001"), "String"),
            ["receipt"] = new CamundaVariable(JsonValue.Create("""{"box":7,"shelf":"B"}"""), "Json"),
        }));
        completed.StatusCode.Should().Be(HttpStatusCode.NoContent, await completed.Content.ReadAsStringAsync(Ct));

        var done = await admin.GetInstanceAsync(started.Id);
        done.Status.Should().Be("Completed");
        done.Variables["archiveNo"]!.GetValue<string>().Should().Be("LT-2026/001");
        done.Variables["receipt"]!["box"]!.GetValue<int>().Should().Be(7);
        done.History.Should().Contain(h => h.ActivityId == "archived");
        (await admin.GetAsync($"/engine-rest/external-task/{locked.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Failures_count_down_the_retries_and_none_left_is_an_incident_that_is_not_fetched_again()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var key = Models.UniqueKey("ext");
        var topic = $"archive-{key}";
        await admin.PublishAsync(Model(key, topic));
        await admin.StartAsync(new StartInstanceRequest(key, "QĐ-13"));

        var first = (await FetchAsync(admin, "w", topic)).Single();
        (await PostAsync(admin, $"{first.Id}/failure", new ExternalTaskFailureRequest("w", "Kho lưu trữ không trả lời", "timeout", 1, 0)))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        var again = (await FetchAsync(admin, "w", topic)).Single();
        again.Retries.Should().Be(1);
        again.ErrorMessage.Should().Be("Kho lưu trữ không trả lời");

        (await PostAsync(admin, $"{again.Id}/failure", new ExternalTaskFailureRequest("w", "Vẫn lỗi", null, 0, 0))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await FetchAsync(admin, "w", topic)).Should().BeEmpty("a task with no retries left is an incident, not work");
        var incidents = await admin.GetFromJsonAsync<List<ExternalTaskDto>>($"/engine-rest/external-task?topicName={topic}&noRetriesLeft=true", Ct);
        incidents!.Should().ContainSingle(t => t.Id == first.Id && t.Retries == 0 && t.ErrorMessage == "Vẫn lỗi");

        // Bad input names the field and changes nothing.
        var bad = await PostAsync(admin, $"{first.Id}/failure", new ExternalTaskFailureRequest("w", "x", null, null, 0));
        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors").TryGetProperty("workerId", out _)
            .Should().BeTrue("the task is no longer locked by anyone");
        var badFetch = await admin.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock", new FetchAndLockRequest("", 0, []), Ct);
        var errors = (await badFetch.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        errors.TryGetProperty("workerId", out _).Should().BeTrue();
        errors.TryGetProperty("maxTasks", out _).Should().BeTrue();
        errors.TryGetProperty("topics", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_bpmn_error_takes_the_boundary_event_and_locks_expire_extend_and_unlock()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var key = Models.UniqueKey("ext");
        var topic = $"archive-{key}";
        await admin.PublishAsync(Model(key, topic));
        var started = await admin.StartAsync(new StartInstanceRequest(key, "QĐ-14"));

        // A short lock runs out and the task returns to the queue for another worker.
        var shortLock = (await FetchAsync(admin, "slow", topic, lockMs: 300)).Single();
        await Task.Delay(600, Ct);
        var taken = (await FetchAsync(admin, "fast", topic)).Single();
        taken.Id.Should().Be(shortLock.Id);
        (await PostAsync(admin, $"{taken.Id}/complete", new CompleteExternalTaskRequest("slow"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        (await PostAsync(admin, $"{taken.Id}/extendLock", new ExtendExternalTaskLockRequest("fast", 120_000))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var extended = await admin.GetFromJsonAsync<ExternalTaskDto>($"/engine-rest/external-task/{taken.Id}", Ct);
        extended!.LockExpirationTime.Should().BeAfter(taken.LockExpirationTime!.Value);
        (await PostAsync(admin, $"{taken.Id}/unlock", new { })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var relocked = (await FetchAsync(admin, "fast", topic)).Single();

        // Long polling: a fetch with nothing to do waits, then answers empty.
        var before = DateTimeOffset.UtcNow;
        (await FetchAsync(admin, "idle", $"nothing-{key}", wait: 700)).Should().BeEmpty();
        (DateTimeOffset.UtcNow - before).Should().BeGreaterThan(TimeSpan.FromMilliseconds(400));

        var error = await PostAsync(admin, $"{relocked.Id}/bpmnError", new ExternalTaskBpmnErrorRequest("fast", "ARCHIVE_REFUSED", "Hồ sơ thiếu chữ ký",
            new() { ["reason"] = new CamundaVariable(JsonValue.Create("thiếu chữ ký"), "String") }));
        error.StatusCode.Should().Be(HttpStatusCode.NoContent, await error.Content.ReadAsStringAsync(Ct));
        var instance = await admin.GetInstanceAsync(started.Id);
        instance.Status.Should().Be("Completed");
        instance.History.Should().Contain(h => h.ActivityId == "notArchived");
        instance.Variables["reason"]!.GetValue<string>().Should().Be("thiếu chữ ký");
    }

    [Fact]
    public async Task The_operations_view_shows_incidents_and_faulted_instances_by_name_and_an_incident_is_retried()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var key = Models.UniqueKey("ops");
        var topic = $"archive-{key}";
        await admin.PublishAsync(Model(key, topic).Replace($"<bpmn:process id=\"{key}\"", $"<bpmn:process id=\"{key}\" name=\"Lưu trữ {key}\""));
        var started = await admin.StartAsync(new StartInstanceRequest(key, "QĐ-15"));
        var task = (await FetchAsync(admin, "w", topic)).Single();
        (await PostAsync(admin, $"{task.Id}/failure", new ExternalTaskFailureRequest("w", "Kho lưu trữ từ chối kết nối", null, 0, 0))).StatusCode
            .Should().Be(HttpStatusCode.NoContent);

        var faultKey = Models.UniqueKey("ops");
        await admin.PublishAsync($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
            <bpmn:process id="{faultKey}" name="Quy trình lỗi {faultKey}" isExecutable="true">
              <bpmn:startEvent id="start" /><bpmn:exclusiveGateway id="route" name="Chọn nhánh" /><bpmn:endEvent id="end" />
              <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="route" />
              <bpmn:sequenceFlow id="f2" sourceRef="route" targetRef="end"><bpmn:conditionExpression>{"${"}amount > 10{"}"}</bpmn:conditionExpression></bpmn:sequenceFlow>
            </bpmn:process></bpmn:definitions>
            """);
        var faulted = await admin.StartAsync(new StartInstanceRequest(faultKey, "HS-LOI", new() { ["amount"] = JsonSerializer.SerializeToElement(1) }));
        faulted.Status.Should().Be("Faulted");

        var view = await admin.GetFromJsonAsync<WorkflowOperationsDto>("/api/v1/admin/operations", Ct);
        var incident = view!.Incidents.Should().ContainSingle(i => i.Id == task.Id).Subject;
        (incident.ProcedureName, incident.StepName, incident.BusinessKey, incident.ErrorMessage, incident.InstanceId)
            .Should().Be(($"Lưu trữ {key}", "Lưu trữ quyết định", "QĐ-15", "Kho lưu trữ từ chối kết nối", started.Id));
        (incident.Type, incident.ElementId, incident.Topic).Should().Be(("failedExternalTask", "archive", topic));
        // The administrators are told in the app.
        var notices = await admin.GetFromJsonAsync<InvestAid.Notifications.NotificationListDto>("/api/v1/notifications?pageSize=100", Ct);
        notices!.Items.Should().Contain(n => n.Kind == "workflow-incident" && n.Title.Contains($"Lưu trữ {key}") && n.Body.Contains("Kho lưu trữ từ chối kết nối"));
        // An external task's incident is resolved by a retry only (as in Camunda).
        await (await admin.PostAsync($"/api/v1/admin/operations/incidents/{task.Id}/resolve", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "incident.not-resolvable");
        view.Topics.Should().ContainSingle(t => t.Topic == topic).Which.Should().Be(new ExternalTopicLoadDto(topic, 0, 0, 1));
        view.Procedures.Should().ContainSingle(p => p.Key == key).Which.Running.Should().Be(1);
        var attention = view.Attention.Should().ContainSingle(a => a.Id == faulted.Id).Subject;
        (attention.ProcedureName, attention.Status, attention.BusinessKey).Should().Be(($"Quy trình lỗi {faultKey}", "Faulted", "HS-LOI"));
        attention.AtSteps.Should().Equal("Chọn nhánh");
        attention.FaultMessage.Should().Contain("route");

        (await admin.PostAsync($"/api/v1/admin/operations/incidents/{task.Id}/retry", null, Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await FetchAsync(admin, "w2", topic)).Should().ContainSingle(t => t.Id == task.Id && t.Retries == 1);
        var again = await admin.PostAsync($"/api/v1/admin/operations/incidents/{task.Id}/retry", null, Ct);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "externalTask.notIncident");
        (await admin.PostAsync("/api/v1/admin/operations/incidents/khong-co/retry", null, Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_service_account_works_the_queue_and_nothing_else_and_people_other_than_administrators_may_not_work_it()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var key = Models.UniqueKey("ext");
        var topic = $"archive-{key}";
        await admin.PublishAsync(Model(key, topic));
        var started = await admin.StartAsync(new StartInstanceRequest(key, "QĐ-77", []));

        var worker = await factory.CreateClientAsAsync("worker.archive@investaid.local");
        var locked = (await FetchAsync(worker, "archive-worker", topic)).Should().ContainSingle().Subject;
        (await PostAsync(worker, $"{locked.Id}/complete", new CompleteExternalTaskRequest("archive-worker"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await admin.GetInstanceAsync(started.Id)).Status.Should().Be("Completed");

        // A service account is not a person: no project, dossier, task or account page.
        foreach (var path in new[] { "/api/v1/projects", "/api/v1/tasks", "/api/account/me", "/api/v1/workflow-definitions" })
        {
            (await worker.GetAsync(path, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden, path);
        }
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var response = await officer.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock",
            new FetchAndLockRequest("w", 1, [new FetchExternalTaskTopic("any", 1000)]), Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
