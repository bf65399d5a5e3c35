using System.Text.Json;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.EnterpriseReports;
using InvestAid.Finance;
using InvestAid.Freezes;
using InvestAid.Identity;
using InvestAid.Projects;
using InvestAid.Proposals;
using InvestAid.Reports;
using InvestAid.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace InvestAid.Seeding;

/// <summary>
/// Demo states of validated data, after the demo province: the register history of every seeded entry, owners' proposals
/// waiting for an officer (and one accepted, one rejected), a published (frozen) month and a declared freeze, and the last
/// quarter's enterprise reports — accepted, waiting, returned and missing. Runs once (only when no proposal exists yet).
/// </summary>
public sealed class DemoValidationSeeder(
    IProjectRepository projects,
    IProjectQueries projectQueries,
    IProposalRepository proposals,
    IEnterpriseReportRepository reports,
    IFreezeRepository freezes,
    IFinanceRepository finance,
    IAuditLog auditLog,
    FdiMonthlyReportService monthly,
    UserManager<AppUser> users,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<DemoValidationSeeder> logger)
{
    private const string Seeded = "Nhập từ hồ sơ giấy (dữ liệu ban đầu)";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if ((await proposals.ListAsync(null, null, null, 1, 1, ct)).Total > 0)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        var owner = await users.FindByEmailAsync("owner@investaid.local");
        var officer = await users.FindByEmailAsync("officer@investaid.local");
        var all = await projectQueries.ListAllAsync(new ProjectQuery(), new ProjectScope(true, null), 5000, ct);

        // 1. The register history of the seeded entries: registration and every ledger entry, dated when they were made.
        foreach (var item in all)
        {
            var p = await projects.FindForReadAsync(item.Id, ct);
            if (p is null)
            {
                continue;
            }
            // The registration writes the whole record, as a registration in the app does: the description as it stands, with the
            // capital of its first certificate (the later capital entries follow, each dated when it was made).
            var first = p.CapitalEvents.OrderBy(e => e.RecordedAt).FirstOrDefault();
            var registered = first?.RecordedAt ?? p.CreatedAt;
            var dto = p.ToDto();
            var atRegistration = dto with
            {
                CapitalEvents = first is null ? [] : [.. dto.CapitalEvents.Where(e => e.Id == first.Id)],
                RegisteredCapitalUsd = first?.CapitalChangeUsd ?? 0m,
                RegisteredCapitalVnd = first?.CapitalChangeVnd ?? 0m,
                UpdatedAt = dto.CreatedAt,
                Version = "",
            };
            auditLog.Record(new AuditEntry(ProjectAppService.EntityType, p.Id, AuditAction.Created, officer?.Id, officer?.Email,
                registered.AddMinutes(-5), null, JsonSerializer.Serialize(atRegistration, AuditJson),
                $"Đăng ký dự án {p.Code} — {Seeded}"));
            foreach (var e in p.CapitalEvents.Where(e => e != first))
            {
                auditLog.Record(new AuditEntry(ProjectAppService.EntityType, p.Id, AuditAction.CapitalEventRecorded, officer?.Id, e.RecordedBy ?? officer?.Email,
                    e.RecordedAt, null, JsonSerializer.Serialize(new { type = e.Type.ToString(), e.EffectiveDate, e.CapitalChangeUsd, e.CapitalChangeVnd, e.CertificateNumber }, Web),
                    $"{e.Type switch { CapitalEventType.NewRegistration => "Cấp mới", CapitalEventType.Adjustment => "Điều chỉnh", _ => "Chấm dứt" }} ngày {e.EffectiveDate:dd/MM/yyyy}: {MoneyText.Format(e.CapitalChangeUsd, "USD")} — {Seeded}"));
            }
            await RecordFinanceHistoryAsync(p.Id, officer, ct);
        }

        // 2. Owners' proposals on their ODA projects: two waiting, one accepted earlier, one rejected.
        var oda = all.Where(p => p.Kind is ProjectKind.Oda or ProjectKind.ConcessionalLoan).Take(3).ToList();
        if (owner is not null && oda.Count >= 2)
        {
            var first = (await projects.FindAsync(oda[0].Id, ct))!;
            Propose(first, owner, new() { ["objectives"] = "Nâng cấp 12 km đê biển và 3 cống ngăn mặn; bổ sung hạng mục trồng rừng ngập mặn 40 ha.", ["plannedEnd"] = today.AddYears(2).ToString("yyyy-MM-dd") },
                "Điều chỉnh theo Quyết định phê duyệt điều chỉnh dự án của UBND tỉnh", ["QD-dieu-chinh-du-an.pdf"], now.AddDays(-3));
            var second = (await projects.FindAsync(oda[1].Id, ct))!;
            Propose(second, owner, new() { ["address"] = "Số 8 đường Lý Bôn, phường Trần Lãm" }, "Ban quản lý dự án chuyển trụ sở", [], now.AddDays(-1));
            var rejected = Propose(second, owner, new() { ["nameVi"] = second.NameVi + " (giai đoạn 2)" }, "Đổi tên theo giai đoạn", [], now.AddDays(-10));
            rejected.Reject(officer?.Id, officer?.Email, "Tên dự án giữ theo hiệp định tài trợ đã ký.", now.AddDays(-9));
            auditLog.Record(new AuditEntry(ProjectAppService.EntityType, second.Id, "proposal-rejected", officer?.Id, officer?.Email, now.AddDays(-9), null, null,
                $"Trả lại đề xuất của {(string.IsNullOrWhiteSpace(owner.DisplayName) ? owner.Email : owner.DisplayName)}: Tên dự án giữ theo hiệp định tài trợ đã ký."));
            var usd = new DisbursementInput(today.AddDays(-20), 250_000m, "USD", DisbursementSource.Oda, "GN-15/" + today.Year);
            var payload = JsonSerializer.SerializeToNode(usd, ProposalFields.Json)!.AsObject();
            var diff = ProposalFields.Diff(null, payload, ["date", "amount", "currency", "source", "reference"]);
            proposals.Add(new ChangeProposal(first.Id, ProposalKinds.Disbursement, payload.ToJsonString(), diff, "Giải ngân đợt 15 theo chứng từ kho bạc", ["chung-tu-KB-15.pdf"],
                owner.Id, owner.Email, now.AddDays(-2)));
        }

        // 3. Frozen periods: the month before last published (its entries frozen), and a declared freeze of last year's aid finance.
        var frozenMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        await unitOfWork.SaveChangesAsync(ct);
        await monthly.PublishAsync(frozenMonth.Year, frozenMonth.Month, null, ct);
        freezes.Add(new FreezeEvent(new DateOnly(today.Year - 1, 12, 31), 30, FreezeCoverage.AidFinance, "Khóa sổ số liệu viện trợ năm trước sau quyết toán", "admin@investaid.local", now.AddDays(-60)));
        // A leader's exception for one FDI project's late adjustment in the frozen month, not used yet (the freeze exceptions page shows it).
        var leader = await users.FindByEmailAsync("leader@investaid.local");
        if (leader is not null && all.FirstOrDefault(p => p.Kind == ProjectKind.Fdi) is { } fdiProject)
        {
            freezes.Add(new FreezeException(fdiProject.Id, frozenMonth.Year, frozenMonth.Month,
                "Quyết định điều chỉnh ký trong tháng, doanh nghiệp nộp muộn; cho phép ghi bổ sung", leader.Id, leader.Email, now.AddDays(-1)));
        }

        // 4. The last quarter's enterprise reports: the owner's two FDI enterprises (one accepted, one waiting), others accepted or returned, the rest missing.
        var (year, quarter) = ReportPeriods.LastEndedQuarter(today);
        var owing = await reports.ProjectsOwingAsync(ReportPeriods.Start(ReportPeriodKind.Quarterly, year, quarter), ReportPeriods.End(ReportPeriodKind.Quarterly, year, quarter), ct);
        var random = new Random(18);
        for (var i = 0; i < owing.Count && i < 14; i++)
        {
            var p = owing[i];
            if (i < 2 && owner is not null)
            {
                (await projects.FindAsync(p.Id, ct))!.AssignOwner(owner.Id, now);
            }
            var foreign = random.Next(2, 60) * 50_000m;
            var values = new Dictionary<string, decimal>
            {
                [EnterpriseReportForms.ImplementedForeignUsd] = foreign,
                [EnterpriseReportForms.ImplementedDomesticUsd] = random.Next(0, 10) * 20_000m,
                [EnterpriseReportForms.RevenueUsd] = foreign * random.Next(2, 6),
                [EnterpriseReportForms.ExportsUsd] = foreign * random.Next(1, 4),
                [EnterpriseReportForms.LabourVietnamese] = random.Next(40, 2500),
                [EnterpriseReportForms.LabourForeign] = random.Next(1, 40),
                [EnterpriseReportForms.TaxesPaidVnd] = random.Next(1, 90) * 100_000_000m,
                [EnterpriseReportForms.LandUsedM2] = random.Next(5, 200) * 1_000m,
            };
            // Filed in the days after the quarter ends, before the deadline (the 10th), one of them late.
            var quarterEnd = ReportPeriods.End(ReportPeriodKind.Quarterly, year, quarter);
            var filedOn = quarterEnd.AddDays(i == 3 ? 14 : 1 + random.Next(0, 9));
            var filedAt = new DateTimeOffset(filedOn.ToDateTime(new TimeOnly(9, 0).AddMinutes(random.Next(0, 480))), TimeSpan.FromHours(7)).ToUniversalTime();
            if (filedAt > now)
            {
                filedAt = now.AddHours(-1);
            }
            var filer = i < 2 && owner is not null ? (owner.Id, string.IsNullOrWhiteSpace(owner.DisplayName) ? owner.Email : owner.DisplayName)
                : ((Guid?)null, $"Doanh nghiệp {p.Code}");
            var report = new EnterpriseReport(p.Id, ReportPeriodKind.Quarterly, year, quarter, 1, EnterpriseReportForms.V2021.Version, values, null, filer.Item1, filer.Item2, filedAt);
            reports.Add(report);
            if (i == 1)
            {
                continue; // waiting for the officer
            }
            if (i == 5)
            {
                report.Return(officer?.Id, officer?.Email, "Số lao động nước ngoài chưa khớp giấy phép lao động; đề nghị kiểm tra lại.", filedAt.AddDays(2));
                continue;
            }
            report.Accept(officer?.Id, officer?.Email, null, filedAt.AddDays(1));
            finance.Add(new ImplementedCapitalReport(p.Id, year, quarter, values[EnterpriseReportForms.ImplementedForeignUsd] + values[EnterpriseReportForms.ImplementedDomesticUsd],
                Math.Round((values[EnterpriseReportForms.ImplementedForeignUsd] + values[EnterpriseReportForms.ImplementedDomesticUsd]) * 25_400m), VietnamTime.DateOf(filedAt), filedAt));
        }
        await unitOfWork.SaveChangesAsync(ct);
        logger.LogInformation("Demo validated data: history of {Projects} projects, proposals, a frozen month {Month:00}/{Year}, enterprise reports of Q{Quarter}/{ReportYear}",
            all.Count, frozenMonth.Month, frozenMonth.Year, quarter, year);
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    /// <summary>As the audit recorder writes a record (enums by name).</summary>
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>
    /// The finance rows of a seeded project (capital plans and their revisions, disbursements, aid received, implemented capital) in its
    /// history, each dated when it was recorded and written as the live use cases write it, so the register and the compare view show them.
    /// </summary>
    private async Task RecordFinanceHistoryAsync(Guid projectId, AppUser? officer, CancellationToken ct)
    {
        void Add(string action, DateTimeOffset at, string? by, object after, string summary) =>
            auditLog.Record(new AuditEntry(ProjectAppService.EntityType, projectId, action, officer?.Id, by ?? officer?.Email, at, null,
                JsonSerializer.Serialize(after, after.GetType(), AuditJson), $"{summary} — {Seeded}"));

        foreach (var plan in await finance.PlansAsync(projectId, null, ct))
        {
            Add(plan.Revision == 0 ? "plan-recorded" : "plan-revised", plan.RecordedAt, plan.RecordedBy, FinanceMapper.ToDto(plan),
                plan.Revision == 0 ? $"Kế hoạch vốn năm {plan.Year}" : $"Điều chỉnh kế hoạch vốn năm {plan.Year} (lần {plan.Revision}): {plan.Reason}");
        }
        foreach (var d in await finance.DisbursementsAsync(projectId, null, ct))
        {
            Add("disbursement-recorded", d.RecordedAt, d.RecordedBy, FinanceMapper.ToDto(d),
                $"Giải ngân {MoneyText.Format(d.Amount, d.Currency)} ({d.Source}) ngày {d.Date:dd/MM/yyyy}");
        }
        foreach (var r in await finance.ReceiptsAsync(projectId, ct))
        {
            Add("receipt-recorded", r.RecordedAt, r.RecordedBy, FinanceMapper.ToDto(r), $"Tiếp nhận {MoneyText.Format(r.Amount, r.Currency)} ngày {r.Date:dd/MM/yyyy}");
        }
        foreach (var q in await finance.ImplementedCapitalAsync(projectId, ct))
        {
            Add("implemented-capital-reported", q.RecordedAt, null, FinanceMapper.ToDto(q), $"Vốn thực hiện quý {q.Quarter}/{q.Year}: {MoneyText.Format(q.AmountUsd, "USD")}");
        }
    }

    private ChangeProposal Propose(Project project, AppUser owner, Dictionary<string, string> changes, string reason, IReadOnlyList<string> attachments, DateTimeOffset at)
    {
        var current = JsonSerializer.SerializeToNode(project.ToDto(), ProposalFields.Json)!.AsObject();
        var proposed = current.DeepClone().AsObject();
        foreach (var (field, value) in changes)
        {
            proposed[field] = value;
        }
        var diff = ProposalFields.Diff(current, proposed, ProposalFields.ProjectData);
        var proposal = new ChangeProposal(project.Id, ProposalKinds.ProjectData, proposed.ToJsonString(), diff, reason, attachments, owner.Id, owner.Email, at);
        proposals.Add(proposal);
        auditLog.Record(new AuditEntry(ProjectAppService.EntityType, project.Id, "proposal-submitted", owner.Id, owner.Email, at, null, null,
            $"Đề xuất thay đổi ({diff.Count} trường), chờ xác nhận: {reason}"));
        return proposal;
    }
}
