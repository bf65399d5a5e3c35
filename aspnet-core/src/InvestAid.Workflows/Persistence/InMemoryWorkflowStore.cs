using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Persistence;

/// <summary>
/// A thread-safe store for tests and single-process tools. Instances are kept as JSON text, as a
/// database would keep them, so callers can never share or mutate stored objects.
/// </summary>
public sealed class InMemoryWorkflowStore : IWorkflowStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, string> instances = [];
    private readonly Dictionary<string, string> receipts = new(StringComparer.Ordinal);

    public Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(instances.TryGetValue(instanceId, out var json) ? WorkflowJson.Deserialize<WorkflowInstance>(json) : null);
        }
    }

    public Task SaveAsync(WorkflowChangeSet changes, CancellationToken cancellationToken = default)
    {
        var serialized = changes.Writes.Select(w => (w.Instance.Id, w.ExpectedVersion, Json: WorkflowJson.Serialize(w.Instance))).ToList();
        lock (gate)
        {
            foreach (var (id, expected, _) in serialized)
            {
                var current = instances.TryGetValue(id, out var json) ? WorkflowJson.Deserialize<WorkflowInstance>(json).Version : 0;
                var exists = json is not null;
                if (current != expected || (expected == 0 && exists))
                {
                    throw new ConcurrencyException(id, expected);
                }
            }

            if (changes.IdempotencyKey is { } key && receipts.ContainsKey(key))
            {
                throw new ConcurrencyException(changes.Receipt?.InstanceId ?? Guid.Empty, changes.Receipt?.InstanceVersion ?? 0);
            }

            foreach (var (id, _, json) in serialized)
            {
                instances[id] = json;
            }

            if (changes.IdempotencyKey is { } newKey && changes.Receipt is { } receipt)
            {
                receipts[newKey] = WorkflowJson.Serialize(receipt);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TaskView>> FindTasksAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        List<WorkflowInstance> all;
        lock (gate)
        {
            all = instances.Values.Select(WorkflowJson.Deserialize<WorkflowInstance>).ToList();
        }

        IReadOnlyList<TaskView> found = all
            .Where(i => query.InstanceId is null || i.Id == query.InstanceId)
            .Where(i => query.BusinessKey is null || i.BusinessKey == query.BusinessKey)
            .SelectMany(i => i.Tasks.Select(t => new TaskView(i.Id, i.DefinitionKey, i.BusinessKey, t)))
            .Where(v => query.Status is null || v.Task.Status == query.Status)
            .Where(v => query.ActorId is null
                || v.Task.Assignee == query.ActorId
                || v.Task.CandidateUsers.Contains(query.ActorId)
                || v.Task.CandidateGroups.Intersect(query.ActorGroups).Any())
            .OrderBy(v => v.Task.CreatedAt)
            .ToList();
        return Task.FromResult(found);
    }

    public Task<CompletionReceipt?> FindReceiptAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(receipts.TryGetValue(idempotencyKey, out var json) ? WorkflowJson.Deserialize<CompletionReceipt>(json) : null);
        }
    }
}
