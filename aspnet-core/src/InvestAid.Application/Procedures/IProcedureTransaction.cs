namespace InvestAid.Procedures;

/// <summary>
/// Runs a procedure command in one database transaction that the workflow store joins: the dossier,
/// the registry writes of service tasks and the workflow instance commit together or not at all.
/// </summary>
public interface IProcedureTransaction
{
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
