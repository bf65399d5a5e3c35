using System.Net;
using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.Errors;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Dossiers;

/// <summary>The shipped <c>ngo-aid-approval</c> procedure walked through each branch, over the real database.</summary>
public sealed class NgoProcedureTests(ProcedureApiFactory factory)
{
    private const string Key = "ngo-aid-approval";

    private async Task<(HttpClient Officer, HttpClient Leader, HttpClient Agency, ProjectDto Project)> SetUpAsync()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var agency = await factory.CreateClientAsAsync("agency.finance@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ bệnh viện " + ProjectRequests.UniqueWord()) with
        {
            Ngo = new NgoDetailsDto(AidType.Project, 150_000m, "USD", 1m, null, "12191", null, null),
        });
        return (officer, leader, agency, project);
    }

    [Fact]
    public async Task Approval_after_consultation_records_the_decision_on_the_project_and_requests_notifications()
    {
        var (officer, leader, agency, project) = await SetUpAsync();
        var dossier = await officer.StartDossierOkAsync(project.Id, Key, new DateOnly(2025, 6, 2), new { agencies = new[] { "STC", "CAT" } });
        dossier.ProcedureVersion.Should().Be(1);
        dossier.LegalBasis.Should().Contain("80/2020");

        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2025-06-04" });
        var consultations = (await officer.DossierAsync(dossier.Id)).Tasks.Where(t => t.ElementId == "consult").ToList();
        consultations.Select(t => t.CandidateGroups.Single()).Should().BeEquivalentTo("agency:STC", "agency:CAT");
        consultations.Should().OnlyContain(t => t.DueAt != null);

        var financeTask = consultations.Single(t => t.CandidateGroups.Contains("agency:STC"));
        (await agency.CompleteAsync(financeTask.Id, "agree", "Sở Tài chính thống nhất.")).StatusCode.Should().Be(HttpStatusCode.OK);
        var policeTask = consultations.Single(t => t.CandidateGroups.Contains("agency:CAT"));
        (await agency.CompleteAsync(policeTask.Id, "agree")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "finance may not answer for the police");
        (await officer.CompleteAsync(policeTask.Id, "agree")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var police = await CreateAgencyUserAsync("CAT");
        (await police.CompleteAsync(policeTask.Id, "agree", "Công an tỉnh không có ý kiến khác.")).StatusCode.Should().Be(HttpStatusCode.OK);

        await officer.StepAsync(dossier.Id, "appraise", null, "Báo cáo thẩm định: đủ điều kiện.");
        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý", new { decisionNumber = "456/QĐ-UBND", decisionDate = "2025-06-20" });

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.DecisionNumber.Should().Be("456/QĐ-UBND");
        after.DecisionDate.Should().Be(new DateOnly(2025, 6, 20));
        var donorTask = after.Tasks.Single(t => t.ElementId == "notifyDonor" && t.Status == "Open");
        donorTask.Name.Should().Be("Thông báo nhà tài trợ");
        donorTask.DueAt.Should().BeCloseTo(donorTask.CreatedAt.AddDays(5), TimeSpan.FromMinutes(1));
        var instance = await officer.GetJsonAsync<WorkflowInstanceDto>($"/api/v1/workflow-instances/{after.WorkflowInstanceId}");
        instance.Variables["notifications"]!.AsArray().Should().ContainSingle(n => n!["elementId"]!.GetValue<string>() == "notifyApproved");

        var approved = await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}");
        approved.Status.Should().Be(ProjectStatus.Approved);
        approved.Ngo!.ApprovalDecisionNumber.Should().Be("456/QĐ-UBND");
        approved.Ngo.ApprovalDate.Should().Be(new DateOnly(2025, 6, 20));

        await officer.StepAsync(dossier.Id, "notifyDonor", null, "Đã gửi thư cho nhà tài trợ.");
        (await officer.DossierAsync(dossier.Id)).InstanceStatus.Should().Be("Completed");

        // The notify step's request is delivered by the procedure-notification job: once, however often it runs.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<InvestAid.Notifications.ReminderJobs>();
            await jobs.RunAsync(InvestAid.Notifications.JobIds.ProcedureNotifications, null, TestContext.Current.CancellationToken);
            await jobs.RunAsync(InvestAid.Notifications.JobIds.ProcedureNotifications, null, TestContext.Current.CancellationToken);
        }
        var leaderInbox = await leader.GetAsync("/api/v1/notifications?pageSize=200", TestContext.Current.CancellationToken);
        var body = await leaderInbox.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        leaderInbox.StatusCode.Should().Be(HttpStatusCode.OK, body);
        System.Text.RegularExpressions.Regex.Matches(body, $"Khoản viện trợ đã được phê duyệt: {project.Code}").Count.Should().Be(1, body);
    }

    [Fact]
    public async Task Rejection_needs_a_comment_and_rejects_the_project()
    {
        var (officer, leader, _, project) = await SetUpAsync();
        var dossier = await officer.StartDossierOkAsync(project.Id, Key, new DateOnly(2025, 6, 2));
        await officer.StepAsync(dossier.Id, "check", "complete");
        await officer.StepAsync(dossier.Id, "appraise", null);
        var decide = await leader.OpenTaskAsync(dossier.Id, "decide");

        var bare = await leader.CompleteAsync(decide.Id, "reject", comment: null);
        var problem = await bare.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("comment", out _).Should().BeTrue();
        (await leader.OpenTaskAsync(dossier.Id, "decide")).Id.Should().Be(decide.Id, "nothing changed");

        await leader.StepAsync(dossier.Id, "decide", "reject", "Nội dung viện trợ không phù hợp quy hoạch.");
        (await officer.DossierAsync(dossier.Id)).Status.Should().Be(DossierStatus.Rejected);
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Status.Should().Be(ProjectStatus.Rejected);
    }

    [Fact]
    public async Task Return_and_resubmission_pause_the_clock_for_the_working_days_the_applicant_held_the_dossier()
    {
        var (officer, leader, _, project) = await SetUpAsync();
        var dossier = await officer.StartDossierOkAsync(project.Id, Key, new DateOnly(2025, 6, 2));
        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2025-06-04" });
        await officer.StepAsync(dossier.Id, "appraise", null);
        await leader.StepAsync(dossier.Id, "decide", "return", "Bổ sung cam kết vốn đối ứng.");

        // Back at the completeness check: ask the applicant to supplement on Tue 10 June; they return on Tue 17 June.
        await officer.StepAsync(dossier.Id, "check", "supplement", "Thiếu văn bản cam kết.", new { supplementRequestedOn = "2025-06-10" });
        var paused = await officer.DossierAsync(dossier.Id);
        paused.Sla!.IsPaused.Should().BeTrue();
        paused.Sla.DueDate.Should().BeNull("the due date depends on when the clock restarts");
        paused.Tasks.Should().NotContain(t => t.Status == "Open");

        var resubmit = await officer.PostJsonAsync($"/api/v1/dossiers/{dossier.Id}/resubmit", new ResubmitDossierRequest(new DateOnly(2025, 6, 17)));
        resubmit.StatusCode.Should().Be(HttpStatusCode.OK, await resubmit.Content.ReadAsStringAsync(Ct));
        var resumed = await resubmit.ReadAsync<DossierDto>();

        resumed.Sla!.IsPaused.Should().BeFalse();
        resumed.Sla.StartedOn.Should().Be(new DateOnly(2025, 6, 4), "the clock started once, when the dossier was first complete");
        resumed.Sla.Limit.Should().Be(20);
        resumed.Sla.Unit.Should().Be("CalendarDays");
        var pause = resumed.Sla.Pauses.Should().ContainSingle().Subject;
        pause.Should().Be(new SlaPauseDto(new DateOnly(2025, 6, 10), new DateOnly(2025, 6, 17), 5));
        // 4 June + 20 days = 24 June, pushed by the 7 paused days = 1 July (a Tuesday).
        resumed.Sla.DueDate.Should().Be(new DateOnly(2025, 7, 1));
        resumed.Tasks.Should().ContainSingle(t => t.ElementId == "check" && t.Status == "Open");
    }

    [Fact]
    public async Task An_overdue_consultation_gives_the_leader_an_escalation_task_and_keeps_the_consultation_open()
    {
        var (officer, leader, _, project) = await SetUpAsync();
        var dossier = await officer.StartDossierOkAsync(project.Id, Key, new DateOnly(2025, 6, 2), new { agencies = new[] { "STC" } });
        await officer.StepAsync(dossier.Id, "check", "complete");
        var instanceId = dossier.WorkflowInstanceId!.Value;

        // Fire the boundary timers as a Hangfire worker would: WorkflowTimerJob.FireAsync in a scope.
        var timers = await TimerBookmarksAsync(instanceId);
        timers.Select(t => t.ElementId).Should().BeEquivalentTo("remindConsult", "escalateConsult");
        foreach (var (elementId, bookmarkId) in timers.OrderBy(t => t.ElementId == "escalateConsult"))
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkflowTimerJob>().FireAsync(instanceId, bookmarkId, Ct);
        }

        var after = await officer.DossierAsync(dossier.Id);
        after.Tasks.Should().ContainSingle(t => t.ElementId == "consult" && t.Status == "Open", "the escalation does not cancel the consultation");
        var escalation = after.Tasks.Single(t => t.ElementId == "escalation");
        escalation.CandidateGroups.Should().Equal("leader");
        var inbox = await leader.GetJsonAsync<InvestAid.Common.PagedResult<InboxItemDto>>("/api/v1/inbox?pageSize=200");
        inbox.Items.Should().Contain(i => i.TaskId == escalation.Id && i.ProjectCode == project.Code && i.DossierId == dossier.Id);
        var instance = await officer.GetJsonAsync<WorkflowInstanceDto>($"/api/v1/workflow-instances/{instanceId}");
        instance.Variables["notifications"]!.AsArray().Should().Contain(n => n!["elementId"]!.GetValue<string>() == "notifyReminder");

        // The overdue consultation reminds the agency's own users: its candidate group is agency:STC, not a role.
        var agency = await factory.CreateClientAsAsync("agency.finance@investaid.local");
        var before = await agency.GetJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/notifications?pageSize=200");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var due = after.Tasks.Single(t => t.ElementId == "consult").DueAt!.Value;
            await scope.ServiceProvider.GetRequiredService<InvestAid.Notifications.ReminderJobs>()
                .RunAsync(InvestAid.Notifications.JobIds.OverdueTasks, due.AddDays(1), Ct);
        }
        var afterJob = await agency.GetJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/notifications?pageSize=200");
        afterJob["unreadCount"]!.GetValue<int>().Should().BeGreaterThan(before["unreadCount"]!.GetValue<int>(), afterJob.ToJsonString());
    }

    [Theory]
    [InlineData("2025-12-07", 1, "80/2020")]
    [InlineData("2025-12-08", 2, "313/2025")]
    public async Task A_dossier_follows_the_version_in_force_on_its_receipt_day(string receivedOn, int version, string decree)
    {
        var (officer, _, _, project) = await SetUpAsync();
        var dossier = await officer.StartDossierOkAsync(project.Id, Key, DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture));
        dossier.ProcedureVersion.Should().Be(version);
        dossier.LegalBasis.Should().Contain(decree);
        if (version == 2)
        {
            dossier.LegalBasis.Should().Contain("unconfirmed");
        }
    }

    private async Task<List<(string ElementId, string BookmarkId)>> TimerBookmarksAsync(Guid instanceId)
    {
        await using var conn = new Npgsql.NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT element_id, id FROM workflow_bookmarks WHERE instance_id = $1 AND kind = 'Timer'", conn);
        cmd.Parameters.AddWithValue(instanceId);
        var list = new List<(string, string)>();
        await using var reader = await cmd.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            list.Add((reader.GetString(0), reader.GetString(1)));
        }
        return list;
    }

    private async Task<HttpClient> CreateAgencyUserAsync(string agency)
    {
        var email = $"agency.{agency}.{Guid.NewGuid():N}"[..30] + "@investaid.local";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<InvestAid.Identity.AppUser>>();
        var user = new InvestAid.Identity.AppUser(email, "Cán bộ " + agency) { EmailConfirmed = true };
        (await users.CreateAsync(user, InvestAid.Identity.DemoUsers.Password())).Succeeded.Should().BeTrue();
        await users.AddToRoleAsync(user, InvestAid.Identity.RoleNames.Agency);
        await users.AddClaimAsync(user, new System.Security.Claims.Claim(AgencyClaims.ClaimType, agency));
        return await factory.CreateClientAsAsync(email);
    }
}
