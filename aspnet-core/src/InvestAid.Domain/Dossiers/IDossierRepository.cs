namespace InvestAid.Dossiers;

public interface IDossierRepository
{
    /// <summary>The dossier with its documents, tracked for update.</summary>
    Task<Dossier?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Dossier>> ListForProjectAsync(Guid projectId, CancellationToken cancellationToken = default);

    /// <summary>The dossiers with these ids (untracked), for task lists.</summary>
    Task<IReadOnlyList<Dossier>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    void Add(Dossier dossier);
}
