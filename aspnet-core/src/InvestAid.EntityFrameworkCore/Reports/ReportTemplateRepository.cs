using InvestAid.Reports;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Reports;

public sealed class ReportTemplateRepository(InvestAidDbContext db) : IReportTemplateRepository
{
    public Task<ReportTemplate?> LatestAsync(CancellationToken cancellationToken = default) =>
        db.Set<ReportTemplate>().AsNoTracking().OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ReportTemplateVersion>> VersionsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ReportTemplate>().AsNoTracking().OrderByDescending(t => t.Version)
            .Select(t => new ReportTemplateVersion(t.Version, t.FileName, t.Size, t.UploadedAt, t.UploadedBy, t.ConcurrencyToken))
            .ToListAsync(cancellationToken);

    public async Task<bool> TryAddAsync(ReportTemplate template, CancellationToken cancellationToken = default)
    {
        var entry = db.Set<ReportTemplate>().Add(template);
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
