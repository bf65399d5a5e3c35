using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Persistence;

/// <summary>
/// Persistence boundary of the engine. Implementations: <see cref="InMemoryWorkflowStore"/>;
/// the PostgreSQL store must pass the same contract tests (WorkflowStoreContract).
/// </summary>
public interface IWorkflowStore
{
    /// <summary>A detached copy of the instance for update; its <c>Version</c> is what a save must expect.</summary>
    Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves every write atomically. Throws <see cref="ConcurrencyException"/> and writes nothing
    /// when any instance is no longer at its expected version (or a new one already exists),
    /// or when the idempotency key was already used.
    /// </summary>
    Task SaveAsync(WorkflowChangeSet changes, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TaskView>> FindTasksAsync(TaskQuery query, CancellationToken cancellationToken = default);

    /// <summary>The receipt saved under the key by an earlier completion, or null.</summary>
    Task<CompletionReceipt?> FindReceiptAsync(string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Running instances with a bookmark of this kind (message or signal) for <paramref name="name"/>, optionally
    /// only those with the business key: the candidates of message correlation and signal broadcast.
    /// </summary>
    Task<IReadOnlyList<Guid>> FindWaitingAsync(BookmarkKind kind, string name, string? businessKey, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("This store cannot search waiting instances.");

    /// <summary>
    /// What a task completion reads first: the receipt of an earlier completion under the key, or else the
    /// instance. A store on a server answers both in one round trip.
    /// </summary>
    async Task<CompletionLookup> FindForCompletionAsync(Guid instanceId, string idempotencyKey, CancellationToken cancellationToken = default) =>
        await FindReceiptAsync(idempotencyKey, cancellationToken) is { } receipt
            ? new CompletionLookup(receipt, null)
            : new CompletionLookup(null, await FindAsync(instanceId, cancellationToken));

    /// <summary>
    /// As <see cref="FindForCompletionAsync"/>, by the task's id: the receipt under the key, or else the instance that holds
    /// the task (null when no instance does). A task command reads its instance once, with this.
    /// </summary>
    Task<CompletionLookup> FindForTaskCompletionAsync(string taskId, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>A detached copy of the instance that holds the task (as <see cref="FindAsync"/>), or null.</summary>
    Task<WorkflowInstance?> FindByTaskAsync(string taskId, CancellationToken cancellationToken = default);
}

/// <summary>The receipt under an idempotency key if it was used, else the instance to complete the task on.</summary>
public sealed record CompletionLookup(CompletionReceipt? Receipt, WorkflowInstance? Instance);
