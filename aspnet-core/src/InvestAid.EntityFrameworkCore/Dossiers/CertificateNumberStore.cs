using InvestAid.Procedures;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Dossiers;

/// <summary>
/// Certificate numbers from a PostgreSQL sequence: unique across nodes without locks. A rolled-back
/// command leaves a gap in the numbering (sequences are not transactional), never a duplicate.
/// </summary>
public sealed class CertificateNumberStore(InvestAidDbContext db) : ICertificateNumberStore
{
    public async Task<string> NextAsync(CancellationToken cancellationToken)
    {
        var next = await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('{DossiersModelBuilderExtensions.CertificateNumberSequence}') AS \"Value\"")
            .ToListAsync(cancellationToken);
        return ICertificateNumberStore.Format(next[0]);
    }
}
