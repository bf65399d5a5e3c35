using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.TestBase;
using InvestAid.Workflows;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>Camunda Modeler files through the API: every executable pool becomes a draft; Java code is refused at publish.</summary>
public sealed class CamundaModelApiTests(ApiFactory factory)
{
    private static string Collaboration(string a, string b) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
        <bpmn:collaboration id="c"><bpmn:participant id="pa" processRef="{a}" /><bpmn:participant id="pb" processRef="{b}" /><bpmn:participant id="pc" processRef="outside" /></bpmn:collaboration>
        <bpmn:process id="{a}" name="Pool A" isExecutable="true">
        <bpmn:laneSet id="ls"><bpmn:lane id="l1" /></bpmn:laneSet>
        <bpmn:startEvent id="s1" /><bpmn:endEvent id="e1" /><bpmn:sequenceFlow id="f1" sourceRef="s1" targetRef="e1" />
        </bpmn:process>
        <bpmn:process id="{b}" name="Pool B" isExecutable="true">
        <bpmn:startEvent id="s2" />
        <bpmn:serviceTask id="charge" camunda:class="org.example.ChargeCard" />
        <bpmn:endEvent id="e2" /><bpmn:sequenceFlow id="f2" sourceRef="s2" targetRef="charge" /><bpmn:sequenceFlow id="f3" sourceRef="charge" targetRef="e2" />
        </bpmn:process>
        <bpmn:process id="outside" isExecutable="false" />
        </bpmn:definitions>
        """;

    [Fact]
    public async Task Each_executable_pool_is_drafted_a_plain_one_runs_and_java_code_is_refused_at_publish_naming_the_element()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var (a, b) = (Models.UniqueKey("pool-a"), Models.UniqueKey("pool-b"));

        var upload = await officer.UploadAsync(Collaboration(a, b));
        upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync(Ct));
        foreach (var key in new[] { a, b })
        {
            (await officer.GetFromJsonAsync<WorkflowDefinitionDto[]>($"/api/v1/workflow-definitions?key={key}", Ct))!.Should().ContainSingle();
        }

        (await officer.PostAsync($"/api/v1/workflow-definitions/{a}/publish", null, Ct)).EnsureSuccessStatusCode();
        var started = await officer.StartAsync(new StartInstanceRequest(a, "pool-1", null, null));
        started.Status.Should().Be("Completed");

        var refused = await officer.PostAsync($"/api/v1/workflow-definitions/{b}/publish", null, Ct);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidModel);
        problem.GetProperty("bpmnErrors").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("elementId").GetString().Should().Be("charge");
    }

    [Fact]
    public async Task An_administrator_binds_java_code_to_an_external_task_topic_before_publishing_and_the_binding_stays_with_the_version()
    {
        var (officer, admin) = (await factory.CreateClientAsAsync("officer@investaid.local"), await factory.CreateClientAsAsync("admin@investaid.local"));
        var (a, b) = (Models.UniqueKey("pool-a"), Models.UniqueKey("pool-b"));
        (await officer.UploadAsync(Collaboration(a, b))).StatusCode.Should().Be(HttpStatusCode.Created);
        var bindings = $"/api/v1/workflow-definitions/{b}/versions/1/bindings";
        var bindable = $"/api/v1/workflow-definitions/{b}/versions/1/bindable";
        var before = (await officer.GetFromJsonAsync<WorkflowBindableDto>(bindable, Ct))!;
        before.IsDraft.Should().BeTrue();
        before.Elements.Should().ContainSingle().Which.Should().Be(
            new WorkflowBindableElementDto("charge", null, "class", "org.example.ChargeCard", null, NeedsBinding: true));
        before.Handlers.Should().Contain("notify").And.BeInAscendingOrder(StringComparer.Ordinal);

        (await officer.PutAsJsonAsync(bindings, new WorkflowBindingsDto(new() { ["charge"] = "topic:charge" }), Ct)).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "only administrators bind Java code");
        var bad = await admin.PutAsJsonAsync(bindings, new WorkflowBindingsDto(new() { ["s2"] = "topic:x", ["charge"] = "no-such-handler" }), Ct);
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errors").TryGetProperty("bindings.s2", out _).Should().BeTrue(problem.ToString());
        problem.GetProperty("errors").TryGetProperty("bindings.charge", out _).Should().BeTrue(problem.ToString());
        (await admin.GetFromJsonAsync<WorkflowBindingsDto>(bindings, Ct))!.Bindings.Should().BeEmpty("a refused request stores nothing");

        (await admin.PutAsJsonAsync(bindings, new WorkflowBindingsDto(new() { ["charge"] = "topic:charge-card" }), Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await officer.GetFromJsonAsync<WorkflowBindableDto>(bindable, Ct))!.Elements.Should().ContainSingle().Which.Should().Be(
            new WorkflowBindableElementDto("charge", null, "class", "org.example.ChargeCard", "topic:charge-card", NeedsBinding: false),
            "the element is shown as drawn, with its binding");
        (await officer.PostAsync($"/api/v1/workflow-definitions/{b}/publish", null, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await officer.GetFromJsonAsync<WorkflowBindingsDto>(bindings, Ct))!.Bindings.Should().Equal(new Dictionary<string, string> { ["charge"] = "topic:charge-card" });
        var frozen = await admin.PutAsJsonAsync(bindings, new WorkflowBindingsDto([]), Ct);
        await frozen.ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.NoDraft);

        var started = await officer.StartAsync(new StartInstanceRequest(b, "bind-1", null, null));
        started.ActiveNodes.Should().Equal("charge");
        var fetch = await admin.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock",
            new FetchAndLockRequest("w", 1, [new FetchExternalTaskTopic("charge-card", 10_000, BusinessKey: "bind-1")]), Ct);
        (await fetch.Content.ReadFromJsonAsync<List<ExternalTaskDto>>(Ct))!.Should().ContainSingle().Which.ActivityId.Should().Be("charge");
    }

    [Fact]
    public async Task Candidate_starters_named_by_the_model_are_the_only_ones_who_start_it_through_the_identity_mappings()
    {
        var (officer, leader, admin) = (await factory.CreateClientAsAsync("officer@investaid.local"), await factory.CreateClientAsAsync("leader@investaid.local"),
            await factory.CreateClientAsAsync("admin@investaid.local"));
        var key = Models.UniqueKey("starters");
        await admin.PublishAsync($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
            <bpmn:process id="{key}" name="Khởi chạy có chỉ định" isExecutable="true" camunda:candidateStarterUsers="kermit">
            <bpmn:startEvent id="s" /><bpmn:endEvent id="e" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" />
            </bpmn:process>
            </bpmn:definitions>
            """);
        var request = new StartInstanceRequest(key, "starter-1", null, null);

        // Nobody is "kermit" yet: even a user allowed to start procedures is refused, and nothing starts.
        var refused = await officer.PostAsJsonAsync("/api/v1/workflow-instances", request, Ct);
        (await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, InvestAid.Errors.ErrorCodes.Forbidden)).GetProperty("detail").GetString().Should().Contain("Khởi chạy có chỉ định");

        var users = await admin.GetFromJsonAsync<InvestAid.Common.PagedResult<InvestAid.Identity.UserAdminDto>>("/api/v1/admin/users?q=officer%40investaid.local", Ct);
        var officerId = users!.Items.Single(u => u.Email == "officer@investaid.local").Id;
        var json = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
        (await admin.PostAsJsonAsync("/api/v1/admin/identity-mappings",
            new InvestAid.Identity.IdentityMappingInput(InvestAid.Identity.IdentityKind.User, "kermit", key, officerId, null), json, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);

        (await officer.StartAsync(request)).Status.Should().Be("Completed");
        (await leader.PostAsJsonAsync("/api/v1/workflow-instances", request with { BusinessKey = "starter-2" }, Ct)).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "the leader is not the model's candidate starter");
    }
}
