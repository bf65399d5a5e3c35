using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.HttpApi.Dossiers;
using InvestAid.HttpApi.Workflows;
using InvestAid.Identity;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Security;

/// <summary>
/// Workflow instances and tasks take their dossier's scope (docs/security.md); an instance of no dossier is seen by staff and
/// by those who hold or held one of its tasks; a task offered to nobody is for administrators only.
/// </summary>
public sealed class InstanceAndTaskScopeTests(ProcedureApiFactory factory)
{
    [Fact]
    public async Task An_instance_answers_each_role_exactly_as_its_dossier_does_and_no_404_names_the_instance()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var other = await CreateOwnerAsync(factory);
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()) with { OwnerUserId = other });
        var dossier = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2), new { agencies = new[] { "CAT" } });
        await officer.StepAsync(dossier.Id, "check", "complete");
        var instanceId = dossier.WorkflowInstanceId!.Value;
        var task = (await officer.DossierAsync(dossier.Id)).Tasks.First(t => t.Status == "Open");

        var expected = new Dictionary<string, HttpStatusCode>
        {
            ["admin@investaid.local"] = HttpStatusCode.OK,
            ["officer@investaid.local"] = HttpStatusCode.OK,
            ["viewer@investaid.local"] = HttpStatusCode.OK,
            ["agency.police@investaid.local"] = HttpStatusCode.OK,
            ["agency.finance@investaid.local"] = HttpStatusCode.NotFound,
            ["owner@investaid.local"] = HttpStatusCode.NotFound,
        };
        foreach (var (email, status) in expected)
        {
            var client = await factory.CreateClientAsAsync(email);
            var onDossier = await client.GetAsync($"/api/v1/dossiers/{dossier.Id}", Ct);
            var onInstance = await client.GetAsync($"/api/v1/workflow-instances/{instanceId}", Ct);
            var onTask = await client.GetAsync($"/api/v1/tasks/{task.Id}", Ct);
            onDossier.StatusCode.Should().Be(status, $"{email} on the dossier");
            onInstance.StatusCode.Should().Be(status, $"{email} on its instance: {await onInstance.Content.ReadAsStringAsync(Ct)}");
            if (status == HttpStatusCode.NotFound)
            {
                onTask.StatusCode.Should().Be(HttpStatusCode.NotFound, $"{email} on its task");
                (await onTask.Content.ReadAsStringAsync(Ct)).Should().NotContain(instanceId.ToString(), "a 404 names no id the caller may not see");
            }
        }
    }

    [Fact]
    public async Task An_instance_of_no_dossier_is_seen_by_staff_and_its_task_holders_only()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("nodossier");
        await officer.PublishAsync(Models.ThreeTasks(key));
        var started = await officer.StartAsync(new StartInstanceRequest(key, null));

        foreach (var email in new[] { "viewer@investaid.local", "owner@investaid.local", "agency.finance@investaid.local", "leader@investaid.local" })
        {
            var client = await factory.CreateClientAsAsync(email);
            (await client.GetAsync($"/api/v1/workflow-instances/{started.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound, email);
        }
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        (await admin.GetAsync($"/api/v1/workflow-instances/{started.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        // The approver holds the second task once the officer completed the first: it now sees the instance.
        await officer.CompleteOkAsync(started.Tasks.Single().Id, "complete");
        var approver = await factory.CreateClientAsAsync("approver@investaid.local");
        var approve = (await officer.GetInstanceAsync(started.Id)).Tasks.Single(t => t.Status == "Open");
        (await approver.PostAsync($"/api/v1/tasks/{approve.Id}/claim", null, Ct)).EnsureSuccessStatusCode();
        (await approver.GetAsync($"/api/v1/workflow-instances/{started.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_task_offered_to_nobody_is_completed_by_an_administrator_only_and_its_model_is_published_with_a_warning()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("nobody");
        var published = await officer.PublishAsync(Models.Wrap(key, """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="open" name="Anyone?" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="open" />
            <bpmn:sequenceFlow id="f2" sourceRef="open" targetRef="end" />
            """));
        published.Warnings.Should().ContainSingle().Which.Should().Contain("open");
        var started = await officer.StartAsync(new StartInstanceRequest(key, null));
        var task = started.Tasks.Single();

        foreach (var email in new[] { "viewer@investaid.local", "officer@investaid.local", "owner@investaid.local" })
        {
            var client = await factory.CreateClientAsAsync(email);
            (await client.PostAsync($"/api/v1/tasks/{task.Id}/claim", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden, email);
            (await DossierApi.CompleteAsync(client, task.Id, null)).StatusCode.Should().Be(HttpStatusCode.Forbidden, email);
        }
        (await officer.GetInstanceAsync(started.Id)).Status.Should().Be("Running", "no refused call completed it");
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        (await DossierApi.CompleteAsync(admin, task.Id, null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await officer.GetInstanceAsync(started.Id)).Status.Should().Be("Completed");
    }

    internal static async Task<Guid> CreateOwnerAsync(ProcedureApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser($"owner.{Guid.NewGuid():N}@investaid.local", "Ban QLDA khác");
        (await users.CreateAsync(user, "Another-Owner-2026")).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(user, RoleNames.Owner)).Succeeded.Should().BeTrue();
        return user.Id;
    }
}
