namespace InvestAid.Proposals;

public interface IProposalRepository
{
    void Add(ChangeProposal proposal);

    Task<ChangeProposal?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>Proposals, newest first; of one project, of one status, and of <paramref name="projectIds"/> only unless null.</summary>
    Task<(IReadOnlyList<ChangeProposal> Items, int Total)> ListAsync(Guid? projectId, ProposalStatus? status, IReadOnlyCollection<Guid>? projectIds,
        int page, int pageSize, CancellationToken ct = default);

    /// <summary>Pending proposals proposed on or before <paramref name="before"/> (for the automatic acceptance and the digest).</summary>
    Task<IReadOnlyList<ChangeProposal>> PendingAsync(DateTimeOffset before, CancellationToken ct = default);

    /// <summary>Code, Vietnamese name and owner's name of the projects named, for lists.</summary>
    Task<IReadOnlyDictionary<Guid, (string Code, string Name, string? OwnerName)>> ProjectNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
}
