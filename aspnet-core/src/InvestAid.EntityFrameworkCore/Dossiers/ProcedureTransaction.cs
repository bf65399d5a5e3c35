using InvestAid.Procedures;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Dossiers;

/// <summary>
/// One database transaction on the request's DbContext around a procedure command; the workflow store
/// enlists in it, so the dossier, the registry and the instance commit or roll back together.
/// </summary>
public sealed class ProcedureTransaction(InvestAidDbContext db) : IProcedureTransaction
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        // The retry strategy must own a user transaction; a command is only retried whole.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }
}
