namespace InvestAid.Common;

/// <summary>Commits every change of a use case in one transaction.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> — its saves and bulk writes — in one transaction, committed at its end; on a
    /// transient fault the whole of it runs again from a clean slate, so it must build what it writes itself.
    /// </summary>
    Task ExecuteInTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken = default);
}
