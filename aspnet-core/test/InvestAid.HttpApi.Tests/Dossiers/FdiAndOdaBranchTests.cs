using System.Net;
using AwesomeAssertions;
using InvestAid.CapitalContributions;
using InvestAid.Common;
using InvestAid.Dossiers;
using InvestAid.Projects;
using InvestAid.TestBase;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Dossiers;

/// <summary>
/// Every branch of the FDI and ODA procedures through the API: approve (with and without consultation), reject,
/// supplementation and resubmission (FDI), return for rework (ODA). On FDI approval the certificate number and the
/// matching registry row are written with the step; on every other branch the registry is untouched.
/// </summary>
public sealed class FdiAndOdaBranchTests(ProcedureApiFactory factory)
{
    /// <summary>The agency the demo user agency.finance@ answers for.</summary>
    public const string Finance = InvestAid.Procedures.ProcedureAgencies.Finance;

    private static CreateProjectRequest Unregistered() => ProjectRequests.Fdi("Nhà máy " + ProjectRequests.UniqueWord()) with
    {
        Fdi = new FdiDetailsDto(null, null, 50),
        RegisteredCapitalUsd = null,
        RegisteredCapitalVnd = null,
    };

    private async Task<(HttpClient Officer, HttpClient Leader, HttpClient Agency)> ClientsAsync() => (
        await factory.CreateClientAsAsync("officer@investaid.local"),
        await factory.CreateClientAsAsync("leader@investaid.local"),
        await factory.CreateClientAsAsync("agency.finance@investaid.local"));

    /// <summary>A registered FDI project: 10 M USD, IRC of 15 March 2024, one NewRegistration event.</summary>
    private static async Task<ProjectDto> RegisteredAsync(HttpClient officer)
    {
        var project = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy " + ProjectRequests.UniqueWord()));
        project.CapitalEvents.Should().ContainSingle(e => e.Type == CapitalEventType.NewRegistration);
        project.RegisteredCapitalUsd.Should().Be(10_000_000m);
        return project;
    }

    private static Task<ProjectDto> ProjectAsync(HttpClient client, Guid id) => client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{id}");

    private static IEnumerable<string?> TaskSteps(DossierDto dossier) =>
        dossier.History.Where(h => h.TaskId != null && h.Ended != null).Select(h => h.ActivityId + ":" + h.Outcome);

    // ---------------------------------------------------------------- fdi-irc-adjust

    [Fact]
    public async Task Adjust_approved_after_consultation_issues_a_number_and_records_the_capital_increase()
    {
        var (officer, leader, agency) = await ClientsAsync();
        var project = await RegisteredAsync(officer);
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-adjust", new DateOnly(2025, 10, 6),
            new { agencies = new[] { Finance }, capitalChangeUsd = 2_500_000m, capitalChangeVnd = 65_000_000_000m });
        dossier.ProcedureVersion.Should().Be(1);
        dossier.LegalBasis.Should().Contain("31/2021");

        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2025-10-06" });
        var sla = (await officer.DossierAsync(dossier.Id)).Sla!;
        sla.Limit.Should().Be(10);
        sla.Unit.Should().Be("WorkingDays");
        sla.DueDate.Should().Be(new DateOnly(2025, 10, 20), "10 working days from Monday 6 October");

        var consult = await officer.OpenTaskAsync(dossier.Id, "consult");
        consult.CandidateGroups.Should().Equal("agency:" + Finance);
        (await leader.OpenTaskAsync(dossier.Id, "consult")).Id.Should().Be(consult.Id);
        (await officer.DossierAsync(dossier.Id)).Tasks.Should().NotContain(t => t.ElementId == "decide", "the decision waits for the agency");
        (await agency.CompleteAsync(consult.Id, "agree", "Thống nhất điều chỉnh vốn.")).StatusCode.Should().Be(HttpStatusCode.OK);

        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý điều chỉnh.", new { decisionDate = "2025-10-15" });

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.InstanceStatus.Should().Be("Completed");
        after.DecisionNumber.Should().MatchRegex("^[0-9]{10}$");
        after.DecisionDate.Should().Be(new DateOnly(2025, 10, 15));
        TaskSteps(after).Should().Equal("check:complete", "consult:agree", "decide:approve");
        after.History.Should().Contain(h => h.ActivityId == "approve" && h.Ended != null);
        after.History.Should().NotContain(h => h.ActivityId == "reject");

