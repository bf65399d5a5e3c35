using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Decisions;
using InvestAid.Identity;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>
/// Camunda's own models (test/camunda-corpus/camunda, taken unchanged from Camunda's public repositories), each
/// uploaded as it is through the API, bound by an administrator where it runs Java code, published, started with the
/// variables it needs and driven (tasks, messages, signals, external tasks, timers) to an end event; the path taken
/// is checked against the table test/camunda-corpus/camunda/corpus.json, or the refusal against the reason it lists.
/// Every model of the folder must have a row (docs/camunda-compatibility.md lists the outcomes).
/// </summary>
[Collection(Identity.ReviewInvoiceMappings.Name)]
public sealed class CamundaCorpusApiTests(ApiFactory factory)
{
    private static readonly JsonSerializerOptions IdentityJson = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static TheoryData<string> Rows => [.. CamundaCorpus.Rows().Select(r => r.Id)];

    [Fact]
    public void Every_model_of_the_folder_has_a_row_and_every_row_a_model()
    {
        var files = CamundaCorpus.Files();
        var rows = CamundaCorpus.Rows();
        files.Should().HaveCountGreaterThanOrEqualTo(40);
        files.Should().BeEquivalentTo(rows.Select(r => r.File).Distinct());
        rows.Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_model_runs_through_the_api_or_is_refused_for_its_reason(string id)
    {
        var row = CamundaCorpus.Rows().Single(r => r.Id == id);
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");

        foreach (var dependency in row.Deploy ?? [])
        {
            await DeployAsync(admin, CamundaCorpus.Rows().First(r => r.File == dependency));
        }

        var deployed = await DeployAsync(admin, row);
        if (!deployed)
        {
            return;
        }

        await MapIdentitiesAsync(admin, row);

        var businessKey = $"corpus-{Guid.NewGuid():N}"[..20];
        var start = await admin.PostAsJsonAsync("/api/v1/workflow-instances", new StartInstanceRequest(row.Process!, businessKey, Variables(row.Variables)), Ct);
        if (row.Refusal is { At: "start" } atStart)
        {
            // Upload and publish pass, but the first steps run something the engine cannot (a Java API called from a script).
            start.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            (await start.Content.ReadAsStringAsync(Ct)).Should().Contain(atStart.Element!).And.Contain(atStart.Reason);
            return;
        }

        start.StatusCode.Should().Be(HttpStatusCode.Created, $"{row.Id}: {await start.Content.ReadAsStringAsync(Ct)}");
        var started = (await start.Content.ReadFromJsonAsync<WorkflowInstanceDto>(Ct))!;
        await RunJobsAsync(started.Id);
        foreach (var step in row.Steps ?? [])
        {
            await StepAsync(admin, started.Id, businessKey, row, step);
            await RunJobsAsync(started.Id);
        }

        if (row.Path is null)
        {
            await RecordAsync(admin, started.Id, businessKey, row);
        }

        var instance = await admin.GetInstanceAsync(started.Id);
        var path = instance.History.Select(h => h.ActivityId).ToList();
        if (row.Outcome == "mapped-stops")
        {
            // Mapped identities take it further, up to a step the engine cannot run (the row's refused step): it waits there.
            instance.Status.Should().Be("Running", row.Id);
            path.Should().Equal(row.Path, $"the path of {id} up to the refused step (actual: \"{string.Join("\", \"", path)}\")");
            return;
        }

