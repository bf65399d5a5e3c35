using System.Text.Json.Nodes;

namespace InvestAid.Workflows.ExternalTasks;

/// <summary>
/// The external-task queue: the tasks the engine left waiting for workers (one per external-task bookmark), with their locks,
/// retries and last failure. Locks and failures change the queue only; completion goes through the engine.
/// </summary>
public interface IExternalTaskQueue
{
    /// <summary>Locks up to <paramref name="maxTasks"/> fetchable tasks of the topics (unlocked or lock expired, retries left) for the worker.</summary>
    Task<IReadOnlyList<ExternalTaskRow>> FetchAndLockAsync(
        string workerId, int maxTasks, bool usePriority, IReadOnlyList<FetchExternalTaskTopic> topics, CancellationToken cancellationToken);

    Task<ExternalTaskRow?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Tasks of a topic (any topic when null), oldest first; <paramref name="incidents"/> true for those with no retries left.</summary>
    Task<IReadOnlyList<ExternalTaskRow>> ListAsync(string? topic, bool? incidents, int maxResults, CancellationToken cancellationToken);

    /// <summary>Moves the lock's expiry to now + <paramref name="durationMs"/>; false when the worker does not hold the lock.</summary>
    Task<bool> ExtendLockAsync(string id, string workerId, long durationMs, CancellationToken cancellationToken);

    Task UnlockAsync(string id, CancellationToken cancellationToken);

    /// <summary>Sets the retries left (an incident given retries is fetched again), unlocked.</summary>
    Task SetRetriesAsync(string id, int retries, CancellationToken cancellationToken);

    /// <summary>Records a failure: retries left, the message, and no fetch before now + <paramref name="retryTimeoutMs"/>.</summary>
    Task FailAsync(string id, string? message, string? details, int retries, long retryTimeoutMs, CancellationToken cancellationToken);

    /// <summary>The variables of the instances, for the tasks a worker fetched.</summary>
    Task<IReadOnlyDictionary<Guid, JsonObject>> VariablesAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken);
}

public sealed record ExternalTaskRow(
    string Id, Guid InstanceId, string ElementId, string Topic, string? BusinessKey, string DefinitionKey, int DefinitionVersion,
    DateTimeOffset CreatedAt, string? WorkerId, DateTimeOffset? LockExpiresAt, int? Retries, string? ErrorMessage, string? ErrorDetails, long Priority);
