using InvestAid.Common;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Common;

public sealed class UnitOfWork(InvestAidDbContext db, ExpectedVersions expected) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex) when (ex.Entries.Any(e => expected.Contains(e.Entity)))
        {
            throw new PreconditionFailedException(missing: false);
        }
    }

    public Task ExecuteInTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await work(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
}
