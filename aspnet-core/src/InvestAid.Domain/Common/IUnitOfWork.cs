namespace InvestAid.Common;

/// <summary>Commits every change of a use case in one transaction.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken = default);
}
