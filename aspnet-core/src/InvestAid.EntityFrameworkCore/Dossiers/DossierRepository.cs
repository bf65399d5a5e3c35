using InvestAid.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Dossiers;

public sealed class DossierRepository(InvestAidDbContext db) : IDossierRepository
{
    public Task<Dossier?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<Dossier>().Include(d => d.Documents).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Dossier>> ListForProjectAsync(Guid projectId, CancellationToken cancellationToken = default) =>
        await db.Set<Dossier>().AsNoTracking().Include(d => d.Documents)
            .Where(d => d.ProjectId == projectId).OrderBy(d => d.ReceivedOn).ThenBy(d => d.CreatedAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Dossier>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await db.Set<Dossier>().AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);

    public void Add(Dossier dossier) => db.Set<Dossier>().Add(dossier);
}
