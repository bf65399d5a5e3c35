using InvestAid.Projects;
using InvestAid.Proposals;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Validation;

public sealed class ProposalRepository(InvestAidDbContext db) : IProposalRepository
{
    public void Add(ChangeProposal proposal) => db.Set<ChangeProposal>().Add(proposal);

    public Task<ChangeProposal?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<ChangeProposal>().FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<(IReadOnlyList<ChangeProposal> Items, int Total)> ListAsync(Guid? projectId, ProposalStatus? status, IReadOnlyCollection<Guid>? projectIds,
        int page, int pageSize, CancellationToken ct = default)
    {
        var q = db.Set<ChangeProposal>().AsNoTracking();
        if (projectId is { } pid)
        {
            q = q.Where(p => p.ProjectId == pid);
        }
        if (status is { } s)
        {
            q = q.Where(p => p.Status == s);
        }
        if (projectIds is not null)
        {
            var ids = projectIds.ToArray();
            q = q.Where(p => ids.Contains(p.ProjectId));
        }
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(p => p.ProposedAt).ThenBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (items, total);
    }

    public async Task<IReadOnlyList<ChangeProposal>> PendingAsync(DateTimeOffset before, CancellationToken ct = default) =>
        await db.Set<ChangeProposal>().Where(p => p.Status == ProposalStatus.Pending && p.ProposedAt <= before)
            .OrderBy(p => p.ProposedAt).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, (string Code, string Name, string? OwnerName)>> ProjectNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        (await db.Set<Project>().AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Code, p.NameVi, p.OwnerName }).ToListAsync(ct))
        .ToDictionary(p => p.Id, p => (p.Code, p.NameVi, p.OwnerName));
}
