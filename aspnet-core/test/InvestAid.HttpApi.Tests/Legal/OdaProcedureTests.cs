using System.Net;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.HttpApi.Dossiers;
using InvestAid.Legal;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.Workflows;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Legal;

/// <summary>
/// <c>oda-proposal</c> and <c>oda-annual-plan</c> v2, in force from 10 Sep 2025 (Decree 242/2025 replacing Decree 114/2021): the owner
/// prepares, the department checks, the officer drafts, the head of division reviews, the director signs the submission (directly, KT. or TL.)
/// and the provincial Chairperson decides; each level can return with a comment. The appraisal limit and the consultation deadline are the
/// legal parameters in force on the receipt day; a dossier received before 10 Sep 2025 runs v1.
/// </summary>
public sealed class OdaProcedureTests(ProcedureApiFactory factory)
{
    private static readonly DateOnly Decree242 = new(2025, 9, 10);

    private static readonly object Deputy = new
    {
        mode = "KT", signerName = "Trần Văn Bình", signerTitle = "Phó Giám đốc", onBehalfOfName = "Nguyễn Thị Hoa", onBehalfOfTitle = "Giám đốc Sở Tài chính",
    };

    private sealed record Clients(HttpClient Officer, HttpClient Owner, HttpClient Approver, HttpClient Leader, ProjectDto Project);

    private async Task<Clients> SetUpAsync()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        var approver = await factory.CreateClientAsAsync("approver@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var me = await owner.GetJsonAsync<InvestAid.Identity.CurrentUserDto>("/api/account/me");
        var project = await officer.CreateProjectAsync(ProjectRequests.Oda("Dự án ODA " + ProjectRequests.UniqueWord()) with { OwnerUserId = me.Id });
        return new Clients(officer, owner, approver, leader, project);
    }

    private static async Task<JsonObject> VariablesAsync(HttpClient client, DossierDto dossier) =>
        (await client.GetJsonAsync<WorkflowInstanceDto>($"/api/v1/workflow-instances/{dossier.WorkflowInstanceId}")).Variables;

    private static async Task<WorkflowDefinitionDto> VersionAsync(HttpClient client, DossierDto dossier) =>
        (await client.GetJsonAsync<List<WorkflowDefinitionDto>>($"/api/v1/workflow-definitions?key={dossier.ProcedureKey}"))
            .Single(v => v.Version == dossier.ProcedureVersion);

    private static IEnumerable<string> TaskSteps(DossierDto dossier) =>
        dossier.History.Where(h => h.TaskId != null).Select(h => $"{h.ActivityId}:{h.Outcome}");

