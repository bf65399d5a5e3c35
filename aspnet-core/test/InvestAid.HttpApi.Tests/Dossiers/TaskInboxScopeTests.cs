using System.Net;
using System.Security.Claims;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.Errors;
using InvestAid.Identity;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Dossiers;

/// <summary>
/// <c>GET /api/v1/tasks</c>: the scopes mine / groups / overdue / all, paging and totals computed in SQL, overdue first
/// then by deadline, the per-tab counts, and an owner's list holding only their own projects' tasks.
/// Each test offers its tasks to a group of its own, so the shared database's other tasks do not disturb the figures.
/// </summary>
public sealed class TaskInboxScopeTests(ProcedureApiFactory factory)
{
    private static string Model(string key, string group) => InvestAid.HttpApi.Workflows.Models.Wrap(key, $"""
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="work" name="Xử lý" ia:candidateGroups="{group}" ia:dueDate="${"{due}"}" ia:outcomes="done" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
        <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
        """);

    private async Task<HttpClient> UserInGroupAsync(string agencyCode, string role = RoleNames.Agency)
    {
        var email = $"inbox.{Guid.NewGuid():N}"[..22] + "@investaid.local";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser(email, "Cán bộ thử hộp việc") { EmailConfirmed = true };
        (await users.CreateAsync(user, DemoUsers.Password())).Succeeded.Should().BeTrue();
        await users.AddToRoleAsync(user, role);
        await users.AddClaimAsync(user, new Claim(AgencyClaims.ClaimType, agencyCode));
        return await factory.CreateClientAsAsync(email);
    }

