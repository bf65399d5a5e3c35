using InvestAid.Finance;
using InvestAid.Iati;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Iati;

public sealed class IatiQueries(InvestAidDbContext db) : IIatiQueries
{
    public async Task<IReadOnlyList<Project>> AidProjectsAsync(IReadOnlyList<ProjectKind> kinds, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        await db.Projects.AsNoTracking()
            .Where(p => kinds.Contains(p.Kind) && p.Status != ProjectStatus.Draft && p.Status != ProjectStatus.Rejected)
            .Where(p => (p.RegisteredOn ?? p.PlannedStart) != null && (p.RegisteredOn ?? p.PlannedStart) <= to)
            .Where(p => (p.ActualEnd ?? p.PlannedEnd) == null || (p.ActualEnd ?? p.PlannedEnd) >= from)
            .OrderBy(p => p.Code)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ReferenceItem>> ReferenceItemsAsync(CancellationToken cancellationToken = default) =>
        await db.ReferenceItems.AsNoTracking()
            .Where(r => r.Kind == ReferenceKind.Donor || r.Kind == ReferenceKind.Agency || r.Kind == ReferenceKind.AdministrativeUnit
                || r.Kind == ReferenceKind.IatiOrganisation)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Disbursement>> DisbursementsAsync(IReadOnlyList<Guid> projectIds, CancellationToken cancellationToken = default) =>
        await db.Set<Disbursement>().AsNoTracking().Where(d => projectIds.Contains(d.ProjectId))
            .OrderBy(d => d.Date).ThenBy(d => d.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<AidReceipt>> ReceiptsAsync(IReadOnlyList<Guid> projectIds, CancellationToken cancellationToken = default) =>
        await db.Set<AidReceipt>().AsNoTracking().Where(r => projectIds.Contains(r.ProjectId))
            .OrderBy(r => r.Date).ThenBy(r => r.Id).ToListAsync(cancellationToken);
}