    [Fact]
    public async Task A_proposal_under_Decree_242_goes_owner_officer_head_of_division_director_KT_Chairperson_with_a_return_at_review()
    {
        var (officer, owner, approver, leader, project) = await SetUpAsync();
        var dossier = await officer.StartDossierOkAsync(project.Id, "oda-proposal", new DateOnly(2026, 6, 1), new { agencies = new[] { "STC" } });
        dossier.LegalBasis.Should().Contain("242/2025").And.Contain("CHƯA XÁC NHẬN");
        (await VersionAsync(officer, dossier)).EffectiveFrom.Should().Be(Decree242);
        (await VariablesAsync(officer, dossier))["consultationDue"]!.GetValue<string>().Should().Be("P10D", "odaConsultationPeriod = 10 days on the receipt day");

        await owner.StepAsync(dossier.Id, "prepare", null, "Đã lập đề xuất.");
        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2026-06-01" });
        var sla = (await officer.DossierAsync(dossier.Id)).Sla!;
        sla.Parameter.Should().Be("odaProposalAppraisalPeriod");
        sla.Limit.Should().Be(20);
        sla.Unit.Should().Be("CalendarDays");
        sla.StartedOn.Should().Be(new DateOnly(2026, 6, 1));

        var consult = await officer.OpenTaskAsync(dossier.Id, "consult");
        consult.CandidateGroups.Should().Equal("agency:STC");
        consult.DueAt.Should().BeCloseTo(consult.CreatedAt.AddDays(10), TimeSpan.FromMinutes(1), "the consultation deadline is odaConsultationPeriod");
        var agency = await factory.CreateClientAsAsync("agency.finance@investaid.local");
        await agency.StepAsync(dossier.Id, "consult", "agree", "Thống nhất phương án vốn đối ứng.");

        await officer.StepAsync(dossier.Id, "draft", "submit", "Dự thảo báo cáo thẩm định và tờ trình.");
        var review = await officer.OpenTaskAsync(dossier.Id, "review");
        review.CandidateGroups.Should().Equal("approver");
        (await officer.CompleteAsync(review.Id, "forward")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "only the head of division reviews");
        (await approver.CompleteAsync(review.Id, "return", comment: "")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a return needs a comment");
        await approver.StepAsync(dossier.Id, "review", "return", "Bổ sung khung chính sách tái định cư.");
        await officer.StepAsync(dossier.Id, "draft", "submit", "Đã bổ sung.");
        await approver.StepAsync(dossier.Id, "review", "forward", "Trình Giám đốc ký.");

        var sign = await leader.OpenTaskAsync(dossier.Id, "sign");
        var missing = await leader.CompleteAsync(sign.Id, "sign", "Ký.", new { signature = new { mode = "KT", signerName = "Trần Văn Bình" } });
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync(Ct)).Should().Contain("\"variables.signature.onBehalfOfName\"");
        await leader.StepAsync(dossier.Id, "sign", "sign", "Ký tờ trình.", new { signature = Deputy });
        await leader.StepAsync(dossier.Id, "decide", "approve", "Phê duyệt đề xuất.", new
        {
            decisionNumber = "1502/QĐ-UBND", decisionDate = "2026-06-19",
            signature = new { signerName = "Phạm Minh Đức", signerTitle = "Chủ tịch" },
        });

        var after = await owner.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.InstanceStatus.Should().Be("Completed");
        after.DecisionNumber.Should().Be("1502/QĐ-UBND");
        TaskSteps(after).Should().Equal("prepare:", "check:complete", "consult:agree", "draft:submit", "review:return", "draft:submit",
            "review:forward", "sign:sign", "decide:approve");
        after.History.Should().Contain(h => h.ActivityId == "review" && h.Outcome == "return" && h.Comment == "Bổ sung khung chính sách tái định cư.");
        after.Signatures!.Select(s => s.Step).Should().Equal("sign", "decide");
        after.Signatures![0].Should().BeEquivalentTo(new SignatureDto("sign", "KT", "Trần Văn Bình", "Phó Giám đốc", "Nguyễn Thị Hoa", "Giám đốc Sở Tài chính",
            new DateOnly(2026, 6, 19)), o => o.Excluding(s => s.On));
        after.Signatures[1].Mode.Should().Be("direct");
        var page = await (await officer.GetAsync($"/api/v1/dossiers/{dossier.Id}/decision-document", Ct)).Content.ReadAsStringAsync(Ct);
        page.Should().Contain("1502/QĐ-UBND").And.Contain("Phạm Minh Đức").And.Contain("KT. Giám đốc Sở Tài chính – Phó Giám đốc Trần Văn Bình");
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Status.Should().Be(ProjectStatus.Approved);
    }

