using InvestAid.Common;
using InvestAid.Workflows.Persistence;

namespace InvestAid.Workflows;

/// <summary>
/// Who is asking for a task list. <see cref="Everyone"/> (administrators) widens the <c>overdue</c> and <c>all</c>
/// scopes to every open task; <see cref="OwnerUserId"/> (a project owner who is not department staff) keeps only
/// the tasks of dossiers of projects that user owns.
/// </summary>
public sealed record TaskInboxFilter(string ActorId, IReadOnlyCollection<string> Groups, bool Everyone, Guid? OwnerUserId, DateTimeOffset Now)
{
    /// <summary>The ids models name the actor by (identity mappings), global and per definition key; null: only <see cref="ActorId"/> and <see cref="Groups"/>.</summary>
    public Identity.ActorIdentities? Identities { get; init; }
}

/// <summary>An open task with its dossier and project (null for an instance that is not a dossier's).</summary>
public sealed record InboxTaskRow(TaskView View, Guid? DossierId, DateOnly? ReceivedOn, Guid? ProjectId, string? ProjectCode, string? ProjectName);

/// <summary>Task lists for people: paged and counted in SQL, overdue first then by deadline, filtered to what the actor may act on.</summary>
public interface IWorkflowTaskInbox
{
    /// <param name="overdueOnly">Keeps only overdue tasks within <paramref name="scope"/>.</param>
    Task<PagedResult<InboxTaskRow>> ListAsync(
        TaskInboxFilter filter, TaskScope scope, bool overdueOnly, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>The number of open tasks in each scope, with the same visibility as <see cref="ListAsync"/>.</summary>
    Task<TaskCountsDto> CountAsync(TaskInboxFilter filter, CancellationToken cancellationToken);

    /// <summary>Every open task (oldest first), for the administrators' queue of tasks no one can take.</summary>
    Task<IReadOnlyList<TaskView>> OpenTasksAsync(CancellationToken cancellationToken);
}