        instance.Status.Should().Be("Completed", $"{id} should have ended; it waits at {string.Join(", ", instance.ActiveNodes)} after {string.Join(", ", path)} ({instance.FaultMessage})");
        path.Should().Equal(row.Path, $"the path of {id} (actual: \"{string.Join("\", \"", path)}\")");
    }

    /// <summary>
    /// Maps the Camunda user and group ids the model names (<c>demo</c>, <c>kermit</c>, <c>accounting</c>…) to our demo users
    /// (by e-mail) and groups (by code) through the administrators' API, for the row's definition key unless the mapping
    /// names another (a called process); a mapping an earlier run of the same key stored is kept.
    /// </summary>
    private static async Task MapIdentitiesAsync(HttpClient admin, CorpusRow row)
    {
        if (row.Identities is not { Count: > 0 } identities)
        {
            return;
        }

        var existing = (await admin.GetFromJsonAsync<IdentityMappingDto[]>("/api/v1/admin/identity-mappings", IdentityJson, Ct))!;
        var groups = (await admin.GetFromJsonAsync<UserGroupDto[]>("/api/v1/admin/groups", Ct))!;
        foreach (var mapping in identities)
        {
            var kind = mapping.Kind == "group" ? IdentityKind.Group : IdentityKind.User;
            var definitionKey = mapping.Definition ?? row.Process;
            Guid? userId = null, groupId = null;
            if (kind == IdentityKind.User)
            {
                var users = await admin.GetFromJsonAsync<PagedResult<UserAdminDto>>($"/api/v1/admin/users?q={Uri.EscapeDataString(mapping.To)}", Ct);
                userId = users!.Items.Single(u => u.Email == mapping.To).Id;
            }
            else
            {
                groupId = groups.Single(g => g.Code == mapping.To).Id;
            }

            var input = new IdentityMappingInput(kind, mapping.Id, definitionKey, userId, groupId);
            if (existing.FirstOrDefault(e => e.Kind == kind && e.ExternalId == mapping.Id && e.DefinitionKey == definitionKey) is { } found)
            {
                // Mapped already (by an earlier run, or by another test of the same model to someone else): point it at this row's target.
                if (found.UserId != userId || found.GroupId != groupId)
                {
                    using var retarget = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/admin/identity-mappings/{found.Id}")
                    {
                        Content = JsonContent.Create(input, options: IdentityJson),
                    };
                    retarget.Headers.TryAddWithoutValidation("If-Match", $"\"{found.Version}\"");
                    var changed = await admin.SendAsync(retarget, Ct);
                    changed.StatusCode.Should().Be(HttpStatusCode.OK, $"{row.Id} maps {mapping.Id}: {await changed.Content.ReadAsStringAsync(Ct)}");
                }
                continue;
            }

            var stored = await admin.PostAsJsonAsync("/api/v1/admin/identity-mappings", input, IdentityJson, Ct);
            stored.StatusCode.Should().Be(HttpStatusCode.Created, $"{row.Id} maps {mapping.Id}: {await stored.Content.ReadAsStringAsync(Ct)}");
        }
    }

    /// <summary>Uploads the file unchanged, stores the row's bindings with the draft and publishes; false when the row expects a refusal (checked here).</summary>
    private static async Task<bool> DeployAsync(HttpClient admin, CorpusRow row)
    {
        var upload = await admin.UploadAsync(CamundaCorpus.Xml(row.File));
        if (row.Refusal is { At: "upload" } atUpload)
        {
            await ShouldNameAsync(upload, atUpload);
            return false;
        }

        upload.StatusCode.Should().Be(HttpStatusCode.Created, $"{row.Id}: {await upload.Content.ReadAsStringAsync(Ct)}");
        var drafts = await admin.GetFromJsonAsync<WorkflowDefinitionDto[]>($"/api/v1/workflow-definitions?key={row.Process}", Ct);
        var draft = drafts!.Where(d => d.Status == WorkflowDefinitionStatus.Draft).MaxBy(d => d.Version)!;
        if (row.Bindings is { Count: > 0 } bindings)
        {
            var bound = await admin.PutAsJsonAsync($"/api/v1/workflow-definitions/{row.Process}/versions/{draft.Version}/bindings", new WorkflowBindingsDto(bindings), Ct);
            bound.StatusCode.Should().Be(HttpStatusCode.OK, $"{row.Id}: {await bound.Content.ReadAsStringAsync(Ct)}");
        }

        // The Camunda Forms the model names, deployed with it as Camunda deploys them: under the file name the model uses.
        foreach (var (source, fileName) in row.Forms ?? [])
        {
            using var content = new MultipartFormDataContent
            {
                { new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(CamundaCorpus.Root(), "..", source), Ct)), "file", fileName },
            };
            var form = await admin.PostAsync("/api/v1/forms", content, Ct);
            form.StatusCode.Should().Be(HttpStatusCode.Created, $"{row.Id}: {await form.Content.ReadAsStringAsync(Ct)}");
            var created = (await form.Content.ReadFromJsonAsync<FormDefinitionDto>(Ct))!;
            (await admin.PostAsync($"/api/v1/forms/{created.Key}/publish", null, Ct)).StatusCode.Should().Be(HttpStatusCode.OK, row.Id);
        }

        var publish = await admin.PostAsync($"/api/v1/workflow-definitions/{row.Process}/publish", null, Ct);
        if (row.Refusal is { At: "publish" } atPublish)
        {
            await ShouldNameAsync(publish, atPublish);
            return false;
        }

        publish.StatusCode.Should().Be(HttpStatusCode.OK, $"{row.Id}: {await publish.Content.ReadAsStringAsync(Ct)}");
        return row.Refusal is null or { At: "start" };
    }

    private static async Task ShouldNameAsync(HttpResponseMessage response, CorpusRefusal refusal)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidModel);
        var errors = problem.GetProperty("bpmnErrors").EnumerateArray()
            .Select(e => (Element: e.TryGetProperty("elementId", out var el) ? el.GetString() : null, Message: e.GetProperty("message").GetString() ?? ""))
            .ToList();
        errors.Should().Contain(e => e.Element == refusal.Element && e.Message.Contains(refusal.Reason, StringComparison.Ordinal), problem.ToString());
    }

    private async Task StepAsync(HttpClient admin, Guid instanceId, string businessKey, CorpusRow row, CorpusStep step)
    {
        if (step.Task is { } element)
        {
            // A task offered to a mapped Camunda id is completed by the user it maps to, not by an administrator's override.
            var actor = step.As is { } email ? await factory.CreateClientAsAsync(email) : admin;
            // "child": the task is in an instance a call activity started (same business key), not in the row's own.
            var instance = step.Child == true ? await ChildWithOpenTaskAsync(admin, instanceId, businessKey, element) : await admin.GetInstanceAsync(instanceId);
            var task = instance.Tasks.FirstOrDefault(t => t.ElementId == element && t.Status == "Open");
            task.Should().NotBeNull($"{row.Id}: task {element} should be open; open: {string.Join(", ", instance.Tasks.Where(t => t.Status == "Open").Select(t => t.ElementId))}, path {string.Join(", ", instance.History.Select(h => h.ActivityId))}");
            var response = await actor.PostAsJsonAsync($"/api/v1/tasks/{task!.Id}/complete", new CompleteTaskRequest(step.Outcome, null, Variables(step.Variables)), Ct);
            if (step.Refused is { } refusedTask)
            {
                // The model goes on to something the engine cannot run: the user's command is refused, nothing saved.
                response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, row.Id);
                (await response.Content.ReadAsStringAsync(Ct)).Should().Contain(refusedTask);
                return;
            }

            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{row.Id} {element}: {await response.Content.ReadAsStringAsync(Ct)}");
        }
        else if (step.Message is { } message)
        {
            var response = await admin.PostAsJsonAsync("/api/v1/workflow-messages", new CorrelateMessageRequest(message, businessKey, null, Variables(step.Variables)), Ct);
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{row.Id} message {message}: {await response.Content.ReadAsStringAsync(Ct)}");
        }
        else if (step.Signal is { } signal)
        {
            var response = await admin.PostAsJsonAsync("/api/v1/workflow-signals", new ThrowSignalRequest(signal, Variables(step.Variables)), Ct);
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{row.Id} signal {signal}: {await response.Content.ReadAsStringAsync(Ct)}");
        }
        else if (step.External is { } topic)
        {
            var fetch = await admin.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock",
                new FetchAndLockRequest("corpus-worker", 1, [new FetchExternalTaskTopic(topic, 60_000, BusinessKey: step.Child == true ? null : businessKey)]), Ct);
            fetch.StatusCode.Should().Be(HttpStatusCode.OK, await fetch.Content.ReadAsStringAsync(Ct));
            var locked = (await fetch.Content.ReadFromJsonAsync<List<ExternalTaskDto>>(Ct))!;
            locked.Should().ContainSingle($"{row.Id}: one external task of topic {topic} should wait");
            var variables = step.Variables?.ToDictionary(v => v.Key, v => new CamundaVariable(JsonNode.Parse(v.Value.GetRawText())));
            var done = step.BpmnError is { } code
                ? await admin.PostAsJsonAsync($"/engine-rest/external-task/{locked[0].Id}/bpmnError", new ExternalTaskBpmnErrorRequest("corpus-worker", code, null, variables), Ct)
                : await admin.PostAsJsonAsync($"/engine-rest/external-task/{locked[0].Id}/complete", new CompleteExternalTaskRequest("corpus-worker", variables), Ct);
            if (step.Refused is { } refusedWorker)
            {
                done.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, row.Id);
                (await done.Content.ReadAsStringAsync(Ct)).Should().Contain(refusedWorker);
                return;
            }

            done.StatusCode.Should().Be(HttpStatusCode.NoContent, $"{row.Id} external {topic}: {await done.Content.ReadAsStringAsync(Ct)}");
        }
        else if (step.Timer == true)
        {
            // What a Hangfire worker does when the delay is over: run the job with its stored arguments.
            var scheduled = ScheduledTimerJob(factory, instanceId).Value;
            await using var scope = factory.Services.CreateAsyncScope();
            var job = scope.ServiceProvider.GetRequiredService(scheduled.Job.Type);
            await (Task)scheduled.Job.Method.Invoke(job, [.. scheduled.Job.Args.Take(2), CancellationToken.None])!;
        }
        else
        {
            throw new InvalidOperationException($"{row.Id}: a step must name a task, message, signal, external topic or timer.");
        }
    }

    /// <summary>
    /// What a Hangfire worker does with the jobs of asynchronous continuations (<c>camunda:asyncBefore</c>/<c>asyncAfter</c>) the
    /// commands so far enqueued for the instance: runs each with its stored arguments, in its own command, until none is left.
    /// </summary>
    private async Task RunJobsAsync(Guid instanceId)
    {
        var storage = factory.Services.GetRequiredService<Hangfire.JobStorage>();
        var client = factory.Services.GetRequiredService<Hangfire.IBackgroundJobClient>();
        for (var round = 0; round < 20; round++)
        {
            EffectsHandedOver(factory);
            var enqueued = storage.GetMonitoringApi().EnqueuedJobs("default", 0, 5000)
                .Where(j => j.Value.Job?.Type == typeof(WorkflowTimerJob) && Equals(j.Value.Job.Args[0], instanceId)).ToList();
            if (enqueued.Count == 0)
            {
                return;
            }

            foreach (var (jobId, job) in enqueued)
            {
                Hangfire.BackgroundJobClientExtensions.Delete(client, jobId);
                await using var scope = factory.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<WorkflowTimerJob>().FireAsync(instanceId, (string)job.Job.Args[1], CancellationToken.None);
            }
        }
    }

    /// <summary>The first running instance with the business key, other than the row's own, where <paramref name="element"/> is open.</summary>
    private static async Task<WorkflowInstanceDto> ChildWithOpenTaskAsync(HttpClient admin, Guid instanceId, string businessKey, string element)
    {
        var found = (await admin.GetFromJsonAsync<PagedResult<InstanceSummaryDto>>(
            $"/api/v1/admin/operations/instances?businessKey={Uri.EscapeDataString(businessKey)}&pageSize=100", Ct))!;
        foreach (var summary in found.Items.Where(i => i.Id != instanceId).OrderBy(i => i.StartedAt))
        {
            var child = await admin.GetInstanceAsync(summary.Id);
            if (child.Tasks.Any(t => t.ElementId == element && t.Status == "Open"))
            {
                return child;
            }
        }

        return await admin.GetInstanceAsync(instanceId);
    }

    /// <summary>
    /// A row without a path yet: drives the instance by completing whatever task or external task is open and
    /// fails with the steps and the path taken, for a person to check and write into corpus.json.
    /// </summary>
    private async Task RecordAsync(HttpClient admin, Guid instanceId, string businessKey, CorpusRow row)
    {
        var steps = new List<string>();
        var topics = System.Text.RegularExpressions.Regex.Matches(CamundaCorpus.Xml(row.File), "camunda:topic=\"([^\"$]+)\"").Select(m => m.Groups[1].Value)
            .Concat((row.Bindings ?? []).Values.Where(v => v.StartsWith("topic:", StringComparison.Ordinal)).Select(v => v[6..])).Distinct().ToList();
        for (var i = 0; i < 40; i++)
        {
            var instance = await admin.GetInstanceAsync(instanceId);
            if (instance.Status != "Running")
            {
                break;
            }

            if (instance.Tasks.FirstOrDefault(t => t.Status == "Open") is { } task)
            {
                var response = await admin.PostAsJsonAsync($"/api/v1/tasks/{task.Id}/complete", new CompleteTaskRequest(task.Outcomes.FirstOrDefault(), null), Ct);
                steps.Add($"{{ \"task\": \"{task.ElementId}\" }} /* {(int)response.StatusCode} */");
                if (!response.IsSuccessStatusCode)
                {
                    break;
                }

                continue;
            }

            var progressed = false;
            foreach (var topic in topics)
            {
                var fetch = await admin.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock",
                    new FetchAndLockRequest("corpus-worker", 1, [new FetchExternalTaskTopic(topic, 60_000, BusinessKey: businessKey)]), Ct);
                var locked = (await fetch.Content.ReadFromJsonAsync<List<ExternalTaskDto>>(Ct))!;
                if (locked.Count == 1)
                {
                    await admin.PostAsJsonAsync($"/engine-rest/external-task/{locked[0].Id}/complete", new CompleteExternalTaskRequest("corpus-worker"), Ct);
                    steps.Add($"{{ \"external\": \"{topic}\" }}");
                    progressed = true;
                    break;
                }
            }

            if (!progressed)
            {
                break;
            }
        }

        var end = await admin.GetInstanceAsync(instanceId);
        var text = $"RECORD {row.Id} [{end.Status}; waits at {string.Join(",", end.ActiveNodes)}; {end.FaultMessage}]\n  \"steps\": [{string.Join(", ", steps)}],\n  \"path\": [\"{string.Join("\", \"", end.History.Select(h => h.ActivityId))}\"]\n";
        if (Environment.GetEnvironmentVariable("CORPUS_RECORD") is { Length: > 0 } file)
        {
            await File.AppendAllTextAsync(file, text, Ct);
        }

        Assert.Fail(text);
    }

    private static Dictionary<string, JsonElement>? Variables(Dictionary<string, JsonElement>? values) => values;
}