    [Fact]
    public async Task An_annual_plan_under_Decree_242_is_sent_back_to_the_owner_with_the_clock_paused_returned_at_review_and_signed_KT()
    {
        var (officer, owner, approver, leader, project) = await SetUpAsync();
        var dossier = await officer.StartDossierOkAsync(project.Id, "oda-annual-plan", new DateOnly(2026, 10, 5));
        dossier.LegalBasis.Should().Contain("242/2025");
        (await VersionAsync(officer, dossier)).EffectiveFrom.Should().Be(Decree242);

        await owner.StepAsync(dossier.Id, "prepare", null, "Kế hoạch vốn năm 2027.");
        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2026-10-06" });
        var sla = (await officer.DossierAsync(dossier.Id)).Sla!;
        sla.Parameter.Should().Be("odaAnnualPlanAppraisalPeriod");
        sla.Limit.Should().Be(20);
        sla.StartedOn.Should().Be(new DateOnly(2026, 10, 6));

        var draft = await officer.OpenTaskAsync(dossier.Id, "draft");
        (await officer.CompleteAsync(draft.Id, "return", comment: "")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a return needs a comment");
        await officer.StepAsync(dossier.Id, "draft", "return", "Vượt trần kế hoạch trung hạn: chủ dự án điều chỉnh.",
            new { supplementRequestedOn = "2026-10-08" });
        var paused = await owner.DossierAsync(dossier.Id);
        paused.Sla!.IsPaused.Should().BeTrue("the owner reworks the plan");
        paused.Tasks.Where(t => t.Status == "Open").Select(t => t.ElementId).Should().Equal("prepare");
        await owner.StepAsync(dossier.Id, "prepare", null, "Đã điều chỉnh.", new { resubmittedOn = "2026-10-12" });
        (await officer.DossierAsync(dossier.Id)).Sla!.IsPaused.Should().BeFalse();
        await officer.StepAsync(dossier.Id, "check", "complete");

        await officer.StepAsync(dossier.Id, "draft", "submit", "Dự thảo tờ trình.");
        await approver.StepAsync(dossier.Id, "review", "return", "Ưu tiên dự án chuyển tiếp.");
        await officer.StepAsync(dossier.Id, "draft", "submit", "Đã sắp xếp lại.");
        await approver.StepAsync(dossier.Id, "review", "forward");
        await leader.StepAsync(dossier.Id, "sign", "sign", "Ký tờ trình.", new { signature = Deputy });
        await leader.StepAsync(dossier.Id, "decide", "approve", "Phê duyệt.", new { decisionNumber = "2101/QĐ-UBND", decisionDate = "2026-11-02" });

        var after = await owner.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.DecisionNumber.Should().Be("2101/QĐ-UBND");
        after.DecisionDate.Should().Be(new DateOnly(2026, 11, 2));
        after.Sla!.StartedOn.Should().Be(new DateOnly(2026, 10, 6), "the clock keeps its first start");
        after.Sla.Pauses.Should().ContainSingle();
        TaskSteps(after).Should().Equal("prepare:", "check:complete", "draft:return", "prepare:", "check:complete", "draft:submit", "review:return",
            "draft:submit", "review:forward", "sign:sign", "decide:approve");
        after.History.Should().Contain(h => h.ActivityId == "draft" && h.Outcome == "return" && h.Comment == "Vượt trần kế hoạch trung hạn: chủ dự án điều chỉnh.");
        after.Signatures!.First().Mode.Should().Be("KT");
        after.Signatures!.Last().Step.Should().Be("decide");
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Status.Should().Be(project.Status,
            "an annual capital plan decides the plan, not the project");
    }

    [Fact]
    public async Task A_return_by_the_director_or_the_Chairperson_goes_back_to_the_draft_and_a_refusal_rejects_the_proposal()
    {
        var (officer, owner, approver, leader, project) = await SetUpAsync();
        var dossier = await officer.StartDossierOkAsync(project.Id, "oda-proposal", new DateOnly(2026, 7, 1));
        await owner.StepAsync(dossier.Id, "prepare", null);
        await officer.StepAsync(dossier.Id, "check", "complete");
        (await officer.DossierAsync(dossier.Id)).Tasks.Should().NotContain(t => t.ElementId == "consult", "no agency was named");
        await officer.StepAsync(dossier.Id, "draft", "submit");
        await approver.StepAsync(dossier.Id, "review", "forward");
        await leader.StepAsync(dossier.Id, "sign", "return", "Làm rõ nguồn vốn đối ứng.");
        await officer.StepAsync(dossier.Id, "draft", "submit");
        await approver.StepAsync(dossier.Id, "review", "forward");
        await leader.StepAsync(dossier.Id, "sign", "sign", null, new { signature = new { mode = "TL", signerName = "Lê Thị Mai", signerTitle = "Chánh Văn phòng", onBehalfOfName = "Nguyễn Thị Hoa", onBehalfOfTitle = "Giám đốc Sở Tài chính" } });
        await leader.StepAsync(dossier.Id, "decide", "return", "Đối chiếu danh mục ưu tiên của nhà tài trợ.");
        await officer.StepAsync(dossier.Id, "draft", "submit");
        await approver.StepAsync(dossier.Id, "review", "forward");
        await leader.StepAsync(dossier.Id, "sign", "sign");
        await leader.StepAsync(dossier.Id, "decide", "reject", "Không phù hợp danh mục ưu tiên.");

        var after = await owner.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Rejected);
        after.History.Should().Contain(h => h.ActivityId == "sign" && h.Outcome == "return" && h.Comment == "Làm rõ nguồn vốn đối ứng.");
        after.History.Should().Contain(h => h.ActivityId == "decide" && h.Outcome == "return");
        after.History.Count(h => h.ActivityId == "draft" && h.Outcome == "submit").Should().Be(3);
        after.Signatures!.Should().Contain(s => s.Mode == "TL" && s.OnBehalfOfName == "Nguyễn Thị Hoa");
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Status.Should().Be(ProjectStatus.Rejected);
    }

