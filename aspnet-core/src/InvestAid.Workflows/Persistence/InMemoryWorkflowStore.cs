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
    private readonly Dictionary<Guid, (int Version, string Json)> instances = [];
    private readonly Dictionary<string, string> receipts = new(StringComparer.Ordinal);

    public Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(instances.TryGetValue(instanceId, out var stored) ? WorkflowJson.Deserialize<WorkflowInstance>(stored.Json) : null);
        }
    }

    public Task<IReadOnlyList<Guid>> FindWaitingAsync(BookmarkKind kind, string name, string? businessKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<Guid> found = [.. instances.Values.Select(v => WorkflowJson.Deserialize<WorkflowInstance>(v.Json))
                .Where(i => i.Status == WorkflowStatus.Running && (businessKey is null || i.BusinessKey == businessKey)
                    && i.Bookmarks.Exists(b => b.Kind == kind && b.MessageName == name))
                .Select(i => i.Id)];
            return Task.FromResult(found);
        }
    }

    public Task SaveAsync(WorkflowChangeSet changes, CancellationToken cancellationToken = default)
    {
        var serialized = changes.Writes.Select(w => (w.Instance.Id, w.ExpectedVersion, w.Instance.Version, Json: WorkflowJson.Serialize(w.Instance))).ToList();
        lock (gate)
        {
            foreach (var (id, expected, _, _) in serialized)
            {
                var exists = instances.TryGetValue(id, out var stored);
                if (exists ? stored.Version != expected : expected != 0)
                {
                    throw new ConcurrencyException(id, expected);
                }
            }

            if (changes.IdempotencyKey is { } key && receipts.ContainsKey(key))
            {
                throw new ConcurrencyException(changes.Receipt?.InstanceId ?? Guid.Empty, changes.Receipt?.InstanceVersion ?? 0);
            }

            foreach (var (id, _, version, json) in serialized)
            {
                instances[id] = (version, json);
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
            all = instances.Values.Select(v => WorkflowJson.Deserialize<WorkflowInstance>(v.Json)).ToList();
        }

        IReadOnlyList<TaskView> found = all
            .Where(i => query.InstanceId is null || i.Id == query.InstanceId)
            .Where(i => query.BusinessKey is null || i.BusinessKey == query.BusinessKey)
            .SelectMany(i => i.Tasks.Select(t => new TaskView(i.Id, i.DefinitionKey, i.BusinessKey, t, i.DefinitionVersion)))
            .Where(v => query.Status is null || v.Task.Status == query.Status)
            .Where(v => query.ActorId is null
                || v.Task.Assignee == query.ActorId
                || v.Task.CandidateUsers.Contains(query.ActorId)
                || v.Task.CandidateGroups.Intersect(query.ActorGroups).Any())
            .OrderBy(v => v.Task.CreatedAt)
            .ToList();
        return Task.FromResult(found);
    }

    public Task<WorkflowInstance?> FindByTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(instances.Values.Select(v => WorkflowJson.Deserialize<WorkflowInstance>(v.Json)).FirstOrDefault(i => i.Tasks.Exists(t => t.Id == taskId)));
        }
    }

    public Task<CompletionLookup> FindForTaskCompletionAsync(string taskId, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (receipts.TryGetValue(idempotencyKey, out var receipt))
            {
                return Task.FromResult(new CompletionLookup(WorkflowJson.Deserialize<CompletionReceipt>(receipt), null));
            }

            var holder = instances.Values.Select(v => WorkflowJson.Deserialize<WorkflowInstance>(v.Json)).FirstOrDefault(i => i.Tasks.Exists(t => t.Id == taskId));
            return Task.FromResult(new CompletionLookup(null, holder));
        }
    }

    public Task<CompletionReceipt?> FindReceiptAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(receipts.TryGetValue(idempotencyKey, out var json) ? WorkflowJson.Deserialize<CompletionReceipt>(json) : null);
        }
    }
}
