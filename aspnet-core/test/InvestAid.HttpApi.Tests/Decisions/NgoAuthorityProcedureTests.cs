using System.Net;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.Errors;
using InvestAid.HttpApi.Dossiers;
using InvestAid.Legal;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.Workflows;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Decisions;

/// <summary>
/// <c>ngo-aid-approval</c> under Decree 313/2025 (received from 8 Dec 2025): the approval chain (officer drafts, head of division reviews,
/// director signs), then the shipped decision table <c>ngo-aid-approval-authority</c> routes the dossier — the provincial Chairperson decides,
/// or the province proposes and the Prime Minister's decision is recorded — and tells whether an in-house unit may replace the PMU.
/// Its inputs come from the dossier (the project's committed USD, the officer's sensitive-field flag) and its threshold from the legal
/// parameter <c>pmuThresholdUsd</c> in force on the receipt day; the donor-notice and appraisal limits are legal parameters too.
/// </summary>
public sealed class NgoAuthorityProcedureTests(ProcedureApiFactory factory)
{
    private const string Key = "ngo-aid-approval";

    private async Task<(HttpClient Officer, HttpClient Approver, HttpClient Leader, ProjectDto Project)> SetUpAsync(decimal committedUsd)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var approver = await factory.CreateClientAsAsync("approver@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ trường học " + ProjectRequests.UniqueWord()) with
        {
            Ngo = new NgoDetailsDto(AidType.Project, committedUsd, "USD", 1m, null, "11220", null, null),
        });
        return (officer, approver, leader, project);
    }

    private static async Task<JsonObject> VariablesAsync(HttpClient client, DossierDto dossier) =>
        (await client.GetJsonAsync<WorkflowInstanceDto>($"/api/v1/workflow-instances/{dossier.WorkflowInstanceId}")).Variables;

    private static IEnumerable<string> Notified(JsonObject variables) =>
        variables["notifications"]?.AsArray().Select(n => n!["elementId"]!.GetValue<string>()) ?? [];

    [Fact]
    public async Task Aid_under_the_threshold_goes_through_the_chain_to_the_Chairperson_and_may_do_without_a_PMU()
    {
        var (officer, approver, leader, project) = await SetUpAsync(150_000m);
        var dossier = await officer.StartDossierOkAsync(project.Id, Key, new DateOnly(2026, 6, 1), new { agencies = new[] { "STC" } });
        dossier.LegalBasis.Should().Contain("313/2025");
        var start = await VariablesAsync(officer, dossier);
        start["aidAmountUsd"]!.GetValue<decimal>().Should().Be(150_000m, "the project's committed value in USD");
        start["sensitiveField"]!.GetValue<bool>().Should().BeFalse();
        start["consultationDue"]!.GetValue<string>().Should().Be("P10WD", "the legal parameter ngoConsultationPeriod on the receipt day");

        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2026-06-01" });
        var sla = (await officer.DossierAsync(dossier.Id)).Sla!;
        sla.Parameter.Should().Be("ngoAppraisalPeriod");
        sla.Limit.Should().Be(20);
        var agency = await factory.CreateClientAsAsync("agency.finance@investaid.local");
        await agency.StepAsync(dossier.Id, "consult", "agree", "Thống nhất.");

        await officer.StepAsync(dossier.Id, "draft", "submit", "Dự thảo báo cáo thẩm định.");
        await approver.StepAsync(dossier.Id, "review", "return", "Bổ sung ý kiến Sở Y tế.");
        await officer.StepAsync(dossier.Id, "draft", "submit", "Đã bổ sung.");
        await approver.StepAsync(dossier.Id, "review", "forward", "Trình ký.");
        await leader.StepAsync(dossier.Id, "sign", "sign", "Ký tờ trình.", new { signature = new { signerName = "Nguyễn Thị Hoa", signerTitle = "Giám đốc" } });

        var atDecision = await officer.DossierAsync(dossier.Id);
        atDecision.Tasks.Should().Contain(t => t.ElementId == "decide" && t.Status == "Open");
        atDecision.Tasks.Should().NotContain(t => t.ElementId == "proposeToPm");
        var routed = await VariablesAsync(officer, atDecision);
        routed["aidApproval"]!["approvingAuthority"]!.GetValue<string>().Should().Be("PpcChairperson");
        routed["aidApproval"]!["pmuOptional"]!.GetValue<bool>().Should().BeTrue("150,000 USD is under the 200,000 USD threshold");

        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý.", new { decisionNumber = "321/QĐ-UBND", decisionDate = "2026-06-25" });
        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.Signatures!.Select(s => s.Step).Should().Equal("sign", "decide");
        var donor = after.Tasks.Single(t => t.ElementId == "notifyDonor" && t.Status == "Open");
        donor.DueAt.Should().BeCloseTo(donor.CreatedAt.AddDays(5), TimeSpan.FromMinutes(1), "ngoDonorNoticePeriod = 5 days");
        Notified(await VariablesAsync(officer, after)).Should().Contain(["notifyApproved", "notifyPmu"]);
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Status.Should().Be(ProjectStatus.Approved);
    }

    [Fact]
    public async Task Aid_in_a_sensitive_field_is_proposed_to_the_Prime_Minister_whose_decision_the_officer_records()
    {
        var (officer, approver, leader, project) = await SetUpAsync(350_000m);
        var dossier = await officer.StartDossierOkAsync(project.Id, Key, new DateOnly(2026, 6, 1), new { sensitiveField = true });
        await officer.StepAsync(dossier.Id, "check", "complete");
        await officer.StepAsync(dossier.Id, "draft", "submit");
        await approver.StepAsync(dossier.Id, "review", "forward");
        await leader.StepAsync(dossier.Id, "sign", "sign");

        var routed = await officer.DossierAsync(dossier.Id);
        routed.Tasks.Should().NotContain(t => t.ElementId == "decide", "the Chairperson does not decide this aid");
        var propose = routed.Tasks.Single(t => t.ElementId == "proposeToPm" && t.Status == "Open");
        propose.CandidateGroups.Should().Equal("leader");
        (await VariablesAsync(officer, routed))["aidApproval"]!["approvingAuthority"]!.GetValue<string>().Should().Be("PrimeMinister");

        await leader.StepAsync(dossier.Id, "proposeToPm", "submit", "UBND tỉnh đã có văn bản đề xuất.");
        var record = await officer.OpenTaskAsync(dossier.Id, "pmDecision");
        (await leader.CompleteAsync(record.Id, "approve")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the officer records the decision");
        await officer.StepAsync(dossier.Id, "pmDecision", "approve", "Quyết định của Thủ tướng.", new { decisionNumber = "88/QĐ-TTg", decisionDate = "2026-08-10" });

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.DecisionNumber.Should().Be("88/QĐ-TTg");
        Notified(await VariablesAsync(officer, after)).Should().Contain("notifyApproved").And.NotContain("notifyPmu", "350,000 USD is over the threshold");
    }

    [Fact]
    public async Task The_threshold_is_the_legal_parameter_in_force_on_the_receipt_day()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var lowered = await admin.PostJsonAsync("/api/v1/legal/parameters/pmuThresholdUsd/versions", new SaveLegalParameterVersionRequest(
            "Mức viện trợ được dùng đơn vị trực thuộc thay Ban quản lý dự án", "Aid below which an in-house unit may replace a PMU", "100000",
            LegalUnit.Usd, new DateOnly(2028, 2, 1), LegalSeed.Decree313, "12", "1", LegalStatus.Confirmed, "Ngưỡng sửa đổi (kiểm thử).", null));
        lowered.IsSuccessStatusCode.Should().BeTrue(await lowered.Content.ReadAsStringAsync(Ct));

        var (officer, approver, leader, project) = await SetUpAsync(150_000m);
        async Task<bool> PmuOptionalAsync(DateOnly receivedOn)
        {
            var dossier = await officer.StartDossierOkAsync(project.Id, Key, receivedOn);
            await officer.StepAsync(dossier.Id, "check", "complete");
            await officer.StepAsync(dossier.Id, "draft", "submit");
            await approver.StepAsync(dossier.Id, "review", "forward");
            await leader.StepAsync(dossier.Id, "sign", "sign");
            return (await VariablesAsync(officer, await officer.DossierAsync(dossier.Id)))["aidApproval"]!["pmuOptional"]!.GetValue<bool>();
        }

        (await PmuOptionalAsync(new DateOnly(2028, 1, 31))).Should().BeTrue("200,000 USD is the threshold the day before");
        (await PmuOptionalAsync(new DateOnly(2028, 2, 1))).Should().BeFalse("100,000 USD is the threshold from 1 Feb 2028");
    }

    [Fact]
    public async Task An_overlong_decision_number_or_signatory_or_a_date_that_is_no_date_is_refused_naming_it_and_the_step_stays_open()
    {
        var (officer, approver, leader, project) = await SetUpAsync(80_000m);
        var dossier = await officer.StartDossierOkAsync(project.Id, Key, new DateOnly(2026, 6, 1));
        await officer.StepAsync(dossier.Id, "check", "complete");
        await officer.StepAsync(dossier.Id, "draft", "submit");
        await approver.StepAsync(dossier.Id, "review", "forward");
        await leader.StepAsync(dossier.Id, "sign", "sign");
        var decide = await leader.OpenTaskAsync(dossier.Id, "decide");

        foreach (var (variables, field) in new (object, string)[]
        {
            (new { decisionNumber = new string('1', 65) }, "variables.decisionNumber"),
            (new { decisionNumber = 321 }, "variables.decisionNumber"),
            (new { decisionDate = "25/06/2026" }, "variables.decisionDate"),
            (new { signature = new { signerName = new string('A', 201) } }, "variables.signature.signerName"),
        })
        {
            var refused = await leader.CompleteAsync(decide.Id, "approve", "Đồng ý.", variables);
            var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
            problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(field);
        }
        (await leader.OpenTaskAsync(dossier.Id, "decide")).Id.Should().Be(decide.Id, "nothing was completed");
        (await officer.DossierAsync(dossier.Id)).Status.Should().NotBe(DossierStatus.Approved);
    }

    [Fact]
    public async Task A_sensitive_field_flag_that_is_not_a_boolean_is_refused_naming_it_and_nothing_is_started()
    {
        var (officer, _, _, project) = await SetUpAsync(50_000m);
        var response = await officer.StartDossierAsync(project.Id, Key, new DateOnly(2026, 6, 1), new { sensitiveField = "có" });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("variables.sensitiveField", out _).Should().BeTrue();
        (await officer.GetJsonAsync<List<DossierDto>>($"/api/v1/projects/{project.Id}/dossiers")).Should().BeEmpty();
    }
}
