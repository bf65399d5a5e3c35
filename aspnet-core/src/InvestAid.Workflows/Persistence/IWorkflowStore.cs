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
}
