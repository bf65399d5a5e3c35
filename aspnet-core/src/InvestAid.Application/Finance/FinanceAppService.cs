using FluentValidation;
using FluentValidation.Results;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.Text;
using InvestAid.Validation;

namespace InvestAid.Finance;

/// <summary>
/// Money over time on one project: ODA capital plans and disbursements, NGO receipts and their schedule, FDI
/// implemented capital. Officers write on every project, owners on their own; whoever sees a project reads them.
/// </summary>
public sealed class FinanceAppService(
    IProjectRepository projects,
    IFinanceRepository finance,
    RateResolver rates,
    IReferenceCodeQueries referenceCodes,
    IUnitOfWork unitOfWork,
    AuditRecorder audit,
    ICurrentUser user,
    ProjectScopeProvider scopes,
    TimeProvider clock,
    Freezes.FrozenPeriods frozen)
{
    public const string EntityType = "project";
    private static readonly ReferenceKind[] Currencies = [ReferenceKind.Currency];

    public async Task<IReadOnlyList<CapitalPlanDto>> ListPlansAsync(Guid projectId, int? year, CancellationToken ct = default)
    {
        await LoadAsync(projectId, ct);
        return [.. (await finance.PlansAsync(projectId, year, ct)).Select(FinanceMapper.ToDto)];
    }

    /// <summary>The year's first plan, or a revision of it when one exists (then a reason is required).</summary>
    public async Task<CapitalPlanDto> RecordPlanAsync(Guid projectId, CapitalPlanInput input, CancellationToken ct = default)
    {
        var project = await LoadForWriteAsync(projectId, ct, ProjectKind.Oda, ProjectKind.ConcessionalLoan);
        var existing = await finance.PlansAsync(projectId, input.Year, ct);
        var codes = await referenceCodes.LoadAsync(Currencies, ct);
        await new CapitalPlanInputValidator(codes, project, isRevision: existing.Count > 0).ValidateAndThrowAsync(input, ct);
        if (existing.Count > 0 && input.EffectiveDate < existing.Max(r => r.EffectiveDate))
        {
            throw ValidationText.Invalid("effectiveDate", "finance.adjustmentBeforeLast");
        }
        var foreignVnd = input.ForeignVnd ?? (await rates.ResolveAsync(input.ForeignAmount, input.Currency, input.EffectiveDate, null, null, null, "currency", ct)).AmountVnd;
        var counterpartVnd = input.CounterpartVnd ?? (await rates.ResolveAsync(input.CounterpartAmount, input.Currency, input.EffectiveDate, null, null, null, "currency", ct)).AmountVnd;
        var revision = new CapitalPlanRevision(projectId, input.Year, existing.Count, input.EffectiveDate, input.Reason, input.Currency.ToUpperInvariant(),
            input.ForeignAmount, input.CounterpartAmount, foreignVnd, counterpartVnd, clock.GetUtcNow(), user.Name);
        finance.Add(revision);
        var dto = FinanceMapper.ToDto(revision);
        audit.Record(EntityType, projectId, existing.Count == 0 ? "plan-recorded" : "plan-revised", null, dto,
            existing.Count == 0 ? $"Kế hoạch vốn năm {input.Year}" : $"Điều chỉnh kế hoạch vốn năm {input.Year} (lần {existing.Count}): {input.Reason}");
        await unitOfWork.SaveChangesAsync(ct);
        return dto;
    }

    public async Task<IReadOnlyList<DisbursementDto>> ListDisbursementsAsync(Guid projectId, int? year, CancellationToken ct = default)
    {
        await LoadAsync(projectId, ct);
        return [.. (await finance.DisbursementsAsync(projectId, year, ct)).Select(FinanceMapper.ToDto)];
    }

    public async Task<DisbursementDto> RecordDisbursementAsync(Guid projectId, DisbursementInput input, CancellationToken ct = default)
    {
        var project = await LoadForWriteAsync(projectId, ct, ProjectKind.Oda, ProjectKind.ConcessionalLoan);
        var codes = await referenceCodes.LoadAsync(Currencies, ct);
        await new DisbursementInputValidator(codes, project).ValidateAndThrowAsync(input, ct);
        await frozen.EnsureOpenAsync(projectId, input.Date, Freezes.FreezeCoverage.AidFinance, input.FreezeExceptionId,
            $"Giải ngân ngày {input.Date:dd/MM/yyyy}", ct);
        var money = await rates.ResolveAsync(input.Amount, input.Currency, input.Date, input.RateToVnd, input.RateToUsd, input.RateDate, "currency", ct);
        var disbursement = new Disbursement(projectId, input.Date, money, input.Source, input.Reference, clock.GetUtcNow(), user.Name);
        finance.Add(disbursement);
        var dto = FinanceMapper.ToDto(disbursement);
        audit.Record(EntityType, projectId, "disbursement-recorded", null, dto,
            $"Giải ngân {MoneyText.Format(input.Amount, money.Currency)} ({input.Source}) ngày {input.Date:dd/MM/yyyy}");
        await unitOfWork.SaveChangesAsync(ct);
        return dto;
    }

    public async Task<ReceiptsDto> ListReceiptsAsync(Guid projectId, CancellationToken ct = default)
    {
        var project = await LoadAsync(projectId, ct);
        var receipts = await finance.ReceiptsAsync(projectId, ct);
        var schedule = await finance.ExpectedReceiptsAsync(projectId, ct);
        return new ReceiptsDto(project.Ngo?.CommittedUsd ?? 0m, receipts.Sum(r => r.AmountUsd), receipts.Sum(r => r.AmountVnd),
            [.. receipts.Select(FinanceMapper.ToDto)], [.. schedule.Select(FinanceMapper.ToDto)]);
    }

    public async Task<ReceiptDto> RecordReceiptAsync(Guid projectId, ReceiptInput input, CancellationToken ct = default)
    {
        var project = await LoadForWriteAsync(projectId, ct, ProjectKind.NgoAid);
        var codes = await referenceCodes.LoadAsync(Currencies, ct);
        await new ReceiptInputValidator(codes, project).ValidateAndThrowAsync(input, ct);
        var money = await rates.ResolveAsync(input.Amount, input.Currency, input.Date, input.RateToVnd, input.RateToUsd, input.RateDate, "currency", ct);
        var receipt = new AidReceipt(projectId, input.Date, money, input.Reference, clock.GetUtcNow(), user.Name);
        finance.Add(receipt);
        var dto = FinanceMapper.ToDto(receipt);
        audit.Record(EntityType, projectId, "receipt-recorded", null, dto, $"Tiếp nhận {MoneyText.Format(input.Amount, money.Currency)} ngày {input.Date:dd/MM/yyyy}");
        await unitOfWork.SaveChangesAsync(ct);
        return dto;
    }

    public async Task<ExpectedReceiptDto> RecordExpectedReceiptAsync(Guid projectId, ExpectedReceiptInput input, CancellationToken ct = default)
    {
        var project = await LoadForWriteAsync(projectId, ct, ProjectKind.NgoAid);
        var codes = await referenceCodes.LoadAsync(Currencies, ct);
        await new ExpectedReceiptInputValidator(codes, project).ValidateAndThrowAsync(input, ct);
        // Instalments in the commitment's currency are valued at the commitment's rate, as the commitment itself.
        var rateToUsd = input.Currency.Equals(project.Ngo?.Currency, StringComparison.OrdinalIgnoreCase)
            ? project.Ngo!.RateToUsd
            : await rates.RateToUsdAsync(input.Currency, input.DueDate, "currency", ct);
        var expected = new ExpectedReceipt(projectId, input.DueDate, input.Amount, input.Currency.ToUpperInvariant(),
            Math.Round(input.Amount * rateToUsd, 2, MidpointRounding.AwayFromZero), input.Note, clock.GetUtcNow());
        finance.Add(expected);
        var dto = FinanceMapper.ToDto(expected);
        audit.Record(EntityType, projectId, "expected-receipt-recorded", null, dto, $"Dự kiến tiếp nhận {MoneyText.Format(input.Amount, expected.Currency)} trước ngày {input.DueDate:dd/MM/yyyy}");
        await unitOfWork.SaveChangesAsync(ct);
        return dto;
    }

    public async Task<IReadOnlyList<ImplementedCapitalDto>> ListImplementedCapitalAsync(Guid projectId, CancellationToken ct = default)
    {
        await LoadAsync(projectId, ct);
        return [.. (await finance.ImplementedCapitalAsync(projectId, ct)).Select(FinanceMapper.ToDto)];
    }

    public async Task<ImplementedCapitalDto> ReportImplementedCapitalAsync(Guid projectId, ImplementedCapitalInput input, CancellationToken ct = default)
    {
        var project = await LoadForWriteAsync(projectId, ct, ProjectKind.Fdi);
        await new ImplementedCapitalInputValidator(project).ValidateAndThrowAsync(input, ct);
        await frozen.EnsureOpenAsync(projectId, new DateOnly(input.Year, input.Quarter * 3, 1).AddMonths(1).AddDays(-1), Freezes.FreezeCoverage.FdiLedger,
            input.FreezeExceptionId, $"Vốn thực hiện quý {input.Quarter}/{input.Year}", ct);
        var amountVnd = input.AmountVnd ?? (await rates.ResolveAsync(input.AmountUsd, FinanceConsts.Usd, input.SubmittedOn, null, 1m, null, "amountVnd", ct)).AmountVnd;
        var report = await finance.FindImplementedCapitalAsync(projectId, input.Year, input.Quarter, ct);
        var before = report is null ? null : FinanceMapper.ToDto(report);
        if (report is null)
        {
            report = new ImplementedCapitalReport(projectId, input.Year, input.Quarter, input.AmountUsd, amountVnd, input.SubmittedOn, clock.GetUtcNow());
            finance.Add(report);
        }
        else
        {
            report.Replace(input.AmountUsd, amountVnd, input.SubmittedOn, clock.GetUtcNow());
        }
        var dto = FinanceMapper.ToDto(report);
        audit.Record(EntityType, projectId, "implemented-capital-reported", before, dto, $"Vốn thực hiện quý {input.Quarter}/{input.Year}: {MoneyText.Format(input.AmountUsd, "USD")}");
        await unitOfWork.SaveChangesAsync(ct);
        return dto;
    }

    /// <summary>Plan vs cumulative disbursement by month of <paramref name="year"/> (default: this year), and the disbursement rate.</summary>
    public async Task<FinanceSummaryDto> SummaryAsync(Guid projectId, int? year, CancellationToken ct = default)
    {
        var project = await LoadAsync(projectId, ct);
        var today = VietnamTime.Today(clock);
        var y = year ?? today.Year;
        if (y is < 1988 or > 2100)
        {
            throw ValidationText.Invalid("year", "common.year");
        }
        var plans = await finance.PlansAsync(projectId, y, ct);
        var disbursements = await finance.DisbursementsAsync(projectId, y, ct);
        var months = new List<MonthlyDisbursementDto>();
        decimal cumulativeVnd = 0, cumulativeUsd = 0;
        for (var m = 1; m <= 12; m++)
        {
            var monthEnd = new DateOnly(y, m, DateTime.DaysInMonth(y, m));
            var inMonth = disbursements.Where(d => d.Date.Month == m).ToList();
            cumulativeVnd += inMonth.Sum(d => d.AmountVnd);
            cumulativeUsd += inMonth.Sum(d => d.AmountUsd);
            months.Add(new MonthlyDisbursementDto(m, CapitalPlanRevision.InForceOn(plans, monthEnd)?.TotalVnd ?? 0m,
                inMonth.Sum(d => d.AmountVnd), cumulativeVnd, cumulativeUsd));
        }
        var asOf = y < today.Year ? new DateOnly(y, 12, 31) : y == today.Year ? today : new DateOnly(y, 12, 31);
        var plan = (CapitalPlanRevision.InForceOn(plans, asOf) ?? plans.LastOrDefault())?.TotalVnd ?? 0m;
        return new FinanceSummaryDto(project.Id, project.Code, project.DonorCode, y, plan, cumulativeVnd, cumulativeUsd,
            plan > 0 ? Math.Round(cumulativeVnd / plan, 4) : null, months, [.. plans.Select(FinanceMapper.ToDto)]);
    }

    /// <summary>Plan vs disbursed per donor in <paramref name="year"/>, over every ODA and concessional-loan project.</summary>
    public async Task<IReadOnlyList<DonorDisbursementRateDto>> DonorRatesAsync(int year, CancellationToken ct = default)
    {
        if (year is < 1988 or > 2100)
        {
            throw ValidationText.Invalid("year", "common.year");
        }
        var today = VietnamTime.Today(clock);
        var asOf = year >= today.Year && year == today.Year ? today : new DateOnly(year, 12, 31);
        var totals = await finance.DonorTotalsAsync(year, asOf, ct);
        return [.. totals.Select(t => new DonorDisbursementRateDto(t.DonorCode, year, t.Projects, t.PlanVnd, t.DisbursedVnd,
            t.PlanVnd > 0 ? Math.Round(t.DisbursedVnd / t.PlanVnd, 4) : null) { DonorNameVi = t.DonorNameVi, DonorNameEn = t.DonorNameEn })];
    }

    private async Task<Project> LoadAsync(Guid id, CancellationToken ct)
    {
        var project = await projects.FindAsync(id, ct);
        if (project is null || !(await scopes.CurrentAsync(ct)).Allows(project))
        {
            throw new NotFoundException("dự án", id);
        }
        return project;
    }

    private async Task<Project> LoadForWriteAsync(Guid id, CancellationToken ct, params ProjectKind[] kinds)
    {
        var project = await LoadAsync(id, ct);
        if (!ProjectAccess.IsDepartmentStaff(user) && !(user.Id is { } me && project.OwnerUserId == me))
        {
            throw new ForbiddenException("Chỉ cán bộ của Sở hoặc chủ dự án được ghi số liệu tài chính của dự án.");
        }
        if (!kinds.Contains(project.Kind))
        {
            throw new DomainException(ErrorCodes.ProjectKindMismatch, $"Dự án {project.Code} ({project.Kind}) không có loại số liệu này.");
        }
        return project;
    }
}
