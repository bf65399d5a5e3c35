namespace InvestAid.Validation;

/// <summary>What the recurring jobs of validated data (<see cref="ValidationJobs"/>) read.</summary>
public interface IValidationJobQueries
{
    /// <summary>Pending proposals of the given kinds with their project's code, oldest first (the officers' digest).</summary>
    Task<IReadOnlyList<PendingProposalLine>> PendingProposalsAsync(IReadOnlyCollection<string> kinds, CancellationToken cancellationToken);

    /// <summary>The owner of each of the projects named that has one.</summary>
    Task<IReadOnlyDictionary<Guid, Guid>> ProjectOwnersAsync(IReadOnlyCollection<Guid> projectIds, CancellationToken cancellationToken);
}

/// <summary>One line of the proposal digest: the project, who proposed (empty when unknown), why and when.</summary>
public sealed record PendingProposalLine(Guid ProjectId, string ProjectCode, string ProposedBy, string Reason, DateTimeOffset ProposedAt);
