namespace InvestAid.Projects;

public interface IProjectRepository
{
    /// <summary>The project with its investors, ledger and status moves, tracked for update.</summary>
    Task<Project?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The same project, read only (not tracked, one query): for answering, never for saving.</summary>
    Task<Project?> FindForReadAsync(Guid id, CancellationToken cancellationToken = default);

    void Add(Project project);

    Task<bool> AnyAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Reserves <paramref name="count"/> numbers of a code series (e.g. FDI projects registered in 2026)
    /// atomically and answers the first of them.
    /// </summary>
    Task<int> NextNumberAsync(string series, int year, CancellationToken cancellationToken = default, int count = 1);

    /// <summary>Tells the store which version the caller saw; saving fails if the row has moved on since.</summary>
    void ExpectVersion(Project project, uint version);
}
