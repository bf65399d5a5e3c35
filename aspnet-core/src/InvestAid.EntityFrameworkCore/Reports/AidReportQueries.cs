using InvestAid.Projects;
using InvestAid.Reports;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Reports;

public sealed class AidReportQueries(InvestAidDbContext db) : IAidReportQueries
{
    public async Task<IReadOnlyList<OdaProjectFigures>> OdaProjectsAsync(DateOnly from, DateOnly to, int planYear, DateOnly? rateDate,
        CancellationToken cancellationToken = default)
    {
        var rows = await db.Database.SqlQuery<OdaRow>(AidReportSql.Oda(from, to, planYear, rateDate)).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OdaProjectFigures(r.Id, r.Code, r.NameVi, r.NameEn, Enum.Parse<ProjectKind>(r.Kind),
            Enum.Parse<ProjectStatus>(r.Status), r.ActualStart, r.ActualEnd,
            r.DonorCode, r.DonorNameVi, r.DonorNameEn, r.AgreementCurrency, r.AgreementOda, r.AgreementLoan, r.AgreementRateToUsd, r.AgreementRateToVnd,
            r.PlanRevision, r.PlanEffectiveDate, r.PlanCurrency, r.PlanForeignAmount, r.PlanCounterpartAmount, r.PlanForeignVnd, r.PlanCounterpartVnd,
            r.OdaVnd, r.LoanVnd, r.CounterpartVnd, r.OdaUsd, r.LoanUsd, r.CounterpartUsd, r.DatedUsdRateToVnd))];
    }

    public async Task<IReadOnlyList<NgoProjectFigures>> NgoProjectsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var rows = await db.Database.SqlQuery<NgoRow>(AidReportSql.Ngo(from, to)).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new NgoProjectFigures(r.Id, r.Code, r.NameVi, r.NameEn, Enum.Parse<ProjectStatus>(r.Status),
            r.DonorCode, r.DonorNameVi, r.DonorNameEn, r.DacCode, r.Field, r.CommuneCode, r.CommuneCodes,
            r.ApprovalDate, r.DecisionNumber, r.ActualStart, r.ActualEnd, r.PlannedEnd,
            r.CommittedUsd, r.HasSchedule, r.ScheduledInPeriodUsd, r.ReceivedUsd, r.ReceivedVnd, r.FirstReceipt))];
    }

    public async Task<IReadOnlyList<NgoDossierFigures>> NgoDossiersAsync(DateOnly to, CancellationToken cancellationToken = default) =>
        await db.Database.SqlQuery<NgoDossierFigures>(AidReportSql.NgoDossiers(to)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<InvestAid.ReferenceData.ReferenceItem>> ReferenceItemsAsync(IReadOnlyList<InvestAid.ReferenceData.ReferenceKind> kinds,
        CancellationToken cancellationToken = default) =>
        await db.ReferenceItems.AsNoTracking().Where(r => kinds.Contains(r.Kind)).OrderBy(r => r.Kind).ThenBy(r => r.SortOrder).ThenBy(r => r.Code)
            .ToListAsync(cancellationToken);

    private sealed record OdaRow(Guid Id, string Code, string NameVi, string? NameEn, string Kind, string Status, DateOnly? ActualStart, DateOnly? ActualEnd,
        string? DonorCode, string? DonorNameVi, string? DonorNameEn,
        string? AgreementCurrency, decimal AgreementOda, decimal AgreementLoan, decimal AgreementRateToUsd, decimal AgreementRateToVnd,
        int? PlanRevision, DateOnly? PlanEffectiveDate, string? PlanCurrency,
        decimal PlanForeignAmount, decimal PlanCounterpartAmount, decimal PlanForeignVnd, decimal PlanCounterpartVnd,
        decimal OdaVnd, decimal LoanVnd, decimal CounterpartVnd, decimal OdaUsd, decimal LoanUsd, decimal CounterpartUsd, decimal? DatedUsdRateToVnd);

    private sealed record NgoRow(Guid Id, string Code, string NameVi, string? NameEn, string Status, string? DonorCode, string? DonorNameVi, string? DonorNameEn,
        string? DacCode, string? Field, string? CommuneCode, string[] CommuneCodes, DateOnly? ApprovalDate, string? DecisionNumber,
        DateOnly? ActualStart, DateOnly? ActualEnd, DateOnly? PlannedEnd,
        decimal CommittedUsd, bool HasSchedule, decimal ScheduledInPeriodUsd, decimal ReceivedUsd, decimal ReceivedVnd, DateOnly? FirstReceipt);
}
