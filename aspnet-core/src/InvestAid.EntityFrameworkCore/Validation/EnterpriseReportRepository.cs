using InvestAid.EnterpriseReports;
using InvestAid.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Validation;

public sealed class EnterpriseReportRepository(InvestAidDbContext db) : IEnterpriseReportRepository
{
    public void Add(EnterpriseReport report) => db.Set<EnterpriseReport>().Add(report);

    public Task<EnterpriseReport?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<EnterpriseReport>().FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<IReadOnlyList<EnterpriseReport>> RevisionsAsync(Guid projectId, ReportPeriodKind kind, int year, int quarter, CancellationToken ct = default) =>
        await db.Set<EnterpriseReport>()
            .Where(r => r.ProjectId == projectId && r.PeriodKind == kind && r.Year == year && r.Quarter == quarter)
            .OrderBy(r => r.Revision).ToListAsync(ct);

    public async Task<(IReadOnlyList<EnterpriseReport> Items, int Total)> ListAsync(Guid? projectId, IReadOnlyCollection<Guid>? projectIds, EnterpriseReportStatus? status,
        int? year, int? quarter, int page, int pageSize, CancellationToken ct = default)
    {
        var q = db.Set<EnterpriseReport>().AsNoTracking();
        if (projectId is { } pid)
        {
            q = q.Where(r => r.ProjectId == pid);
        }
        if (projectIds is not null)
        {
            var ids = projectIds.ToArray();
            q = q.Where(r => ids.Contains(r.ProjectId));
        }
        if (status is { } s)
        {
            q = q.Where(r => r.Status == s);
        }
        if (year is { } y)
        {
            q = q.Where(r => r.Year == y);
        }
        if (quarter is { } qu)
        {
            q = q.Where(r => r.Quarter == qu);
        }
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(r => r.FiledAt).ThenBy(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (items, total);
    }

    public async Task<IReadOnlyList<EnterpriseReport>> CurrentOfPeriodAsync(ReportPeriodKind kind, int year, int quarter, CancellationToken ct = default) =>
        await db.Set<EnterpriseReport>().AsNoTracking()
            .Where(r => r.PeriodKind == kind && r.Year == year && r.Quarter == quarter && r.Status != EnterpriseReportStatus.Superseded)
            .ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, (string Code, string Name, string? OwnerName)>> ProjectNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        (await db.Set<Project>().AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Code, p.NameVi, p.OwnerName }).ToListAsync(ct))
        .ToDictionary(p => p.Id, p => (p.Code, p.NameVi, p.OwnerName));

    public async Task<IReadOnlyList<(Guid Id, string Code, string Name, string? OwnerName, Guid? OwnerUserId)>> ProjectsOwingAsync(DateOnly periodStart, DateOnly periodEnd,
        CancellationToken ct = default) =>
        (await db.Set<Project>().AsNoTracking()
            .Where(p => p.Kind == ProjectKind.Fdi
                        && db.Set<CapitalEvent>().Any(e => e.ProjectId == p.Id && e.Type == CapitalEventType.NewRegistration && e.EffectiveDate <= periodEnd)
                        && !db.Set<CapitalEvent>().Any(e => e.ProjectId == p.Id && e.Type == CapitalEventType.Termination && e.EffectiveDate < periodStart))
            .OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.NameVi, p.OwnerName, p.OwnerUserId })
            .ToListAsync(ct))
        .Select(p => (p.Id, p.Code, p.NameVi, p.OwnerName, p.OwnerUserId)).ToList();
}