    [Fact]
    public async Task The_appraisal_limit_is_the_legal_parameter_in_force_on_the_receipt_day_and_a_later_version_changes_only_later_dossiers()
    {
        var (officer, owner, _, _, project) = await SetUpAsync();
        async Task<DossierSlaDto> SlaAsync(string key, DateOnly receivedOn)
        {
            var dossier = await officer.StartDossierOkAsync(project.Id, key, receivedOn);
            await owner.StepAsync(dossier.Id, "prepare", null);
            await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = receivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
            return (await officer.DossierAsync(dossier.Id)).Sla!;
        }
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var before = await SlaAsync("oda-annual-plan", new DateOnly(2029, 2, 28));

        var saved = await admin.PostJsonAsync("/api/v1/legal/parameters/odaAnnualPlanAppraisalPeriod/versions", new SaveLegalParameterVersionRequest(
            "Thời hạn Sở Tài chính thẩm định kế hoạch vốn năm dự án ODA, vốn vay ưu đãi (giá trị của tỉnh)", "ODA annual capital plan appraisal period (province's value)",
            "15", LegalUnit.WorkingDays, new DateOnly(2029, 3, 1), LegalSeed.Decree242, null, null, LegalStatus.Unconfirmed, "Giá trị sửa đổi (kiểm thử).", null));
        saved.IsSuccessStatusCode.Should().BeTrue(await saved.Content.ReadAsStringAsync(Ct));

        var dayBefore = await SlaAsync("oda-annual-plan", new DateOnly(2029, 2, 28));
        var onTheDay = await SlaAsync("oda-annual-plan", new DateOnly(2029, 3, 1));
        (before.Limit, before.Unit).Should().Be((20, "CalendarDays"));
        (dayBefore.Limit, dayBefore.Unit).Should().Be((20, "CalendarDays"), "the version in force on 28 Feb 2029 is the seeded one");
        (onTheDay.Limit, onTheDay.Unit).Should().Be((15, "WorkingDays"), "the new version is in force from 1 Mar 2029");
        onTheDay.Parameter.Should().Be("odaAnnualPlanAppraisalPeriod");
    }

    [Theory]
    [InlineData("oda-proposal", "114/2021")]
    [InlineData("oda-annual-plan", "16/2016")]
    public async Task A_dossier_received_the_day_before_Decree_242_runs_v1_and_keeps_it(string key, string document)
    {
        var (officer, owner, _, leader, project) = await SetUpAsync();
        var old = await officer.StartDossierOkAsync(project.Id, key, Decree242.AddDays(-1));
        var current = await officer.StartDossierOkAsync(project.Id, key, Decree242);

        old.LegalBasis.Should().Contain(document).And.NotContain("242/2025");
        current.LegalBasis.Should().Contain("242/2025");
        old.ProcedureVersion.Should().BeLessThan(current.ProcedureVersion);
        (await VersionAsync(officer, old)).EffectiveTo.Should().Be(Decree242.AddDays(-1));

        await owner.StepAsync(old.Id, "prepare", null);
        await owner.StepAsync(current.Id, "prepare", null);
        var oldNow = await officer.DossierAsync(old.Id);
        oldNow.ProcedureVersion.Should().Be(old.ProcedureVersion);
        oldNow.Tasks.Where(t => t.Status == "Open").Select(t => t.ElementId).Should().ContainSingle().Which.Should().Be("appraise", "v1: the department appraises, no chain");
        (oldNow.Sla?.StartedOn).Should().BeNull("v1 has no appraisal limit");
        (await officer.DossierAsync(current.Id)).Tasks.Where(t => t.Status == "Open").Select(t => t.ElementId).Should().Equal("check");

        await officer.StepAsync(old.Id, "appraise", "pass");
        await leader.StepAsync(old.Id, "decide", "approve", "Phê duyệt.");
        var done = await officer.DossierAsync(old.Id);
        done.Status.Should().Be(DossierStatus.Approved);
        TaskSteps(done).Should().Equal("prepare:", "appraise:pass", "decide:approve");
    }
}
