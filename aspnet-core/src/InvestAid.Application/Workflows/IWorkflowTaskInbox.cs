using InvestAid.Common;
using InvestAid.Workflows.Persistence;

namespace InvestAid.Workflows;

/// <summary>Task lists for people: paged, overdue first, filtered to what the actor may act on.</summary>
public interface IWorkflowTaskInbox
{
    /// <param name="actorId">Null lists every task (administrators).</param>
    Task<PagedResult<TaskView>> ListAsync(
        string? actorId, IReadOnlyCollection<string> groups, TaskScope scope, bool overdueOnly, DateTimeOffset now, int page, int pageSize,
        CancellationToken cancellationToken);

    /// <summary>The instance that holds the task, or null.</summary>
    Task<Guid?> FindInstanceOfTaskAsync(string taskId, CancellationToken cancellationToken);
}
