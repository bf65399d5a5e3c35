using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using InvestAid.Decisions;
using InvestAid.Dossiers;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Npgsql;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Decisions;

/// <summary>Camunda Forms uploaded and versioned beside the models, bound by user tasks, and holding submissions to their rules.</summary>
public sealed class FormApiTests(ApiFactory factory)
{
    private static string Findings(string id, string label = "Kết quả thẩm định") => $$"""
        {
          "id": "{{id}}", "type": "default", "schemaVersion": 16, "executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.21.0",
          "components": [
            { "type": "text", "text": "# Kết quả thẩm định hồ sơ" },
            { "type": "textarea", "key": "findings", "label": "{{label}}", "validate": { "required": true } },
            { "type": "number", "key": "capitalVnd", "label": "Vốn đầu tư (triệu đồng)", "validate": { "min": 0 } },
            { "type": "radio", "key": "recommendation", "label": "Đề xuất",
              "values": [ { "label": "Chấp thuận", "value": "approve" }, { "label": "Không chấp thuận", "value": "reject" } ] }
          ]
        }
        """;

    private static Task<HttpResponseMessage> UploadFormAsync(HttpClient client, string json, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/forms") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ifMatch}\""));
        }

        return client.SendAsync(request, Ct);
    }

    private static async Task<FormDefinitionDto> PublishFormAsync(HttpClient client, string json)
    {
        var upload = await UploadFormAsync(client, json);
        upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync(Ct));
        var created = (await upload.Content.ReadFromJsonAsync<FormDefinitionDto>(Ct))!;
        var publish = await client.PostAsync($"/api/v1/forms/{created.Key}/publish", null, Ct);
        publish.StatusCode.Should().Be(HttpStatusCode.OK, await publish.Content.ReadAsStringAsync(Ct));
        return (await publish.Content.ReadFromJsonAsync<FormDefinitionDto>(Ct))!;
    }

    private static string Process(string key, string formAttributes) => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://investaid.vn/test">
        <bpmn:process id="{{key}}" isExecutable="true">
          <bpmn:startEvent id="start" />
          <bpmn:userTask id="appraise" name="Thẩm định" camunda:candidateGroups="officer" {{formAttributes}} />
          <bpmn:endEvent id="end" />
          <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="appraise" />
          <bpmn:sequenceFlow id="f2" sourceRef="appraise" targetRef="end" />
        </bpmn:process>
        </bpmn:definitions>
        """;

    private static Task<HttpResponseMessage> CompleteWithAsync(HttpClient client, string taskId, object variables) =>
        client.PostAsJsonAsync($"/api/v1/tasks/{taskId}/complete", new { outcome = (string?)null, comment = "ok", variables }, Ct);

    [Fact]
    public async Task Forms_are_versioned_published_and_downloaded_as_uploaded()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Workflows.Models.UniqueKey("form");
        var v1 = await PublishFormAsync(officer, Findings(key));
        var v2 = await PublishFormAsync(officer, Findings(key, "Kết luận thẩm định"));
        v1.Version.Should().Be(1);
        v2.Version.Should().Be(2);
        v2.Name.Should().Be("Kết quả thẩm định hồ sơ");
        v2.FileName.Should().Be(key + ".form");
        v2.FieldKeys.Should().Equal("findings", "capitalVnd", "recommendation");
        (await officer.GetStringAsync($"/api/v1/forms/{key}/versions/1/schema", Ct)).Should().Be(Findings(key));
        (await officer.GetFromJsonAsync<List<FormDefinitionDto>>($"/api/v1/forms?key={key}", Ct))!.Select(f => f.Status).Should().Equal("Published", "Published");

        // The editor names the version it opened: a save over a newer one is refused, and nothing is added.
        (await UploadFormAsync(officer, Findings(key), ifMatch: "1")).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await UploadFormAsync(officer, Findings(key), ifMatch: "2")).StatusCode.Should().Be(HttpStatusCode.Created);
        (await officer.PostAsync($"/api/v1/forms/{key}/publish", null, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await officer.PostAsync($"/api/v1/forms/{key}/publish", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Conflict, "no draft is left");
        (await CountAsync(key)).Should().Be(3);
    }

    [Fact]
    public async Task A_malformed_form_is_refused_naming_the_component_and_nothing_is_stored()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Workflows.Models.UniqueKey("form");
        var noKey = $$"""{ "id": "{{key}}", "components": [ { "type": "textfield", "id": "Field_0abc", "label": "Số văn bản" } ] }""";
        var response = await UploadFormAsync(officer, noKey);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Contain(k => k.Contains("Field_0abc", StringComparison.OrdinalIgnoreCase), problem.ToJsonString());
        (await UploadFormAsync(officer, "{ not json")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await CountAsync(key)).Should().Be(0);
        // A clerk may not upload forms.
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        (await UploadFormAsync(owner, Findings(key))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_model_whose_form_is_not_published_is_refused_at_publish_naming_the_task()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var processKey = Workflows.Models.UniqueKey("formref");
        var upload = await officer.UploadAsync(Process(processKey, """camunda:formRef="no-such-form" camunda:formRefBinding="latest" """));
        upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync(Ct));
        var publish = await officer.PostAsync($"/api/v1/workflow-definitions/{processKey}/publish", null, Ct);
        publish.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await publish.Content.ReadAsStringAsync(Ct);
        body.Should().Contain("appraise").And.Contain("no-such-form");

        var badBinding = await officer.UploadAsync(Process(Workflows.Models.UniqueKey("formref"), """camunda:formRef="x" camunda:formRefBinding="version" """));
        badBinding.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badBinding.Content.ReadAsStringAsync(Ct)).Should().Contain("formRefVersion");
    }

    [Fact]
    public async Task A_task_shows_its_form_and_completing_it_holds_the_values_to_the_form()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var formKey = Workflows.Models.UniqueKey("form");
        await PublishFormAsync(officer, Findings(formKey));
        var processKey = Workflows.Models.UniqueKey("formref");
        await officer.PublishAsync(Process(processKey, $"""camunda:formRef="{formKey}" camunda:formRefBinding="latest" """));
        var instance = await officer.StartAsync(new StartInstanceRequest(processKey, "dossier-form",
            new Dictionary<string, JsonElement> { ["capitalVnd"] = JsonSerializer.SerializeToElement(1200) }));
        var taskId = instance.Tasks.Single().Id;

        var detail = (await officer.GetFromJsonAsync<TaskDetailDto>($"/api/v1/tasks/{taskId}", TestJson.Options, Ct))!;
        detail.Form!.Key.Should().Be(formKey);
        detail.Form.Version.Should().Be(1);
        detail.Form.Schema["components"]!.AsArray().Count.Should().Be(4);
        detail.Form.Data["capitalVnd"]!.GetValue<int>().Should().Be(1200, "the form opens with the instance's variables");

        var missing = await CompleteWithAsync(officer, taskId, new { capitalVnd = -5, recommendation = "maybe" });
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await missing.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject();
        errors.Select(e => e.Key).Should().BeEquivalentTo(["findings", "capitalVnd", "recommendation"]);
        errors["findings"]![0]!.GetValue<string>().Should().Contain("Kết quả thẩm định");
        (await officer.GetInstanceAsync(instance.Id)).Tasks.Single().Status.Should().Be("Open", "nothing was saved");

        var done = await CompleteWithAsync(officer, taskId, new { findings = "Hồ sơ đáp ứng điều kiện.", capitalVnd = 1500, recommendation = "approve" });
        done.StatusCode.Should().Be(HttpStatusCode.OK, await done.Content.ReadAsStringAsync(Ct));
        var after = await officer.GetInstanceAsync(instance.Id);
        after.Variables["findings"]!.GetValue<string>().Should().Be("Hồ sơ đáp ứng điều kiện.");
        after.Variables["capitalVnd"]!.GetValue<int>().Should().Be(1500);
    }

    [Fact]
    public async Task Bindings_pick_the_latest_the_deployment_or_the_exact_version()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var formKey = Workflows.Models.UniqueKey("form");
        await PublishFormAsync(officer, Findings(formKey, "Nhãn một"));
        var deployment = Workflows.Models.UniqueKey("formdep");
        var version = Workflows.Models.UniqueKey("formver");
        var latest = Workflows.Models.UniqueKey("formlat");
        var file = Workflows.Models.UniqueKey("formfile");
        await officer.PublishAsync(Process(deployment, $"""camunda:formRef="{formKey}" camunda:formRefBinding="deployment" """));
        await officer.PublishAsync(Process(version, $"""camunda:formRef="{formKey}" camunda:formRefBinding="version" camunda:formRefVersion="1" """));
        await officer.PublishAsync(Process(latest, $"""camunda:formRef="{formKey}" camunda:formRefBinding="latest" """));
        await officer.PublishAsync(Process(file, $"""camunda:formKey="camunda-forms:deployment:{formKey}.form" """));
        await PublishFormAsync(officer, Findings(formKey, "Nhãn hai"));

        async Task<(int Version, string Label)> FormOf(string processKey)
        {
            var instance = await officer.StartAsync(new StartInstanceRequest(processKey, "dossier-binding"));
            var form = (await officer.GetFromJsonAsync<TaskDetailDto>($"/api/v1/tasks/{instance.Tasks.Single().Id}", TestJson.Options, Ct))!.Form!;
            return (form.Version, form.Schema["components"]![1]!["label"]!.GetValue<string>());
        }

        (await FormOf(latest)).Should().Be((2, "Nhãn hai"));
        (await FormOf(deployment)).Should().Be((1, "Nhãn một"), "the version in force when the model was published");
        (await FormOf(version)).Should().Be((1, "Nhãn một"));
        (await FormOf(file)).Should().Be((1, "Nhãn một"), "camunda-forms:deployment: binds to the deployment too");
    }

    /// <summary>Camunda's own forms (test/camunda-corpus/forms, Apache-2.0), uploaded unchanged as .form files.</summary>
    [Fact]
    public async Task Camundas_own_forms_upload_and_hold_submissions_to_their_rules()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var folder = CorpusForms();
        var files = Directory.GetFiles(folder, "*.form").Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCount(9);
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            // Each test run uploads the files under names of its own, so runs sharing the database do not meet.
            var unique = Workflows.Models.UniqueKey("c") + "-" + name;
            using var content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(path, Ct)), "file", unique } };
            var upload = await officer.PostAsync("/api/v1/forms", content, Ct);
            if (name.Contains("anyForm", StringComparison.Ordinal))
            {
                upload.StatusCode.Should().Be(HttpStatusCode.BadRequest, "Camunda's strict-parse test form is not JSON");
                continue;
            }

            upload.StatusCode.Should().Be(HttpStatusCode.Created, $"{name}: {await upload.Content.ReadAsStringAsync(Ct)}");
            var created = (await upload.Content.ReadFromJsonAsync<FormDefinitionDto>(Ct))!;
            (await officer.PostAsync($"/api/v1/forms/{created.Key}/publish", null, Ct)).StatusCode.Should().Be(HttpStatusCode.OK, name);
        }

        // The invoice example's task form, bound by file as Camunda's example binds it: creditor, amount and approved required, patterns checked.
        var file = Workflows.Models.UniqueKey("c") + "-examples-task-form.form";
        using (var content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(folder, "examples-task-form.form"), Ct)), "file", file } })
        {
            var created = (await (await officer.PostAsync("/api/v1/forms", content, Ct)).Content.ReadFromJsonAsync<FormDefinitionDto>(Ct))!;
            (await officer.PostAsync($"/api/v1/forms/{created.Key}/publish", null, Ct)).EnsureSuccessStatusCode();
        }

        var processKey = Workflows.Models.UniqueKey("invoice");
        await officer.PublishAsync(Process(processKey, $"""camunda:formKey="camunda-forms:app:forms/{file}" """));
        var instance = await officer.StartAsync(new StartInstanceRequest(processKey, "invoice-1"));
        var taskId = instance.Tasks.Single().Id;
        var bad = await CompleteWithAsync(officer, taskId, new { amount = "12a", invoiceNumber = "123" });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo(["creditor", "amount", "invoiceNumber", "approved"]);
        var ok = await CompleteWithAsync(officer, taskId, new { creditor = "Great Pizza for Everyone Inc.", amount = "30", invoiceNumber = "C-123", approved = "true" });
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>
    /// Camunda's own start-form example, unchanged: the invoice quickstart (camunda-bpm-examples usertask/task-camunda-forms) with its
    /// start event's <c>camunda:formKey="camunda-forms:app:start-form.form"</c> and the form file beside it.
    /// </summary>
    [Fact]
    public async Task A_start_form_is_shown_before_the_start_and_the_start_is_held_to_it()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var folder = CorpusForms();
        foreach (var (file, name) in new[] { ("examples-start-form.form", "start-form.form"), ("examples-task-form.form", "task-form.form") })
        {
            using var content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(folder, file), Ct)), "file", name } };
            var created = (await (await admin.PostAsync("/api/v1/forms", content, Ct)).Content.ReadFromJsonAsync<FormDefinitionDto>(Ct))!;
            (await admin.PostAsync($"/api/v1/forms/{created.Key}/publish", null, Ct)).EnsureSuccessStatusCode();
        }
        var model = await File.ReadAllTextAsync(Path.Combine(folder, "..", "camunda", "camunda-bpm-examples", "usertask", "task-camunda-forms", "src", "main",
            "resources", "invoiceApproval.bpmn"), Ct);
        await admin.PublishAsync(model);

        var form = await officer.GetAsync("/api/v1/workflow-definitions/camundaFormsQuickstart/start-form", Ct);
        form.StatusCode.Should().Be(HttpStatusCode.OK, await form.Content.ReadAsStringAsync(Ct));
        var dto = (await form.Content.ReadFromJsonAsync<ResolvedFormDto>(Ct))!;
        dto.Key.Should().Be("start-form");
        dto.Schema["components"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()).Should().Equal("creditor", "amount", "invoiceNumber");

        // The start is held to the same form: 400 naming each field, nothing started.
        var bad = await officer.PostAsJsonAsync("/api/v1/workflow-instances",
            new { definitionKey = "camundaFormsQuickstart", businessKey = "C-1", variables = new { amount = "12a" } }, Ct);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo(["creditor", "amount"]);
        var ok = await officer.PostAsJsonAsync("/api/v1/workflow-instances",
            new { definitionKey = "camundaFormsQuickstart", businessKey = "C-2", variables = new { creditor = "Công ty TNHH Minh Phát", amount = "1250", invoiceNumber = "C-4711" } }, Ct);
        ok.StatusCode.Should().Be(HttpStatusCode.Created, await ok.Content.ReadAsStringAsync(Ct));

        // A start event without a form: 204. A viewer may not start, so may not ask either.
        var key = Workflows.Models.UniqueKey("noform");
        await admin.PublishAsync(Process(key, ""));
        (await officer.GetAsync($"/api/v1/workflow-definitions/{key}/start-form", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        (await viewer.GetAsync("/api/v1/workflow-definitions/camundaFormsQuickstart/start-form", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static string CorpusForms() => RepoPaths.Above("test", "camunda-corpus", "forms");

    private async Task<long> CountAsync(string key)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM form_definitions WHERE key = $1", connection) { Parameters = { new() { Value = key } } };
        return (long)(await cmd.ExecuteScalarAsync(Ct))!;
    }
}
