using InvestAid.Reports;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Reports;

public sealed class FdiReportSnapshotRepository(InvestAidDbContext db) : IFdiReportSnapshotRepository
{
    public async Task<IReadOnlyList<FdiReportSnapshot>> ListAsync(int year, int month, CancellationToken cancellationToken = default) =>
        await db.FdiReportSnapshots.AsNoTracking()
            .Where(s => s.Year == year && s.Month == month)
            .OrderBy(s => s.Revision)
            .ToListAsync(cancellationToken);

    public async Task<bool> TryAddAsync(FdiReportSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        var entry = db.FdiReportSnapshots.Add(snapshot);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            entry.State = EntityState.Detached;
            return false;
        }
    }
}