    private static async Task<TaskInboxPageDto> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/tasks" + query, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadAsync<TaskInboxPageDto>();
    }

    /// <summary>Five tasks offered to a fresh group: two overdue (2021), two due in 2099, one without a deadline.</summary>
    private async Task<(HttpClient A, HttpClient B, Dictionary<string, string> TaskByDue)> FiveTasksAsync()
    {
        var code = "inbox-" + Guid.NewGuid().ToString("N")[..8];
        var a = await UserInGroupAsync(code);
        var b = await UserInGroupAsync(code);
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = InvestAid.HttpApi.Workflows.Models.UniqueKey("inbox");
        await InvestAid.HttpApi.Workflows.WorkflowApi.PublishAsync(officer, Model(key, AgencyClaims.GroupOf(code)));
        var tasks = new Dictionary<string, string>();
        foreach (var due in new[] { "2099-06-01T00:00:00Z", "2021-09-01T00:00:00Z", "", "2099-01-01T00:00:00Z", "2021-06-01T00:00:00Z" })
        {
            var started = await InvestAid.HttpApi.Workflows.WorkflowApi.StartAsync(officer, new StartInstanceRequest(key, null,
                new Dictionary<string, JsonElement> { ["due"] = JsonSerializer.SerializeToElement(due) }));
            tasks[due] = started.Tasks.Single().Id;
        }
        return (a, b, tasks);
    }

    [Fact]
    public async Task Each_scope_lists_its_tasks_overdue_first_then_by_deadline_with_the_count_of_every_tab()
    {
        var (a, b, task) = await FiveTasksAsync();
        // A claims one overdue and one future task.
        foreach (var due in new[] { "2021-09-01T00:00:00Z", "2099-01-01T00:00:00Z" })
        {
            (await a.PostAsync($"/api/v1/tasks/{task[due]}/claim", null, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var mine = await ListAsync(a, "?scope=mine");
        mine.Scope.Should().Be(TaskScope.Mine);
        mine.Items.Select(i => i.TaskId).Should().Equal(task["2021-09-01T00:00:00Z"], task["2099-01-01T00:00:00Z"]);
        mine.Items.Should().OnlyContain(i => i.Assignee != null && i.Assignee.StartsWith("inbox.", StringComparison.Ordinal));
        mine.Items[0].Overdue.Should().BeTrue();
        mine.Items[0].WorkingDaysLeft.Should().BeNegative();
        mine.TotalCount.Should().Be(2);

        var groups = await ListAsync(a, "?scope=groups");
        groups.Items.Select(i => i.TaskId).Should().Equal(task["2021-06-01T00:00:00Z"], task["2099-06-01T00:00:00Z"], task[""]);
        groups.Items.Should().OnlyContain(i => i.Assignee == null);
        groups.Items[^1].DueAt.Should().BeNull("no deadline sorts last");

        var overdue = await ListAsync(a, "?scope=overdue");
        overdue.Items.Select(i => i.TaskId).Should().Equal(task["2021-06-01T00:00:00Z"], task["2021-09-01T00:00:00Z"]);
        overdue.Items.Should().OnlyContain(i => i.Overdue);

        var all = await ListAsync(a, "?scope=all");
        all.Items.Select(i => i.TaskId).Should().Equal(task["2021-06-01T00:00:00Z"], task["2021-09-01T00:00:00Z"],
            task["2099-01-01T00:00:00Z"], task["2099-06-01T00:00:00Z"], task[""]);
        all.Counts.Should().Be(new TaskCountsDto(Mine: 2, Groups: 3, Overdue: 2, All: 5));
        (await ListAsync(a, "")).Items.Select(i => i.TaskId).Should().Equal(all.Items.Select(i => i.TaskId), "all is the default scope");
        (await ListAsync(a, "?scope=groups&overdue=true")).Items.Select(i => i.TaskId).Should().Equal(task["2021-06-01T00:00:00Z"]);

        // B shares the group but not A's claimed tasks.
        var forB = await ListAsync(b, "?scope=all");
        forB.Items.Select(i => i.TaskId).Should().Equal(task["2021-06-01T00:00:00Z"], task["2099-06-01T00:00:00Z"], task[""]);
        forB.Counts.Should().Be(new TaskCountsDto(Mine: 0, Groups: 3, Overdue: 1, All: 3));
        (await ListAsync(b, "?scope=mine")).Items.Should().BeEmpty();

        // An administrator's "all" holds every open task, also those offered to groups they are not in; "mine" does not.
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var everything = await ListAsync(admin, "?scope=overdue&pageSize=200");
        everything.TotalCount.Should().BeGreaterThanOrEqualTo(2);
        var adminAll = await ListAsync(admin, "?scope=all&pageSize=1");
        adminAll.TotalCount.Should().Be(adminAll.Counts.All).And.BeGreaterThanOrEqualTo(5);
        adminAll.Counts.Overdue.Should().Be(everything.TotalCount);
        (await ListAsync(admin, "?scope=mine&pageSize=200")).Items.Should().NotContain(i => task.ContainsValue(i.TaskId));
        // Everyone else's "all" is what they may act on.
        (await ListAsync(await factory.CreateClientAsAsync("viewer@investaid.local"), "?scope=all&pageSize=200")).Items
            .Should().NotContain(i => task.ContainsValue(i.TaskId));
    }

    /// <summary>A task due on a fixed day with Camunda's priority and follow-up date attributes as given.</summary>
    private static string CamundaModel(string key, string group, string attributes) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://investaid.vn/test">
        <bpmn:process id="{key}" name="Test {key}" isExecutable="true">
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="work" name="Xử lý" camunda:candidateGroups="{group}" camunda:dueDate="2099-03-02T02:00:00Z" {attributes} />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
        <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
        </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task The_inbox_and_task_page_show_priority_and_follow_up_date_and_list_higher_priority_first_on_the_same_deadline()
    {
        var code = "inbox-" + Guid.NewGuid().ToString("N")[..8];
        var user = await UserInGroupAsync(code);
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var plain = InvestAid.HttpApi.Workflows.Models.UniqueKey("inbox");
        var urgent = InvestAid.HttpApi.Workflows.Models.UniqueKey("inbox");
        await InvestAid.HttpApi.Workflows.WorkflowApi.PublishAsync(officer, CamundaModel(plain, AgencyClaims.GroupOf(code), ""));
        await InvestAid.HttpApi.Workflows.WorkflowApi.PublishAsync(officer, CamundaModel(urgent, AgencyClaims.GroupOf(code),
            """camunda:priority="${80}" camunda:followUpDate="2099-02-20T02:00:00Z" """));
        // The default-priority task is older, so only its priority puts the urgent one first.
        var first = (await InvestAid.HttpApi.Workflows.WorkflowApi.StartAsync(officer, new StartInstanceRequest(plain, null, null))).Tasks.Single().Id;
        var second = (await InvestAid.HttpApi.Workflows.WorkflowApi.StartAsync(officer, new StartInstanceRequest(urgent, null, null))).Tasks.Single().Id;

        var items = (await ListAsync(user, "?scope=groups")).Items;

        items.Select(i => i.TaskId).Should().Equal(second, first);
        items[0].Priority.Should().Be(80);
        items[0].FollowUpAt.Should().Be(new DateTimeOffset(2099, 2, 20, 2, 0, 0, TimeSpan.Zero));
        items[1].Priority.Should().Be(50, "Camunda's default");
        items[1].FollowUpAt.Should().BeNull();
        var page = await user.GetJsonAsync<TaskDetailDto>($"/api/v1/tasks/{second}");
        page.Task.Priority.Should().Be(80);
        page.Task.FollowUpAt.Should().Be(new DateTimeOffset(2099, 2, 20, 2, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_deadline_before_the_calendars_years_leaves_the_days_left_empty_in_the_list_and_on_the_task_page()
    {
        var code = "inbox-" + Guid.NewGuid().ToString("N")[..8];
        var user = await UserInGroupAsync(code);
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = InvestAid.HttpApi.Workflows.Models.UniqueKey("inbox");
        await InvestAid.HttpApi.Workflows.WorkflowApi.PublishAsync(officer, Model(key, AgencyClaims.GroupOf(code)));
        var started = await InvestAid.HttpApi.Workflows.WorkflowApi.StartAsync(officer, new StartInstanceRequest(key, null,
            new Dictionary<string, JsonElement> { ["due"] = JsonSerializer.SerializeToElement("1999-06-01T00:00:00Z") }));
        var taskId = started.Tasks.Single().Id;

        var listed = (await ListAsync(user, "?scope=groups")).Items.Single(i => i.TaskId == taskId);
        var page = await user.GetAsync($"/api/v1/tasks/{taskId}", Ct);

        listed.Overdue.Should().BeTrue();
        listed.WorkingDaysLeft.Should().BeNull();
        page.StatusCode.Should().Be(HttpStatusCode.OK, await page.Content.ReadAsStringAsync(Ct));
        (await page.ReadAsync<TaskDetailDto>()).WorkingDaysLeft.Should().BeNull();

        // The overdue-task reminders still run, and still remind this task's group of it.
        var before = await user.GetJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/notifications?pageSize=200");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InvestAid.Notifications.ReminderJobs>()
                .RunAsync(InvestAid.Notifications.JobIds.OverdueTasks, null, Ct);
        }
        var after = await user.GetJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/notifications?pageSize=200");
        after["unreadCount"]!.GetValue<int>().Should().BeGreaterThan(before["unreadCount"]!.GetValue<int>(), after.ToJsonString());
    }

    [Fact]
    public async Task Pages_follow_the_order_and_carry_the_total_also_past_the_end()
    {
        var (a, _, task) = await FiveTasksAsync();
        var pages = new List<TaskInboxPageDto>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await ListAsync(a, $"?scope=all&page={page}&pageSize=2"));
        }

        pages.Select(p => p.Items.Count).Should().Equal(2, 2, 1, 0);
        pages.Should().OnlyContain(p => p.TotalCount == 5 && p.PageSize == 2);
        pages.Select(p => p.Page).Should().Equal(1, 2, 3, 4);
        pages.SelectMany(p => p.Items).Select(i => i.TaskId).Should().Equal(task["2021-06-01T00:00:00Z"], task["2021-09-01T00:00:00Z"],
            task["2099-01-01T00:00:00Z"], task["2099-06-01T00:00:00Z"], task[""]);
        var overduePage2 = await ListAsync(a, "?scope=overdue&page=2&pageSize=1");
        overduePage2.Items.Should().ContainSingle().Which.TaskId.Should().Be(task["2021-09-01T00:00:00Z"]);
        overduePage2.TotalCount.Should().Be(2);
    }

    [Theory]
    [InlineData("?scope=someone", "scope")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=201", "pageSize")]
    [InlineData("?page=0", "page")]
    public async Task A_bad_scope_or_page_is_a_400_naming_the_field(string query, string field)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var problem = await (await officer.GetAsync("/api/v1/tasks" + query, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Contain(n => string.Equals(n, field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_owner_lists_only_their_own_projects_tasks_and_the_total_counts_only_those()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var email = $"owner.{Guid.NewGuid():N}"[..20] + "@investaid.local";
        Guid ownerId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser(email, "Chủ dự án thử") { EmailConfirmed = true };
            (await users.CreateAsync(user, DemoUsers.Password())).Succeeded.Should().BeTrue();
            await users.AddToRoleAsync(user, RoleNames.Owner);
            ownerId = user.Id;
        }
        var owner = await factory.CreateClientAsAsync(email);
        var mineProject = await officer.CreateProjectAsync(ProjectRequests.Oda("Dự án ODA " + ProjectRequests.UniqueWord()) with { OwnerUserId = ownerId });
        var otherProject = await officer.CreateProjectAsync(ProjectRequests.Oda("Dự án ODA " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(mineProject.Id, "oda-proposal", new DateOnly(2025, 3, 3));
        await officer.StartDossierOkAsync(otherProject.Id, "oda-proposal", new DateOnly(2025, 3, 4));

        var list = await ListAsync(owner, "?scope=groups&pageSize=200");
        var row = list.Items.Should().ContainSingle("the other owner's prepare step is offered to the owner group too, but is not theirs").Subject;
        list.TotalCount.Should().Be(1);
        list.Counts.Should().Be(new TaskCountsDto(Mine: 0, Groups: 1, Overdue: 0, All: 1));
        row.DossierId.Should().Be(dossier.Id);
        row.ProjectId.Should().Be(mineProject.Id);
        row.ProjectCode.Should().Be(mineProject.Code);
        row.ProjectName.Should().Be(mineProject.NameVi);
        row.ReceivedOn.Should().Be(new DateOnly(2025, 3, 3));
        row.StepId.Should().Be("prepare");
        row.ProcedureKey.Should().Be("oda-proposal");
    }
}
