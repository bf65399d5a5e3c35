namespace InvestAid.Procedures.Archive;

/// <summary>An approved decision not yet handed to the archive: what the archive procedure starts with.</summary>
public sealed record DecisionToArchive(
    Guid DossierId, Guid ProjectId, string ProjectName, string ProcedureKey, string DecisionNumber, DateOnly? DecisionDate);

public interface IDecisionArchiveQueries
{
    /// <summary>
    /// Approved dossiers with a decision number and no instance of the archive procedure (its business key is the dossier's id),
    /// oldest decision first.
    /// </summary>
    Task<IReadOnlyList<DecisionToArchive>> UnarchivedAsync(string archiveProcedureKey, int limit, CancellationToken cancellationToken);
}
