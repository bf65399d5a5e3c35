using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Identity;
using InvestAid.TestBase;
using InvestAid.Workflows;
using InvestAid.HttpApi.Workflows;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Identity;

/// <summary>
/// Camunda's own models, unchanged (Resources/camunda): the user and group ids they name (<c>demo</c>, <c>user1</c>,
/// <c>accounting</c>, <c>management</c>) map to nobody until an administrator maps them or makes groups; publishing warns;
/// such tasks wait in the administrators' queue, from which an administrator assigns them; delegation and resolve.
/// </summary>
[Collection(ReviewInvoiceMappings.Name)]
public sealed class IdentityMappingApiTests(ApiFactory factory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static string Model(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Resources", "camunda", file));

    [Fact]
    public async Task Demo_maps_to_nobody_until_mapped_per_definition_then_the_mapped_user_completes()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        // The database is shared: the corpus test maps "demo" for ReviewInvoice too (the two never run side by side). Start unmapped.
        foreach (var earlier in (await admin.GetFromJsonAsync<IdentityMappingDto[]>("/api/v1/admin/identity-mappings", Json, Ct))!
                     .Where(m => m.ExternalId == "demo" && m.DefinitionKey is null or "ReviewInvoice"))
        {
            (await SendAsync(admin, HttpMethod.Delete, $"/api/v1/admin/identity-mappings/{earlier.Id}", null, $"\"{earlier.Version}\"")).StatusCode
                .Should().Be(HttpStatusCode.NoContent);
        }

        var published = await admin.PublishAsync(Model("reviewInvoice.bpmn"));
        published.Key.Should().Be("ReviewInvoice");
        published.Warnings.Should().ContainSingle(w => w.Contains("'demo'") && w.Contains("assignReviewer") && w.Contains("13"));

        var instance = await admin.StartAsync(new StartInstanceRequest("ReviewInvoice", "invoice-1", null, null));
        var task = instance.Tasks.Single(t => t.ElementId == "assignReviewer");
        task.Assignee.Should().Be("demo");

        // Nobody named "demo" exists: the officer may not complete it, and the task waits in the administrators' queue.
        (await officer.CompleteAsync(task.Id, null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var queue = await QueueAsync(admin);
        queue.Items.Should().ContainSingle(q => q.TaskId == task.Id).Which.Should().Match<UnassignableTaskDto>(q => q.Reason == "assignee" && q.UnresolvedIds.Single() == "demo");

        // A global mapping of "demo" to the leader, and one for this definition to the officer: the definition's wins.
        var officerId = await UserIdAsync(admin, "officer@investaid.local");
        var leaderId = await UserIdAsync(admin, "leader@investaid.local");
        (await admin.PostAsJsonAsync("/api/v1/admin/identity-mappings", new IdentityMappingInput(IdentityKind.User, "demo", null, leaderId, null), Json, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var keyed = await admin.PostAsJsonAsync("/api/v1/admin/identity-mappings", new IdentityMappingInput(IdentityKind.User, "demo", "ReviewInvoice", officerId, null), Json, Ct);
        keyed.StatusCode.Should().Be(HttpStatusCode.Created, await keyed.Content.ReadAsStringAsync(Ct));
        var mapping = (await keyed.Content.ReadFromJsonAsync<IdentityMappingDto>(Json, Ct))!;
        mapping.UserName.Should().Be("Nguyễn Thị Hương");

        (await QueueAsync(admin)).Items.Should().NotContain(q => q.TaskId == task.Id);
        (await officer.TasksAsync("?scope=mine")).Items.Should().Contain(i => i.TaskId == task.Id);
        (await leader.TasksAsync("?scope=mine")).Items.Should().NotContain(i => i.TaskId == task.Id);
        (await leader.CompleteAsync(task.Id, null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        // The mapped user acts on the task (claims it: the same rule as completing). Completing it starts the next step,
        // whose due date the model writes as ${dateTime().plusDays(2).toDate()} (Joda time, outside our expressions): the
        // command then fails on that step (422), not on who may act.
        (await leader.PostAsync($"/api/v1/tasks/{task.Id}/claim", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await officer.PostAsync($"/api/v1/tasks/{task.Id}/claim", null, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var complete = await officer.PostAsJsonAsync($"/api/v1/tasks/{task.Id}/complete", new CompleteTaskRequest(null, null,
            new() { ["reviewer"] = JsonSerializer.SerializeToElement("leader@investaid.local") }), Ct);
        complete.StatusCode.Should().NotBe(HttpStatusCode.Forbidden, await complete.Content.ReadAsStringAsync(Ct));

        // Mapped ids also silence the publish warning; an id that is already ours takes no mapping (400 naming the field).
        (await admin.PublishAsync(Model("reviewInvoice.bpmn"))).Warnings.Should().BeNull();
        var own = await admin.PostAsJsonAsync("/api/v1/admin/identity-mappings",
            new IdentityMappingInput(IdentityKind.User, "officer@investaid.local", null, leaderId, null), Json, Ct);
        (await own.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("externalId", out _).Should().BeTrue();
        var unknownKey = await admin.PostAsJsonAsync("/api/v1/admin/identity-mappings",
            new IdentityMappingInput(IdentityKind.User, "kermit", "no-such-process", leaderId, null), Json, Ct);
        (await unknownKey.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("definitionKey", out _).Should().BeTrue();

        // Edits name the version they saw: none → 428, a stale one → 412.
        var retarget = new IdentityMappingInput(IdentityKind.User, "demo", "ReviewInvoice", leaderId, null);
        (await admin.PutAsJsonAsync($"/api/v1/admin/identity-mappings/{mapping.Id}", retarget, Json, Ct)).StatusCode.Should().Be((HttpStatusCode)428);
        (await SendAsync(admin, HttpMethod.Put, $"/api/v1/admin/identity-mappings/{mapping.Id}", retarget, "\"1\"")).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await SendAsync(admin, HttpMethod.Put, $"/api/v1/admin/identity-mappings/{mapping.Id}", retarget, $"\"{mapping.Version}\"")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Only administrators map ids.
        (await officer.GetAsync("/api/v1/admin/identity-mappings", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Groups_named_by_a_model_queue_and_admin_assignment_and_delegation_round_trip()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var approver = await factory.CreateClientAsAsync("approver@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var officerId = await UserIdAsync(admin, "officer@investaid.local");
        var leaderId = await UserIdAsync(admin, "leader@investaid.local");
        var approverId = await UserIdAsync(admin, "approver@investaid.local");

        // The corpus test maps this model's ids too (shared database, never side by side): start with none for it.
        foreach (var earlier in (await admin.GetFromJsonAsync<IdentityMappingDto[]>("/api/v1/admin/identity-mappings", Json, Ct))!
                     .Where(m => m.DefinitionKey == "parallel-user-tasks" || (m.DefinitionKey is null && m.ExternalId is "accounting" or "management" or "user1")))
        {
            (await SendAsync(admin, HttpMethod.Delete, $"/api/v1/admin/identity-mappings/{earlier.Id}", null, $"\"{earlier.Version}\"")).StatusCode
                .Should().Be(HttpStatusCode.NoContent);
        }

        var published = await admin.PublishAsync(Model("parallel-user-tasks.bpmn"));
        published.Warnings.Should().Contain(w => w.Contains("'accounting'") && w.Contains("UserTask_1ccevwb"))
            .And.Contain(w => w.Contains("'management'")).And.Contain(w => w.Contains("'user1'") && w.Contains("UserTask_0saxicd"));

        var first = await admin.StartAsync(new StartInstanceRequest("parallel-user-tasks", "parallel-1", null, null));
        var groupTask = first.Tasks.Single(t => t.ElementId == "UserTask_1ccevwb");
        var user1Task = first.Tasks.Single(t => t.ElementId == "UserTask_0saxicd");
        var nobodyTask = first.Tasks.Single(t => t.ElementId == "UserTask_0ujik1p");
        var queue = (await QueueAsync(admin)).Items.Where(q => q.InstanceId == first.Id).ToList();
        queue.Should().HaveCount(3);
        queue.Single(q => q.TaskId == groupTask.Id).Should().Match<UnassignableTaskDto>(q => q.Reason == "candidates" && q.UnresolvedIds.SequenceEqual(new[] { "accounting", "management" }));
        queue.Single(q => q.TaskId == nobodyTask.Id).Reason.Should().Be("nobody");
        (await officer.GetAsync("/api/v1/tasks/unassignable", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // The administrator assigns from the queue (naming the task's ETag); a non-administrator may not; a stale ETag is 412.
        var etag = queue.Single(q => q.TaskId == groupTask.Id).ETag;
        (await SendAsync(officer, HttpMethod.Put, $"/api/v1/tasks/{groupTask.Id}/assignee", new TaskAssigneeRequest(officerId), etag))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.PutAsJsonAsync($"/api/v1/tasks/{groupTask.Id}/assignee", new TaskAssigneeRequest(officerId), Ct)).StatusCode.Should().Be((HttpStatusCode)428);
        (await SendAsync(admin, HttpMethod.Put, $"/api/v1/tasks/{groupTask.Id}/assignee", new TaskAssigneeRequest(officerId), "\"0000\""))
            .StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        var unknownUser = await SendAsync(admin, HttpMethod.Put, $"/api/v1/tasks/{groupTask.Id}/assignee", new TaskAssigneeRequest(Guid.NewGuid()), etag);
        (await unknownUser.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("userId", out _).Should().BeTrue();
        var assigned = await ReadTaskAsync(await SendAsync(admin, HttpMethod.Put, $"/api/v1/tasks/{groupTask.Id}/assignee", new TaskAssigneeRequest(officerId), etag));
        assigned.Assignee.Should().Be("officer@investaid.local");
        (await SendAsync(admin, HttpMethod.Put, $"/api/v1/tasks/{groupTask.Id}/assignee", new TaskAssigneeRequest(leaderId), etag))
            .StatusCode.Should().Be(HttpStatusCode.PreconditionFailed, "the assignment changed since that ETag was read");
        (await QueueAsync(admin)).Items.Should().NotContain(q => q.TaskId == groupTask.Id);
        await officer.CompleteOkAsync(groupTask.Id, null);

        // Delegation (Camunda): the assignee hands the task to a delegate (PENDING), who cannot complete it but resolves it
        // back to the owner (RESOLVED); the owner completes.
        var mine = await ReadTaskAsync(await SendAsync(admin, HttpMethod.Put, $"/api/v1/tasks/{user1Task.Id}/assignee", new TaskAssigneeRequest(officerId),
            (await QueueAsync(admin)).Items.Single(q => q.TaskId == user1Task.Id).ETag));
        (await SendAsync(leader, HttpMethod.Post, $"/api/v1/tasks/{user1Task.Id}/delegate", new TaskDelegateRequest(approverId), mine.ETag))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "only the assignee or an administrator delegates");
        var delegated = await ReadTaskAsync(await SendAsync(officer, HttpMethod.Post, $"/api/v1/tasks/{user1Task.Id}/delegate", new TaskDelegateRequest(leaderId), mine.ETag));
        delegated.Should().Match<WorkflowTaskDto>(t => t.Assignee == "leader@investaid.local" && t.Owner == "officer@investaid.local" && t.DelegationState == "PENDING");
        (await leader.CompleteAsync(user1Task.Id, null)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await SendAsync(officer, HttpMethod.Post, $"/api/v1/tasks/{user1Task.Id}/resolve", null, delegated.ETag))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "the delegate resolves, not the owner");
        var resolved = await ReadTaskAsync(await SendAsync(leader, HttpMethod.Post, $"/api/v1/tasks/{user1Task.Id}/resolve", null, delegated.ETag));
        resolved.Should().Match<WorkflowTaskDto>(t => t.Assignee == "officer@investaid.local" && t.DelegationState == "RESOLVED");
        await officer.CompleteOkAsync(user1Task.Id, null);

        // Groups: an administrator makes a group and maps "management" to it for this model; its member takes the task.
        var created = await admin.PostAsJsonAsync("/api/v1/admin/groups", new UserGroupInput("ban-tai-chinh", "Ban tài chính", "Finance board", [approverId]), Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var group = (await created.Content.ReadFromJsonAsync<UserGroupDto>(Ct))!;
        group.Members.Should().ContainSingle().Which.DisplayName.Should().Be("Trần Văn Đức");
        (await admin.PostAsJsonAsync("/api/v1/admin/identity-mappings",
            new IdentityMappingInput(IdentityKind.Group, "management", "parallel-user-tasks", null, group.Id), Json, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        var second = await admin.StartAsync(new StartInstanceRequest("parallel-user-tasks", "parallel-2", null, null));
        var offered = second.Tasks.Single(t => t.ElementId == "UserTask_1ccevwb");
        (await QueueAsync(admin)).Items.Should().NotContain(q => q.TaskId == offered.Id);
        (await approver.TasksAsync("?scope=groups")).Items.Should().Contain(i => i.TaskId == offered.Id);
        (await leader.CompleteAsync(offered.Id, null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await approver.CompleteOkAsync(offered.Id, null);

        // A user id mapped globally: "user1" is the leader in every model; the leader completes the task assigned to user1.
        (await admin.PostAsJsonAsync("/api/v1/admin/identity-mappings",
            new IdentityMappingInput(IdentityKind.User, "user1", null, leaderId, null), Json, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        var user1Second = second.Tasks.Single(t => t.ElementId == "UserTask_0saxicd");
        (await officer.CompleteAsync(user1Second.Id, null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await leader.TasksAsync("?scope=mine")).Items.Should().Contain(i => i.TaskId == user1Second.Id);
        await leader.CompleteOkAsync(user1Second.Id, null);

        // Every role is a group; a role's members are its users and are not edited here (400 naming memberIds).
        var groups = (await admin.GetFromJsonAsync<UserGroupDto[]>("/api/v1/admin/groups", Ct))!;
        var officers = groups.Single(g => g.Code == RoleNames.Officer);
        officers.RoleName.Should().Be(RoleNames.Officer);
        officers.Members.Should().Contain(m => m.Id == officerId);
        var roleEdit = await SendAsync(admin, HttpMethod.Put, $"/api/v1/admin/groups/{officers.Id}",
            new UserGroupInput(officers.Code, officers.NameVi, officers.NameEn, [leaderId]), $"\"{officers.Version}\"");
        (await roleEdit.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("memberIds", out _).Should().BeTrue();
        var duplicate = await admin.PostAsJsonAsync("/api/v1/admin/groups", new UserGroupInput("officer", "Trùng", null, null), Ct);
        (await duplicate.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("code", out _).Should().BeTrue();
        (await officer.GetAsync("/api/v1/admin/groups", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static async Task<PagedResult<UnassignableTaskDto>> QueueAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<PagedResult<UnassignableTaskDto>>("/api/v1/tasks/unassignable?pageSize=200", Ct))!;

    private static async Task<Guid> UserIdAsync(HttpClient admin, string email) =>
        (await admin.GetFromJsonAsync<PagedResult<UserAdminDto>>($"/api/v1/admin/users?q={Uri.EscapeDataString(email)}", Ct))!.Items.Single(u => u.Email == email).Id;

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object? body, string ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request, Ct);
    }

    private static async Task<WorkflowTaskDto> ReadTaskAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<WorkflowTaskDto>(Ct))!;
    }
}