/// <summary>The table of test/camunda-corpus/camunda/corpus.json: one row per model (or per run of a model).</summary>
internal sealed record CorpusRow(
    string File, string Outcome, string? Process, string? Run, Dictionary<string, string>? Bindings, List<string>? Deploy,
    Dictionary<string, string>? Forms, Dictionary<string, JsonElement>? Variables, List<CorpusIdentity>? Identities, List<CorpusStep>? Steps,
    List<string>? Path, CorpusRefusal? Refusal, string? Note)
{
    public string Id => Run is null ? File : $"{File}#{Run}";
}

internal sealed record CorpusStep(
    string? Task, string? Outcome, string? Message, string? Signal, string? External, string? BpmnError, bool? Timer, bool? Child, Dictionary<string, JsonElement>? Variables,
    string? As = null, string? Refused = null);

/// <summary>A Camunda user (<c>kind</c> "user", mapped to a demo user by e-mail) or group id (to a group by code), for <c>definition</c> or the row's key.</summary>
internal sealed record CorpusIdentity(string Kind, string Id, string To, string? Definition);

internal sealed record CorpusRefusal(string At, string? Element, string Reason);

internal static class CamundaCorpus
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static string Root() => RepoPaths.Above("test", "camunda-corpus", "camunda");

    public static IReadOnlyList<CorpusRow> Rows() =>
        JsonSerializer.Deserialize<List<CorpusRow>>(File.ReadAllText(Path.Combine(Root(), "corpus.json")), Options)!;

    public static IReadOnlyList<string> Files()
    {
        var root = Root();
        // Camunda's engine tests keep their models as *.bpmn20.xml.
        return [.. Directory.GetFiles(root, "*.bpmn", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(root, "*.bpmn20.xml", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order()];
    }

    public static string Xml(string file) => File.ReadAllText(Path.Combine(Root(), file), Encoding.UTF8);
}
