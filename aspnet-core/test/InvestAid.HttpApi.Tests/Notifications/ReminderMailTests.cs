using AwesomeAssertions;
using InvestAid.EntityFrameworkCore.Notifications;
using InvestAid.HttpApi.Finance;
using InvestAid.HttpApi.Workflows;
using InvestAid.Identity;
using InvestAid.Notifications;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.HttpApi.Notifications;

/// <summary>
/// Reminder jobs end to end: the job finds what is due, makes each reminder once, and the outbox sends it through a
/// real SMTP conversation to the sink. One class, so its tests (which start and stop the sink) run one at a time.
/// </summary>
public sealed class ReminderMailTests(ApiFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset AfterQ1 = new(2025, 4, 2, 8, 0, 0, TimeSpan.FromHours(7));

    private async Task<int> RunAsync(string jobId, DateTimeOffset at)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderJobs>().RunAsync(jobId, at, Ct);
    }

    private async Task<int> SendMailAsync(DateTimeOffset now)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailOutboxSender>().SendDueAsync(now, Ct);
    }

    private async Task<long> CountAsync(string sql, object value)
    {
        await using var conn = new NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue(value);
        return (long)(await cmd.ExecuteScalarAsync(Ct))!;
    }

    // Counted for the demo users only: other test classes on the same database add users of their own (officers among them),
    // who would rightly get reminders too.
    private static readonly string DemoRecipients =
        "n.user_id IN (SELECT id FROM users WHERE email IN (" + string.Join(", ", DemoUsers.All.Select(u => $"'{u.Email}'")) + "))";

    private Task<long> NotificationsAsync(Guid projectId, string kind) =>
        CountAsync($"SELECT count(*) FROM notifications n WHERE n.project_id = $1 AND n.kind = '{kind}' AND {DemoRecipients}", projectId);

    private Task<long> MailsAsync(Guid projectId) =>
        CountAsync($"SELECT count(*) FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.project_id = $1 AND {DemoRecipients}", projectId);

    [Fact]
    public async Task A_lagging_ODA_project_gets_one_reminder_and_one_mail_in_Vietnamese_with_its_code_and_figures()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await FinanceData.LaggingOdaAsync(officer);

        await RunAsync(JobIds.DisbursementLag, AfterQ1);
        await RunAsync(JobIds.DisbursementLag, AfterQ1.AddHours(1));
        (await NotificationsAsync(project.Id, NotificationKinds.DisbursementLag)).Should().Be(1, "one officer, no owner, and the second run finds the key taken");
        (await MailsAsync(project.Id)).Should().Be(1);

        await SendMailAsync(AfterQ1.AddMinutes(1));
        await SendMailAsync(AfterQ1.AddMinutes(2));
        var mail = factory.Mail.Messages.Should().ContainSingle(m => m.Subject.Contains(project.Code)).Subject;
        mail.Subject.Should().Be($"Chậm giải ngân: dự án {project.Code} — quý 1/2025");
        mail.To.Should().Contain("officer@investaid.local");
        mail.TextBody.Should().Contain("7.500.000.000").And.Contain("100.000.000.000").And.Contain("25.000.000.000").And.Contain("31/03/2025");
        mail.HtmlBody.Should().Contain($"https://investaid.test/projects/{project.Id}");

        var bell = await officer.GetJsonAsync<NotificationListDto>("/api/v1/notifications?unread=true&pageSize=200");
        var mine = bell.Items.Should().ContainSingle(n => n.ProjectId == project.Id).Subject;
        bell.UnreadCount.Should().BeGreaterThan(0);
        (await officer.PostAsync($"/api/v1/notifications/{mine.Id}/read", null, Ct)).EnsureSuccessStatusCode();
        (await officer.GetJsonAsync<NotificationListDto>("/api/v1/notifications?unread=true&pageSize=200")).Items.Should().NotContain(n => n.Id == mine.Id);
    }

    [Fact]
    public async Task A_reminder_reaches_each_recipient_in_their_language_and_the_bell_shows_it_in_the_readers_language()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var project = await FinanceData.LaggingOdaAsync(officer);
        var email = $"owner.{ProjectRequests.UniqueWord()}@investaid.local";
        var created = await (await admin.PostJsonAsync("/api/v1/admin/users",
            new UserCreateInput(email, "Jane Owner", DemoUsers.Password(), [RoleNames.Owner], null))).ReadAsync<UserAdminDto>();
        (await admin.PutJsonAsync($"/api/v1/admin/users/{created.Id}/projects", new UserProjectsInput([project.Id]), null)).EnsureSuccessStatusCode();
        var owner = await factory.CreateClientAsAsync(email);
        (await owner.GetJsonAsync<CurrentUserDto>("/api/account/me")).Language.Should().Be("vi", "Vietnamese until chosen");
        (await owner.PutJsonAsync("/api/account/language", new LanguagePreferenceRequest("fr"), null)).StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        var me = await (await owner.PutJsonAsync("/api/account/language", new LanguagePreferenceRequest("en"), null)).ReadAsync<CurrentUserDto>();
        me.Language.Should().Be("en");

        await RunAsync(JobIds.DisbursementLag, AfterQ1);
        await SendMailAsync(AfterQ1.AddMinutes(1));

        var english = factory.Mail.Messages.Should().ContainSingle(m => m.To.Contains(email)).Subject;
        english.Subject.Should().Be($"Disbursement behind schedule: project {project.Code} — Q1 2025");
        english.TextBody.Should().Contain("VND 7,500,000,000").And.Contain("VND 100,000,000,000").And.Contain("31 Mar 2025")
            .And.Contain("The project owner is asked to speed up disbursement");
        english.HtmlBody.Should().Contain("lang=\"en\"").And.Contain("Open in InvestAid").And.NotContain("Xem chi tiết");
        var vietnamese = factory.Mail.Messages.Should().ContainSingle(m => m.To.Contains("officer@investaid.local") && m.Subject.Contains(project.Code)).Subject;
        vietnamese.Subject.Should().Be($"Chậm giải ngân: dự án {project.Code} — quý 1/2025");

        // The bell renders the stored template in the reader's language, whatever the recipient's preference.
        using var vi = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications?pageSize=200");
        vi.Headers.AcceptLanguage.ParseAdd("vi-VN");
        var viList = await (await owner.SendAsync(vi, Ct)).ReadAsync<NotificationListDto>();
        viList.Items.Should().ContainSingle(n => n.ProjectId == project.Id).Which.Title.Should().Be($"Chậm giải ngân: dự án {project.Code} — quý 1/2025");
        using var en = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications?pageSize=200");
        en.Headers.AcceptLanguage.ParseAdd("en");
        var enItem = (await (await owner.SendAsync(en, Ct)).ReadAsync<NotificationListDto>()).Items.Should().ContainSingle(n => n.ProjectId == project.Id).Subject;
        enItem.Title.Should().Be($"Disbursement behind schedule: project {project.Code} — Q1 2025");
        enItem.Body.Should().Contain("VND 7,500,000,000");
    }

    [Fact]
    public void Every_notification_template_renders_in_both_languages_and_the_English_has_no_Vietnamese()
    {
        var deadline = new ReportDeadline("fdi-quarterly", "2026Q3", new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 12), "Báo cáo tình hình thực hiện dự án quý 3/2026");
        NotificationText[] texts =
        [
            NotificationTemplates.DisbursementLag("ODA-1", "Bridge", 2025, 1, new DateOnly(2025, 3, 31), 100m, 25m, 7.5m, 0.7m),
            NotificationTemplates.ReceiptOverdue("NGO-1", "Clinic", new DateOnly(2025, 3, 31), 1000m, 10m),
            NotificationTemplates.ReportDue("FDI-1", "Factory", deadline),
            NotificationTemplates.TaskOverdue("Kiểm tra hồ sơ", new DateOnly(2025, 3, 31), "abc", "Check the dossier"),
            NotificationTemplates.TaskEscalated("Kiểm tra hồ sơ", new DateOnly(2025, 3, 31), 3, "officer", null, "Check the dossier"),
            NotificationTemplates.AidNotStarted("NGO-1", "Clinic", new DateOnly(2025, 1, 1), new DateOnly(2025, 7, 1)),
            NotificationTemplates.ProcedureStep("Project approved", "FDI-1", "Factory"),
            NotificationTemplates.ProposalDigest(new DateOnly(2025, 3, 31), 2, "• FDI-1 — reason", 0),
            NotificationTemplates.EnterpriseReportDue("FDI-1", "Factory", 2026, 3, new DateOnly(2026, 10, 10)),
            NotificationTemplates.EnterpriseReportEscalated("FDI-1", "Factory Ltd", 2025, 0, new DateOnly(2026, 3, 31), 12),
        ];
        // Names, codes and the model's words are shown as written; these are English so that any Vietnamese is the template's.
        foreach (var text in texts)
        {
            var stored = NotificationText.From(text.Template, text.ArgumentsJson())!;
            var (viTitle, viBody) = stored.Render("vi");
            var (enTitle, enBody) = stored.Render("en");
            (viTitle + viBody).Should().NotBe(enTitle + enBody, text.Template);
            InvestAid.Hosting.ProblemLanguage.LooksVietnamese(enTitle + enBody).Should().BeFalse($"{text.Template}: {enTitle} {enBody}");
        }
        NotificationTemplates.ReportDue("FDI-1", "x", deadline).Render("en").Body.Should().Contain("12 Oct 2026", "the next working day is stated");
    }

    [Fact]
    public async Task Two_job_runners_at_once_make_each_reminder_once()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await FinanceData.LaggingOdaAsync(officer);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunAsync(JobIds.DisbursementLag, AfterQ1), Ct)));
        (await NotificationsAsync(project.Id, NotificationKinds.DisbursementLag)).Should().Be(1);
        (await MailsAsync(project.Id)).Should().Be(1);
    }

    [Fact]
    public async Task Lag_is_judged_at_each_quarter_checkpoint_against_the_plan_share_due_by_then()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await FinanceData.LaggingOdaAsync(officer); // 7.5 of 100 billion disbursed in February
        // Before 31 March the last checkpoint is the previous year's Q4, for which there is no plan.
        await RunAsync(JobIds.DisbursementLag, new DateTimeOffset(2025, 3, 30, 8, 0, 0, TimeSpan.FromHours(7)));
        (await NotificationsAsync(project.Id, NotificationKinds.DisbursementLag)).Should().Be(0);
        // Q1: 7.5 < 25 × 0.8 → lags.
        await RunAsync(JobIds.DisbursementLag, new DateTimeOffset(2025, 3, 31, 8, 0, 0, TimeSpan.FromHours(7)));
        (await NotificationsAsync(project.Id, NotificationKinds.DisbursementLag)).Should().Be(1);
        // Catch up to 45 billion by June: Q2 expects 50, 45 ≥ 50 × 0.8 → on track, no new reminder.
        (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new InvestAid.Finance.DisbursementInput(new DateOnly(2025, 5, 5), 37_500_000_000m, "VND", InvestAid.Finance.DisbursementSource.Counterpart, null))).EnsureSuccessStatusCode();
        await RunAsync(JobIds.DisbursementLag, new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        (await NotificationsAsync(project.Id, NotificationKinds.DisbursementLag)).Should().Be(1);
        // Q3 expects 75; 45 < 60 → lags again, a reminder of its own checkpoint.
        await RunAsync(JobIds.DisbursementLag, new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        (await NotificationsAsync(project.Id, NotificationKinds.DisbursementLag)).Should().Be(2);
    }

    [Fact]
    public async Task A_mail_that_fails_while_the_SMTP_server_is_down_is_retried_with_back_off_and_sent_once()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await FinanceData.LaggingOdaAsync(officer);
        await RunAsync(JobIds.DisbursementLag, AfterQ1);
        var now = AfterQ1.AddMinutes(1);

        await factory.Mail.StopAsync();
        try
        {
            await SendMailAsync(now);
        }
        finally
        {
            await factory.Mail.StartAsync();
        }
        (await CountAsync("SELECT count(*) FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.project_id = $1 AND o.status = 'Pending' AND o.attempts = 1 AND o.last_error IS NOT NULL", project.Id))
            .Should().Be(1);
        await SendMailAsync(now.AddSeconds(30));
        factory.Mail.Messages.Should().NotContain(m => m.Subject.Contains(project.Code), "the retry waits a minute");

        await SendMailAsync(now.AddMinutes(2));
        await SendMailAsync(now.AddMinutes(10));
        factory.Mail.Messages.Count(m => m.Subject.Contains(project.Code)).Should().Be(1);
        (await CountAsync("SELECT count(*) FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.project_id = $1 AND o.status = 'Sent' AND o.attempts = 2", project.Id))
            .Should().Be(1);
    }

    [Fact]
    public async Task A_mail_that_failed_every_attempt_stays_visible_to_admins_and_can_be_sent_again()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var project = await FinanceData.LaggingOdaAsync(officer);
        await RunAsync(JobIds.DisbursementLag, AfterQ1);

        await factory.Mail.StopAsync();
        try
        {
            for (var hour = 1; hour <= 8; hour++)
            {
                await SendMailAsync(AfterQ1.AddHours(hour));
            }
        }
        finally
        {
            await factory.Mail.StartAsync();
        }

        var failed = await admin.GetJsonAsync<InvestAid.Common.PagedResult<OutboxMailDto>>("/api/v1/admin/mail?status=Failed&pageSize=200");
        var mail = failed.Items.Should().ContainSingle(m => m.Subject.Contains(project.Code)).Subject;
        mail.Status.Should().Be("Failed");
        mail.LastError.Should().NotBeNullOrWhiteSpace();
        (await officer.GetAsync("/api/v1/admin/mail", Ct)).StatusCode.Should().Be(System.Net.HttpStatusCode.Forbidden);
        await SendMailAsync(AfterQ1.AddHours(9));
        factory.Mail.Messages.Should().NotContain(m => m.Subject.Contains(project.Code), "a failed mail is not retried by itself");

        (await admin.PostAsync($"/api/v1/admin/mail/{mail.Id}/retry", null, Ct)).StatusCode.Should().Be(System.Net.HttpStatusCode.NoContent);
        await SendMailAsync(DateTimeOffset.UtcNow.AddMinutes(1));
        factory.Mail.Messages.Count(m => m.Subject.Contains(project.Code)).Should().Be(1);
        (await admin.PostAsync($"/api/v1/admin/mail/{mail.Id}/retry", null, Ct)).StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Report_reminders_count_back_from_the_legal_date_and_state_the_next_working_day_when_it_is_a_day_off()
    {
        var calendar = factory.Services.GetRequiredService<WorkingDayCalendarProvider>().Current;
        var deadlines = ReportingSchedule.Deadlines(2026, calendar).Select(d => d.Deadline).ToList()
            .Concat(ReportingSchedule.Deadlines(2025, calendar).Select(d => d.Deadline)).ToList();
        DateOnly Effective(string type, string period) => deadlines.Single(d => d.ReportType == type && d.Period == period).EffectiveDue;
        Effective("fdi-quarterly", "2026Q3").Should().Be(new DateOnly(2026, 10, 12), "10 Oct 2026 is a Saturday");
        Effective("fdi-quarterly", "2025Q4").Should().Be(new DateOnly(2026, 1, 10), "Saturday 10 Jan 2026 is a make-up working day");
        Effective("oda-monthly", "2026-01").Should().Be(new DateOnly(2026, 2, 23), "15 Feb 2026 falls in Tết (14–22 Feb)");
        Effective("fdi-yearly", "2025").Should().Be(new DateOnly(2026, 3, 31));

        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var late = await (await officer.PostJsonAsync("/api/v1/projects", ProjectRequests.Fdi("FDI báo cáo " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();
        var filed = await (await officer.PostJsonAsync("/api/v1/projects", ProjectRequests.Fdi("FDI đã nộp " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();
        (await officer.PostJsonAsync($"/api/v1/projects/{filed.Id}/implemented-capital",
            new InvestAid.Finance.ImplementedCapitalInput(2026, 3, 500_000m, 13_000_000_000m, new DateOnly(2026, 10, 2)))).EnsureSuccessStatusCode();

        await RunAsync(JobIds.ReportDeadlines, new DateTimeOffset(2026, 10, 2, 8, 0, 0, TimeSpan.FromHours(7)));
        (await NotificationsAsync(late.Id, NotificationKinds.ReportDue)).Should().Be(0, "the window opens 7 days before the legal date (3 Oct)");
        await RunAsync(JobIds.ReportDeadlines, new DateTimeOffset(2026, 10, 3, 8, 0, 0, TimeSpan.FromHours(7)));
        await RunAsync(JobIds.ReportDeadlines, new DateTimeOffset(2026, 10, 12, 8, 0, 0, TimeSpan.FromHours(7)));
        (await NotificationsAsync(late.Id, NotificationKinds.ReportDue)).Should().Be(1);
        (await NotificationsAsync(filed.Id, NotificationKinds.ReportDue)).Should().Be(0, "its Q3 report is filed");
        var body = await officer.GetJsonAsync<NotificationListDto>("/api/v1/notifications?pageSize=200");
        body.Items.Single(n => n.ProjectId == late.Id).Body.Should().Contain("10/10/2026").And.Contain("12/10/2026");
    }

    [Fact]
    public async Task An_overdue_task_reminds_its_group_then_escalates_to_the_leader_after_two_working_days_not_counting_Tet()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("overdue");
        // The first step named in Vietnamese, with its English name as a Camunda extension property.
        await officer.PublishAsync(Models.ThreeTasks(key).Replace(
            """<bpmn:userTask id="review" name="Review" ia:candidateGroups="officer" ia:outcomes="complete,incomplete" />""",
            """<bpmn:userTask id="review" name="Xem xét hồ sơ" ia:candidateGroups="officer" ia:outcomes="complete,incomplete"><bpmn:extensionElements><camunda:properties xmlns:camunda="http://camunda.org/schema/1.0/bpmn"><camunda:property name="name:en" value="Review the dossier" /></camunda:properties></bpmn:extensionElements></bpmn:userTask>"""));
        var instance = await officer.StartAsync(new StartInstanceRequest(key, null));
        await using (var conn = new NpgsqlConnection(factory.Database.ConnectionString))
        {
            await conn.OpenAsync(Ct);
            await using var cmd = new NpgsqlCommand("UPDATE workflow_tasks SET due_at = '2026-02-13T17:00:00+07' WHERE instance_id = $1", conn);
            cmd.Parameters.AddWithValue(instance.Id);
            await cmd.ExecuteNonQueryAsync(Ct);
        }
        Task<long> Count(string kind) => CountAsync($"SELECT count(*) FROM reminders WHERE kind = '{kind}' AND key LIKE '%' || $1 || '%'", instance.Id.ToString());

        await RunAsync(JobIds.OverdueTasks, new DateTimeOffset(2026, 2, 16, 9, 0, 0, TimeSpan.FromHours(7)));
        (await Count(NotificationKinds.TaskOverdue)).Should().Be(1);
        (await Count(NotificationKinds.TaskEscalated)).Should().Be(0, "Tết: no working day has passed since Friday 13 Feb");
        await RunAsync(JobIds.OverdueTasks, new DateTimeOffset(2026, 2, 23, 9, 0, 0, TimeSpan.FromHours(7)));
        (await Count(NotificationKinds.TaskEscalated)).Should().Be(0, "Monday 23 Feb is the first working day after the due day");
        await RunAsync(JobIds.OverdueTasks, new DateTimeOffset(2026, 2, 24, 9, 0, 0, TimeSpan.FromHours(7)));
        await RunAsync(JobIds.OverdueTasks, new DateTimeOffset(2026, 2, 25, 9, 0, 0, TimeSpan.FromHours(7)));
        (await Count(NotificationKinds.TaskOverdue)).Should().Be(1);
        (await Count(NotificationKinds.TaskEscalated)).Should().Be(1);
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        (await leader.GetJsonAsync<NotificationListDto>("/api/v1/notifications?pageSize=200")).Items
            .Should().Contain(n => n.Kind == NotificationKinds.TaskEscalated && n.Body.Contains("2 ngày làm việc") && n.Title.Contains("Xem xét hồ sơ"));
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications?pageSize=200");
        english.Headers.AcceptLanguage.ParseAdd("en");
        (await (await leader.SendAsync(english, Ct)).ReadAsync<NotificationListDto>()).Items
            .Should().Contain(n => n.Kind == NotificationKinds.TaskEscalated && n.Title == "For the leader: task 2 working days overdue — Review the dossier"
                && n.Body.Contains("\"Review the dossier\"") && n.Body.Contains("13 Feb 2026"));
    }

    [Fact]
    public async Task Approved_aid_not_started_within_six_months_is_flagged_once_and_email_follows_the_preference()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        (await leader.PutJsonAsync("/api/v1/notifications/preferences", new[] { new NotificationPreferenceDto(NotificationKinds.AidNotStarted, false) }, null))
            .EnsureSuccessStatusCode();
        var aid = await (await officer.PostJsonAsync("/api/v1/projects", ProjectRequests.Ngo("Viện trợ chưa triển khai " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();
        foreach (var action in new[] { ProjectAction.Submit, ProjectAction.StartReview, ProjectAction.Approve })
        {
            (await officer.PostJsonAsync($"/api/v1/projects/{aid.Id}/status", new ChangeProjectStatusRequest(action, new DateOnly(2025, 5, 10)))).EnsureSuccessStatusCode();
        }
        await RunAsync(JobIds.AidNotStarted, new DateTimeOffset(2025, 11, 10, 8, 0, 0, TimeSpan.FromHours(7)));
        (await NotificationsAsync(aid.Id, NotificationKinds.AidNotStarted)).Should().Be(0, "six months from 10 May end on 10 November");
        await RunAsync(JobIds.AidNotStarted, new DateTimeOffset(2025, 11, 11, 8, 0, 0, TimeSpan.FromHours(7)));
        await RunAsync(JobIds.AidNotStarted, new DateTimeOffset(2025, 11, 12, 8, 0, 0, TimeSpan.FromHours(7)));
        (await NotificationsAsync(aid.Id, NotificationKinds.AidNotStarted)).Should().Be(2, "the officer and the leader");
        (await MailsAsync(aid.Id)).Should().Be(1, "the leader switched e-mail off for this kind");
    }

    [Fact]
    public async Task Admins_change_a_job_schedule_and_threshold_and_Hangfire_gets_it()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var jobs = await admin.GetJsonAsync<List<JobSettingDto>>("/api/v1/admin/jobs");
        jobs.Select(j => j.Id).Should().BeEquivalentTo(JobIds.All);
        var updated = await (await admin.PutJsonAsync("/api/v1/admin/jobs", new[] { new JobSettingInput(JobIds.ReceiptOverdue, "30 6 * * 1-5", true, null, null, null) }, null))
            .ReadAsync<List<JobSettingDto>>();
        updated.Single(j => j.Id == JobIds.ReceiptOverdue).Cron.Should().Be("30 6 * * 1-5");
        using var connection = factory.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        var recurring = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection, [JobIds.ReceiptOverdue]).Single();
        recurring.Cron.Should().Be("30 6 * * 1-5");
        recurring.TimeZoneId.Should().Contain("Ho_Chi_Minh");
        var bad = await admin.PutJsonAsync("/api/v1/admin/jobs", new[] { new JobSettingInput(JobIds.DisbursementLag, "every day", true, 1.5m, null, null) }, null);
        var problem = await bad.ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest, InvestAid.Errors.ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("[0].cron", out _).Should().BeTrue();
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        (await officer.GetAsync("/api/v1/admin/jobs", Ct)).StatusCode.Should().Be(System.Net.HttpStatusCode.Forbidden);
    }
}
