using InvestAid.Freezes;
using InvestAid.Reports;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Validation;

public sealed class FreezeRepository(InvestAidDbContext db) : IFreezeRepository
{
    public void Add(FreezeEvent freeze) => db.Set<FreezeEvent>().Add(freeze);

    public void Add(FreezeException exception) => db.Set<FreezeException>().Add(exception);

    public async Task<IReadOnlyList<FreezeEvent>> EventsAsync(CancellationToken ct = default) =>
        await db.Set<FreezeEvent>().AsNoTracking().OrderByDescending(e => e.FreezeDate).ToListAsync(ct);

    public Task<FreezeException?> FindExceptionAsync(Guid id, CancellationToken ct = default) =>
        db.Set<FreezeException>().FirstOrDefaultAsync(e => e.Id == id, ct);

    public async Task<IReadOnlyList<FreezeException>> ExceptionsAsync(Guid? projectId, CancellationToken ct = default) =>
        await db.Set<FreezeException>().AsNoTracking().Where(e => projectId == null || e.ProjectId == projectId)
            .OrderByDescending(e => e.GrantedAt).Take(200).ToListAsync(ct);

    public Task<bool> IsMonthPublishedAsync(int year, int month, CancellationToken ct = default) =>
        db.Set<FdiReportSnapshot>().AnyAsync(s => s.Year == year && s.Month == month, ct);
}
