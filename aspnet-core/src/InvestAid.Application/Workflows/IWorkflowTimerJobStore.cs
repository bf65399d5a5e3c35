namespace InvestAid.Workflows;

/// <summary>
/// The scheduler's record of timers (<c>workflow_timer_jobs</c>): which delayed job fires which timer bookmark, and the
/// timers already due, for the sweep that fires those whose job never ran.
/// </summary>
public interface IWorkflowTimerJobStore
{
    /// <summary>Remembers (or replaces) the job of each timer.</summary>
    Task RememberAsync(IReadOnlyList<WorkflowTimerJobEntry> entries, CancellationToken cancellationToken);

    /// <summary>Forgets the jobs of <paramref name="timers"/>.</summary>
    /// <returns>The ids of the jobs that were remembered, to delete from the scheduler.</returns>
    Task<IReadOnlyList<string>> ForgetAsync(IReadOnlyList<WorkflowTimerRef> timers, CancellationToken cancellationToken);

    /// <summary>
    /// Timer bookmarks of running instances due at <paramref name="now"/>, and waiting asynchronous continuations (Job bookmarks), earliest
    /// first, at most <paramref name="limit"/>; a job waiting for its next try, or with an open incident, is left out.
    /// </summary>
    Task<IReadOnlyList<WorkflowTimerRef>> DueTimersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
