using System.Text.Json;
using InvestAid.Dossiers;
using InvestAid.Identity;
using InvestAid.Procedures;
using InvestAid.Projects;
using InvestAid.Workflows;
using InvestAid.Workflows.Runtime;
using Microsoft.Extensions.Logging;

namespace InvestAid.Seeding;

/// <summary>
/// Running procedures for the demo province, so that every approver's inbox holds work on a fresh install: dossiers received in
/// the last weeks under the law in force today (Law 143/2025 with Decree 96/2026, Decree 313/2025), each walked through the real
/// procedure by the demo users up to the step where it now waits — the officer's completeness check, the head of division's review,
/// the Chairperson's decision, an agency's consultation. Runs after the demo projects; a dossier already seeded is not seeded again.
/// </summary>
public sealed class DemoProcedureSeeder(
    IProjectQueries projectQueries,
    IDossierRepository dossiers,
    DossierAppService dossierService,
    WorkflowAppService workflowService,
    ILogger<DemoProcedureSeeder> logger)
{
    private static readonly Actor Officer = new("officer@investaid.local", RoleNames.Officer);
    private static readonly Actor Approver = new("approver@investaid.local", RoleNames.Approver);
    private static readonly Actor Leader = new("leader@investaid.local", RoleNames.Leader);
    private static readonly Actor Finance = new("agency.finance@investaid.local", RoleNames.Agency, AgencyClaims.GroupOf(ProcedureAgencies.Finance));

    /// <summary>One demo dossier: on which project, under which procedure, received when, and the steps already taken.</summary>
    private sealed record Demo(
        Func<IReadOnlyList<ProjectListItemDto>, ProjectListItemDto?> Project, string ProcedureKey, DateOnly ReceivedOn, string Applicant,
        object? Variables, params Step[] Steps);

    private sealed record Step(string ElementId, Actor Actor, string? Outcome, string? Comment, object? Variables = null);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var all = await projectQueries.ListAllAsync(new ProjectQuery(), new ProjectScope(true, null), 5000, ct);
        var fdi = all.Where(p => p.Kind == ProjectKind.Fdi && p.Status == ProjectStatus.Active && p.RegisteredOn is not null)
            .OrderByDescending(p => p.RegisteredOn).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
        ProjectListItemDto? Fdi(int index) => fdi.Count > index ? fdi[index] : null;

        Demo[] demos =
        [
            // Waits at the officer: received on Monday 30 November 2026, completeness not yet checked.
            new(_ => Fdi(0), "fdi-irc-adjust", new DateOnly(2026, 11, 30), "Nhà đầu tư (đại diện theo pháp luật)",
                new { capitalChangePercent = 15 }),
            // Waits at the head of division: checked complete, appraisal drafted.
            new(_ => Fdi(1), "fdi-irc-adjust", new DateOnly(2026, 11, 23), "Nhà đầu tư (đại diện theo pháp luật)", null,
                new Step("check", Officer, "complete", "Hồ sơ đầy đủ, hợp lệ.", new { dossierCompleteOn = "2026-11-24", receivedDocuments = new[] { "request", "legalStatus", "proposal" }, dossierSets = 1 }),
                new Step("draft", Officer, "submit", "Dự thảo báo cáo thẩm định và quyết định điều chỉnh GCNĐKĐT.",
                    new { appraisalFindings = "Dự án phù hợp quy hoạch; nhà đầu tư đủ năng lực tài chính để tăng vốn.", appraisalRecommendation = "approve", appraisedCriteria = new[] { "planning", "capacity" } })),
            // Waits at the competent leader: reviewed and forwarded.
            new(_ => Fdi(2), "fdi-capital-contribution", new DateOnly(2026, 11, 16), "Công ty TNHH Đầu tư Hanwa Việt Nam",
                new { investorName = "Hanwa Holdings Co., Ltd.", countryCode = "KR", targetEnterprise = "Công ty CP Cơ khí Phố Hiến", valueUsd = 1_200_000m },
                new Step("check", Officer, "complete", "Hồ sơ đầy đủ.", new { dossierCompleteOn = "2026-11-17", receivedDocuments = new[] { "request", "legalStatus", "financialCapacity" }, dossierSets = 1 }),
                new Step("draft", Officer, "submit", "Dự thảo thông báo chấp thuận góp vốn.",
                    new { appraisalFindings = "Nhà đầu tư nước ngoài đáp ứng điều kiện góp vốn; không thuộc ngành nghề hạn chế.", appraisalRecommendation = "approve" }),
                new Step("review", Approver, "forward", "Đủ điều kiện, trình Giám đốc Sở.")),
            // Non-refundable aid (Decree 313/2025): the finance department agreed, the police have not answered yet.
            new(p => p.FirstOrDefault(x => x.Code == "NGO-2026-0002"), "ngo-aid-approval", new DateOnly(2026, 11, 25), "Sở Nông nghiệp và Môi trường tỉnh Hưng Yên",
                new { agencies = new[] { ProcedureAgencies.Finance, ProcedureAgencies.Police } },
                new Step("check", Officer, "complete", "Hồ sơ đầy đủ, hợp lệ.", new { dossierCompleteOn = "2026-11-26", receivedDocuments = new[] { "request", "proposal", "other" }, dossierSets = 2 }),
                new Step("consult", Finance, "agree", "Sở Tài chính thống nhất tiếp nhận khoản viện trợ.")),
        ];

        var seeded = 0;
        foreach (var demo in demos)
        {
            if (demo.Project(all) is not { } project)
            {
                continue;
            }
            if ((await dossiers.ListForProjectAsync(project.Id, ct)).Any(d => d.ProcedureKey == demo.ProcedureKey && d.ReceivedOn == demo.ReceivedOn))
            {
                continue;
            }
            var started = await dossierService.StartAsync(project.Id,
                new StartDossierRequest(demo.ProcedureKey, demo.ReceivedOn, new ApplicantDto(demo.Applicant, null), Variables(demo.Variables)), Officer, ct);
            foreach (var step in demo.Steps)
            {
                var dossier = await dossierService.GetAsync(started.Id, Officer, ct);
                var task = dossier.Tasks.FirstOrDefault(t => t.ElementId == step.ElementId && t.Status == "Open"
                    && (t.CandidateGroups.Count == 0 || t.CandidateGroups.Intersect(step.Actor.Groups).Any()))
                    ?? throw new InvalidOperationException($"Demo dossier {project.Code} {demo.ProcedureKey}: no open step {step.ElementId}.");
                await workflowService.CompleteAsync(step.Actor, task.Id, new CompleteTaskRequest(step.Outcome, step.Comment, Variables(step.Variables)),
                    $"demo-{started.Id:N}-{step.ElementId}", ct);
            }
            seeded++;
        }
        logger.LogInformation("Demo procedures: {Count} running dossiers", seeded);
    }

    private static Dictionary<string, JsonElement>? Variables(object? values) =>
        values is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.SerializeToElement(values));
}
