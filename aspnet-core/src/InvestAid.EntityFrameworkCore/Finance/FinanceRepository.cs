using InvestAid.Finance;
using InvestAid.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Finance;

public sealed class FinanceRepository(InvestAidDbContext db) : IFinanceRepository
{
    public void Add(object record) => db.Add(record);

    public async Task<IReadOnlyList<CapitalPlanRevision>> PlansAsync(Guid projectId, int? year, CancellationToken cancellationToken = default) =>
        await db.Set<CapitalPlanRevision>().Where(p => p.ProjectId == projectId && (year == null || p.Year == year))
            .OrderBy(p => p.Year).ThenBy(p => p.Revision).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Disbursement>> DisbursementsAsync(Guid projectId, int? year, CancellationToken cancellationToken = default)
    {
        var query = db.Set<Disbursement>().Where(d => d.ProjectId == projectId);
        if (year is { } y)
        {
            query = query.Where(d => d.Date >= new DateOnly(y, 1, 1) && d.Date <= new DateOnly(y, 12, 31));
        }
        return await query.OrderBy(d => d.Date).ThenBy(d => d.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AidReceipt>> ReceiptsAsync(Guid projectId, CancellationToken cancellationToken = default) =>
        await db.Set<AidReceipt>().Where(r => r.ProjectId == projectId).OrderBy(r => r.Date).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ExpectedReceipt>> ExpectedReceiptsAsync(Guid projectId, CancellationToken cancellationToken = default) =>
        await db.Set<ExpectedReceipt>().Where(r => r.ProjectId == projectId).OrderBy(r => r.DueDate).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ImplementedCapitalReport>> ImplementedCapitalAsync(Guid projectId, CancellationToken cancellationToken = default) =>
        await db.Set<ImplementedCapitalReport>().Where(r => r.ProjectId == projectId).OrderBy(r => r.Year).ThenBy(r => r.Quarter).ToListAsync(cancellationToken);

    public Task<ImplementedCapitalReport?> FindImplementedCapitalAsync(Guid projectId, int year, int quarter, CancellationToken cancellationToken = default) =>
        db.Set<ImplementedCapitalReport>().FirstOrDefaultAsync(r => r.ProjectId == projectId && r.Year == year && r.Quarter == quarter, cancellationToken);

    public async Task<IReadOnlyList<(string? DonorCode, string? DonorNameVi, string? DonorNameEn, int Projects, decimal PlanVnd, decimal DisbursedVnd)>> DonorTotalsAsync(
        int year, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var rows = await db.Database.SqlQuery<DonorTotalRow>(FinanceSql.DonorTotals(year, asOf)).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.DonorCode, r.DonorNameVi, r.DonorNameEn, r.Projects, r.PlanVnd, r.DisbursedVnd))];
    }

    private sealed record DonorTotalRow(string? DonorCode, string? DonorNameVi, string? DonorNameEn, int Projects, decimal PlanVnd, decimal DisbursedVnd);
}
