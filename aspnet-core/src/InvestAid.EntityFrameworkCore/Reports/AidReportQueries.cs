using InvestAid.Projects;
using InvestAid.Reports;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Reports;

public sealed class AidReportQueries(InvestAidDbContext db) : IAidReportQueries
{
    public async Task<IReadOnlyList<OdaProjectFigures>> OdaProjectsAsync(int year, CancellationToken cancellationToken = default)
    {
        var rows = await db.Database.SqlQuery<OdaRow>(AidReportSql.Oda(year)).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OdaProjectFigures(r.Id, r.Code, r.NameVi, r.NameEn, Enum.Parse<ProjectKind>(r.Kind),
            r.DonorCode, r.DonorNameVi, r.DonorNameEn, r.AgreementOda, r.AgreementLoan,
            r.PlanForeignVnd, r.PlanCounterpartVnd, r.PlanForeignUsd, r.PlanCounterpartUsd,
            r.OdaVnd, r.LoanVnd, r.CounterpartVnd, r.OdaUsd, r.LoanUsd, r.CounterpartUsd))];
    }

    public async Task<IReadOnlyList<NgoProjectFigures>> NgoProjectsAsync(int year, CancellationToken cancellationToken = default)
    {
        var rows = await db.Database.SqlQuery<NgoRow>(AidReportSql.Ngo(year)).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new NgoProjectFigures(r.Id, r.Code, r.NameVi, r.NameEn, r.DonorCode, r.DonorNameVi, r.DonorNameEn,
            r.DacCode, r.DacNameVi, r.DacNameEn, r.Field, r.ApprovalDate, r.ApprovedInYear, r.InForce, r.CommittedUsd, r.ReceivedUsd, r.ReceivedVnd))];
    }

    private sealed record OdaRow(Guid Id, string Code, string NameVi, string? NameEn, string Kind, string? DonorCode, string? DonorNameVi, string? DonorNameEn,
        decimal AgreementOda, decimal AgreementLoan, decimal PlanForeignVnd, decimal PlanCounterpartVnd, decimal PlanForeignUsd, decimal PlanCounterpartUsd,
        decimal OdaVnd, decimal LoanVnd, decimal CounterpartVnd, decimal OdaUsd, decimal LoanUsd, decimal CounterpartUsd);

    private sealed record NgoRow(Guid Id, string Code, string NameVi, string? NameEn, string? DonorCode, string? DonorNameVi, string? DonorNameEn,
        string? DacCode, string? DacNameVi, string? DacNameEn, string? Field, DateOnly? ApprovalDate, bool ApprovedInYear, bool InForce,
        decimal CommittedUsd, decimal ReceivedUsd, decimal ReceivedVnd);
}