        var adjusted = await ProjectAsync(officer, project.Id);
        adjusted.RegisteredCapitalUsd.Should().Be(12_500_000m);
        adjusted.Fdi!.IrcNumber.Should().Be("1234567890", "the project code stays; the adjustment event carries the issued number");
        var adjustment = adjusted.CapitalEvents.Should().ContainSingle(e => e.Type == CapitalEventType.Adjustment).Subject;
        adjustment.CapitalChangeUsd.Should().Be(2_500_000m);
        adjustment.CapitalChangeVnd.Should().Be(65_000_000_000m);
        adjustment.EffectiveDate.Should().Be(new DateOnly(2025, 10, 15));
        adjustment.CertificateNumber.Should().Be(after.DecisionNumber);
        adjustment.RecordedBy.Should().Be("workflow");
        adjusted.CapitalEvents.Should().HaveCount(2);
    }

    [Fact]
    public async Task Adjust_approved_without_consultation_records_a_capital_decrease()
    {
        var (officer, leader, _) = await ClientsAsync();
        var project = await RegisteredAsync(officer);
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-adjust", new DateOnly(2025, 10, 6),
            new { capitalChangeUsd = -3_000_000m });

        await officer.StepAsync(dossier.Id, "check", "complete");
        var open = (await officer.DossierAsync(dossier.Id)).Tasks.Where(t => t.Status == "Open").Select(t => t.ElementId);
        open.Should().Equal(["decide"], "no agency was picked: the consultation is skipped");
        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý giảm vốn.", new { decisionDate = "2025-10-10" });

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        TaskSteps(after).Should().Equal("check:complete", "decide:approve");
        var adjusted = await ProjectAsync(officer, project.Id);
        adjusted.RegisteredCapitalUsd.Should().Be(7_000_000m);
        var decrease = adjusted.CapitalEvents.Should().ContainSingle(e => e.Type == CapitalEventType.Adjustment).Subject;
        decrease.CapitalChangeUsd.Should().Be(-3_000_000m);
        decrease.CertificateNumber.Should().Be(after.DecisionNumber).And.MatchRegex("^[0-9]{10}$");
        decrease.EffectiveDate.Should().Be(new DateOnly(2025, 10, 10));
    }

    [Fact]
    public async Task Adjust_rejected_after_a_disagreeing_agency_leaves_the_ledger_and_the_certificate_alone()
    {
        var (officer, leader, agency) = await ClientsAsync();
        var project = await RegisteredAsync(officer);
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-adjust", new DateOnly(2025, 10, 6),
            new { agencies = new[] { Finance }, capitalChangeUsd = 4_000_000m });
        await officer.StepAsync(dossier.Id, "check", "complete");
        await agency.StepAsync(dossier.Id, "consult", "disagree", "Chưa chứng minh được nguồn vốn.");

        var decide = await leader.OpenTaskAsync(dossier.Id, "decide");
        (await leader.CompleteAsync(decide.Id, "reject", comment: null)).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a refusal says why");
        await leader.StepAsync(dossier.Id, "decide", "reject", "Không đủ điều kiện điều chỉnh.");

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Rejected);
        after.InstanceStatus.Should().Be("Completed");
        after.DecisionNumber.Should().BeNull("no certificate is issued on refusal");
        TaskSteps(after).Should().Equal("check:complete", "consult:disagree", "decide:reject");
        after.History.Should().Contain(h => h.ActivityId == "reject").And.NotContain(h => h.ActivityId == "approve");
        after.History.Single(h => h.ActivityId == "decide").Comment.Should().Be("Không đủ điều kiện điều chỉnh.");

        var unchanged = await ProjectAsync(officer, project.Id);
        unchanged.CapitalEvents.Should().ContainSingle().Which.Type.Should().Be(CapitalEventType.NewRegistration);
        unchanged.RegisteredCapitalUsd.Should().Be(10_000_000m);
        unchanged.Fdi!.IrcNumber.Should().Be(project.Fdi!.IrcNumber);
        unchanged.Status.Should().Be(project.Status, "a refused adjustment does not change the project's status");
    }

    [Fact]
    public async Task Adjust_supplementation_pauses_the_working_day_clock_and_the_resubmitted_dossier_is_approved()
    {
        var (officer, leader, _) = await ClientsAsync();
        var project = await RegisteredAsync(officer);
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-adjust", new DateOnly(2025, 10, 6),
            new { capitalChangeUsd = 1_000_000m });

        // Asked to supplement on Wed 8 Oct before the clock ever started; brought back on Wed 15 Oct.
        await officer.StepAsync(dossier.Id, "check", "supplement", "Thiếu báo cáo tài chính.", new { supplementRequestedOn = "2025-10-08" });
        var waiting = await officer.DossierAsync(dossier.Id);
        waiting.Status.Should().Be(DossierStatus.InProgress);
        waiting.Tasks.Should().NotContain(t => t.Status == "Open");
        var agency = await factory.CreateClientAsAsync("agency.finance@investaid.local");
        (await agency.PostJsonAsync($"/api/v1/dossiers/{dossier.Id}/resubmit", new ResubmitDossierRequest(new DateOnly(2025, 10, 15))))
            .StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);

        var resubmit = await officer.PostJsonAsync($"/api/v1/dossiers/{dossier.Id}/resubmit", new ResubmitDossierRequest(new DateOnly(2025, 10, 15)));
        resubmit.StatusCode.Should().Be(HttpStatusCode.OK, await resubmit.Content.ReadAsStringAsync(Ct));
        (await resubmit.ReadAsync<DossierDto>()).Tasks.Should().ContainSingle(t => t.ElementId == "check" && t.Status == "Open");

        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2025-10-15" });
        var running = (await officer.DossierAsync(dossier.Id)).Sla!;
        running.StartedOn.Should().Be(new DateOnly(2025, 10, 15));
        running.IsPaused.Should().BeFalse();
        running.DueDate.Should().Be(new DateOnly(2025, 10, 29), "10 working days from Wednesday 15 October");

        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý.", new { decisionDate = "2025-10-20" });
        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        TaskSteps(after).Should().Equal("check:supplement", "check:complete", "decide:approve");
        after.History.Should().Contain(h => h.ActivityId == "waitResubmit" && h.Ended != null);
        var adjusted = await ProjectAsync(officer, project.Id);
        adjusted.CapitalEvents.Should().ContainSingle(e => e.Type == CapitalEventType.Adjustment)
            .Which.CertificateNumber.Should().Be(after.DecisionNumber);
        adjusted.RegisteredCapitalUsd.Should().Be(11_000_000m);
    }

    // ---------------------------------------------------------------- fdi-irc-new

    [Fact]
    public async Task New_IRC_under_the_2020_law_approved_after_consultation_registers_the_project()
    {
        var (officer, leader, agency) = await ClientsAsync();
        var project = await officer.CreateProjectAsync(Unregistered());
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-new", new DateOnly(2025, 8, 4),
            new { agencies = new[] { Finance }, capitalUsd = 5_000_000m, capitalVnd = 127_500_000_000m });
        dossier.ProcedureVersion.Should().Be(1);

        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2025-08-04" });
        (await officer.DossierAsync(dossier.Id)).Sla!.Limit.Should().Be(15, "Law 61/2020 Art. 38: 15 days");
        await agency.StepAsync(dossier.Id, "consult", "agree", "Thống nhất.");
        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý cấp.", new { decisionDate = "2025-08-14" });

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        TaskSteps(after).Should().Equal("check:complete", "consult:agree", "decide:approve");
        var registered = await ProjectAsync(officer, project.Id);
        registered.Status.Should().Be(ProjectStatus.Active);
        registered.Fdi!.IrcNumber.Should().Be(after.DecisionNumber).And.MatchRegex("^[0-9]{10}$");
        var entry = registered.CapitalEvents.Should().ContainSingle().Subject;
        entry.Type.Should().Be(CapitalEventType.NewRegistration);
        entry.CapitalChangeUsd.Should().Be(5_000_000m);
        entry.CapitalChangeVnd.Should().Be(127_500_000_000m);
        entry.EffectiveDate.Should().Be(new DateOnly(2025, 8, 14));
    }

    [Theory]
    [InlineData("2025-09-02", 1)]
    [InlineData("2025-10-01", 2)]
    public async Task New_IRC_rejected_rejects_the_project_and_registers_nothing(string receivedOn, int version)
    {
        var (officer, leader, _) = await ClientsAsync();
        var project = await officer.CreateProjectAsync(Unregistered());
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-new",
            DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture), new { capitalUsd = 3_000_000m });
        dossier.ProcedureVersion.Should().Be(version);
        await officer.StepAsync(dossier.Id, "check", "complete");
        await leader.StepAsync(dossier.Id, "decide", "reject", "Ngành nghề không phù hợp quy hoạch.");

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Rejected);
        after.InstanceStatus.Should().Be("Completed");
        after.DecisionNumber.Should().BeNull();
        TaskSteps(after).Should().Equal("check:complete", "decide:reject");
        var rejected = await ProjectAsync(officer, project.Id);
        rejected.Status.Should().Be(ProjectStatus.Rejected);
        rejected.CapitalEvents.Should().BeEmpty();
        rejected.Fdi!.IrcNumber.Should().BeNull();
    }

    [Theory]
    [InlineData("2025-08-04", 1)]
    [InlineData("2025-10-01", 2)]
    public async Task New_IRC_supplemented_and_resubmitted_is_approved_with_one_registration(string receivedOn, int version)
    {
        var (officer, leader, _) = await ClientsAsync();
        var project = await officer.CreateProjectAsync(Unregistered());
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-new",
            DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture), new { capitalUsd = 8_000_000m });
        dossier.ProcedureVersion.Should().Be(version);
        await officer.StepAsync(dossier.Id, "check", "supplement", "Thiếu đề xuất dự án.");
        (await officer.DossierAsync(dossier.Id)).Tasks.Should().NotContain(t => t.Status == "Open");
        (await officer.PostJsonAsync($"/api/v1/dossiers/{dossier.Id}/resubmit", new ResubmitDossierRequest(null))).StatusCode.Should().Be(HttpStatusCode.OK);
        await officer.StepAsync(dossier.Id, "check", "complete");
        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý.");

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        TaskSteps(after).Should().Equal("check:supplement", "check:complete", "decide:approve");
        var registered = await ProjectAsync(officer, project.Id);
        registered.Status.Should().Be(ProjectStatus.Active);
        registered.CapitalEvents.Should().ContainSingle().Which.CertificateNumber.Should().Be(after.DecisionNumber);
        registered.RegisteredCapitalUsd.Should().Be(8_000_000m);
    }

    // ---------------------------------------------------------------- fdi-capital-contribution

    private static async Task<IReadOnlyList<CapitalContributionDto>> NoticesForAsync(HttpClient client, string target) =>
        [.. (await client.GetJsonAsync<PagedResult<CapitalContributionDto>>("/api/v1/capital-contributions?pageSize=200")).Items
            .Where(c => c.TargetEnterprise == target)];

    [Fact]
    public async Task Contribution_approved_after_consultation_and_resubmission_writes_one_notice()
    {
        var (officer, leader, agency) = await ClientsAsync();
        var project = await officer.CreateProjectAsync(Unregistered());
        var target = "Công ty CP " + ProjectRequests.UniqueWord();
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-capital-contribution", new DateOnly(2025, 11, 3),
            new { agencies = new[] { Finance }, investorName = "Kim Holdings Co., Ltd.", countryCode = "KR", targetEnterprise = target, valueUsd = 750_000m });
        await officer.StepAsync(dossier.Id, "check", "supplement", "Thiếu hợp đồng chuyển nhượng.");
        (await officer.PostJsonAsync($"/api/v1/dossiers/{dossier.Id}/resubmit", new ResubmitDossierRequest(new DateOnly(2025, 11, 5)))).StatusCode.Should().Be(HttpStatusCode.OK);
        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2025-11-05" });
        (await NoticesForAsync(officer, target)).Should().BeEmpty("nothing is written before the decision");
        await agency.StepAsync(dossier.Id, "consult", "agree");
        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý.", new { decisionDate = "2025-11-12" });

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.DecisionDate.Should().Be(new DateOnly(2025, 11, 12));
        TaskSteps(after).Should().Equal("check:supplement", "check:complete", "consult:agree", "decide:approve");
        var notice = (await NoticesForAsync(officer, target)).Should().ContainSingle().Subject;
        notice.InvestorName.Should().Be("Kim Holdings Co., Ltd.");
        notice.ValueUsd.Should().Be(750_000m);
        notice.Date.Should().Be(new DateOnly(2025, 11, 12));
        (await ProjectAsync(officer, project.Id)).CapitalEvents.Should().BeEmpty("a contribution notice is not a registered-capital event");
    }

    [Fact]
    public async Task Contribution_rejected_writes_no_notice()
    {
        var (officer, leader, _) = await ClientsAsync();
        var project = await officer.CreateProjectAsync(Unregistered());
        var target = "Công ty CP " + ProjectRequests.UniqueWord();
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-capital-contribution", new DateOnly(2025, 11, 3),
            new { investorName = "Lee Capital", countryCode = "KR", targetEnterprise = target, valueUsd = 1_000_000m });
        await officer.StepAsync(dossier.Id, "check", "complete");
        await leader.StepAsync(dossier.Id, "decide", "reject", "Ngành nghề hạn chế tiếp cận thị trường.");

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Rejected);
        after.InstanceStatus.Should().Be("Completed");
        TaskSteps(after).Should().Equal("check:complete", "decide:reject");
        (await NoticesForAsync(officer, target)).Should().BeEmpty();
        (await ProjectAsync(officer, project.Id)).Status.Should().Be(ProjectStatus.Draft);
    }

    // ---------------------------------------------------------------- oda-proposal / oda-annual-plan v1 (received before 10 Sep 2025)

    private async Task<(HttpClient Officer, HttpClient Owner, HttpClient Leader, ProjectDto Project)> OdaAsync()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var me = await owner.GetJsonAsync<InvestAid.Identity.CurrentUserDto>("/api/account/me");
        var project = await officer.CreateProjectAsync(ProjectRequests.Oda("Dự án ODA " + ProjectRequests.UniqueWord()) with { OwnerUserId = me.Id });
        return (officer, owner, leader, project);
    }

    [Fact]
    public async Task Oda_proposal_returned_by_the_department_and_by_the_committee_is_reworked_then_rejected()
    {
        var (officer, owner, leader, project) = await OdaAsync();
        var dossier = await officer.StartDossierOkAsync(project.Id, "oda-proposal", new DateOnly(2025, 3, 3));

        await owner.StepAsync(dossier.Id, "prepare", null, "Lần 1.");
        var appraise = await officer.OpenTaskAsync(dossier.Id, "appraise");
        (await officer.CompleteAsync(appraise.Id, "return", comment: "")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await officer.StepAsync(dossier.Id, "appraise", "return", "Thiếu khung chính sách tái định cư.");
        (await owner.OpenTaskAsync(dossier.Id, "prepare")).Should().NotBeNull("back to the owner");
        await owner.StepAsync(dossier.Id, "prepare", null, "Lần 2: đã bổ sung.");
        await officer.StepAsync(dossier.Id, "appraise", "pass", "Đạt.");
        await leader.StepAsync(dossier.Id, "decide", "return", "Làm rõ phương án vốn đối ứng.");
        await owner.StepAsync(dossier.Id, "prepare", null, "Lần 3.");
        await officer.StepAsync(dossier.Id, "appraise", "pass", "Đạt.");
        await leader.StepAsync(dossier.Id, "decide", "reject", "Không phù hợp danh mục ưu tiên.");

        var after = await owner.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Rejected);
        after.InstanceStatus.Should().Be("Completed");
        TaskSteps(after).Should().Equal("prepare:", "appraise:return", "prepare:", "appraise:pass", "decide:return",
            "prepare:", "appraise:pass", "decide:reject");
        after.History.Where(h => h.ActivityId == "appraise").Select(h => h.Comment).Should().Contain("Thiếu khung chính sách tái định cư.");
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Status.Should().Be(ProjectStatus.Rejected);
    }

    [Fact]
    public async Task Oda_annual_plan_approved_records_the_decision_on_the_dossier_and_keeps_the_project_status()
    {
        var (officer, owner, leader, project) = await OdaAsync();
        var dossier = await officer.StartDossierOkAsync(project.Id, "oda-annual-plan", new DateOnly(2024, 11, 11));
        dossier.LegalBasis.Should().Contain("16/2016");

        await owner.StepAsync(dossier.Id, "prepare", null, "Kế hoạch vốn năm 2025.");
        var decideTooEarly = (await officer.DossierAsync(dossier.Id)).Tasks.Where(t => t.Status == "Open").Select(t => t.ElementId);
        decideTooEarly.Should().Equal("appraise");
        await officer.StepAsync(dossier.Id, "appraise", "pass", "Đạt.");
        await leader.StepAsync(dossier.Id, "decide", "approve", "Phê duyệt.", new { decisionNumber = "1234/QĐ-UBND", decisionDate = "2025-12-01" });

        var after = await owner.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.InstanceStatus.Should().Be("Completed");
        after.DecisionNumber.Should().Be("1234/QĐ-UBND");
        after.DecisionDate.Should().Be(new DateOnly(2025, 12, 1));
        TaskSteps(after).Should().Equal("prepare:", "appraise:pass", "decide:approve");
        after.History.Where(h => h.TaskId != null).Select(h => h.Actor).Should().Equal(
            "owner@investaid.local", "officer@investaid.local", "leader@investaid.local");
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Status.Should().Be(project.Status,
            "an annual capital plan decides the plan, not the project");
    }

    [Fact]
    public async Task Oda_annual_plan_returned_twice_then_rejected()
    {
        var (officer, owner, leader, project) = await OdaAsync();
        var dossier = await officer.StartDossierOkAsync(project.Id, "oda-annual-plan", new DateOnly(2024, 11, 11));

        await owner.StepAsync(dossier.Id, "prepare", null);
        await officer.StepAsync(dossier.Id, "appraise", "return", "Vượt trần kế hoạch trung hạn.");
        await owner.StepAsync(dossier.Id, "prepare", null, "Đã điều chỉnh.");
        await officer.StepAsync(dossier.Id, "appraise", "pass");
        var decide = await leader.OpenTaskAsync(dossier.Id, "decide");
        (await leader.CompleteAsync(decide.Id, "postpone", "?")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "not an outcome of the model");
        await leader.StepAsync(dossier.Id, "decide", "return", "Ưu tiên dự án chuyển tiếp.");
        await owner.StepAsync(dossier.Id, "prepare", null);
        await officer.StepAsync(dossier.Id, "appraise", "pass");
        await leader.StepAsync(dossier.Id, "decide", "reject", "Không bố trí vốn năm nay.");

        var after = await owner.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Rejected);
        after.DecisionNumber.Should().BeNull();
        TaskSteps(after).Should().Equal("prepare:", "appraise:return", "prepare:", "appraise:pass", "decide:return",
            "prepare:", "appraise:pass", "decide:reject");
        after.Tasks.Should().NotContain(t => t.Status == "Open");
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Status.Should().Be(project.Status);
    }
}
