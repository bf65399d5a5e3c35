namespace InvestAid.Workflows.Operations;

/// <summary>What the operations view reads: counts per procedure version and status, the instances needing attention, the queue per topic.</summary>
public interface IWorkflowOperationsQueries
{
    Task<IReadOnlyList<(string Key, int Version, string Status, int Count)>> InstanceCountsAsync(CancellationToken cancellationToken);

    /// <summary>Faulted and suspended instances, newest first, with the elements their tokens are at.</summary>
    Task<IReadOnlyList<(Guid Id, string Key, int Version, string? BusinessKey, string Status, string? Fault, IReadOnlyList<string> At, DateTimeOffset Started)>>
        AttentionAsync(int max, CancellationToken cancellationToken);

    Task<IReadOnlyList<(string Topic, int Waiting, int Locked, int Incidents)>> TopicLoadAsync(CancellationToken cancellationToken);
}
