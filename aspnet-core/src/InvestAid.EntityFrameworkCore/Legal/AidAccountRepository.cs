using InvestAid.Finance;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Legal;

public sealed class AidAccountRepository(InvestAidDbContext db) : IAidAccountRepository
{
    public Task<AidAccount?> FindAsync(Guid projectId, CancellationToken cancellationToken) =>
        db.Set<AidAccount>().FirstOrDefaultAsync(a => a.ProjectId == projectId, cancellationToken);

    public void Add(AidAccount account) => db.Add(account);
}
