namespace InvestAid.Workflows;

/// <summary>
/// The schedule of the timer start events of published versions (<c>workflow_start_timers</c>): one row per key, version and
/// start event, holding its next due time. A firing is claimed by moving that row on from the due time it was read with,
/// so of several hosts sweeping at once exactly one starts the instance for a due time.
/// </summary>
public interface IWorkflowStartTimerStore
{
    /// <summary>Drops the timer starts of every version of <paramref name="key"/> and stores <paramref name="timers"/> (those of the version just published).</summary>
    Task ReplaceAsync(string key, IReadOnlyList<WorkflowStartTimer> timers, CancellationToken cancellationToken);

    /// <summary>Drops the timer starts of one version (retired).</summary>
    Task RemoveAsync(string key, int version, CancellationToken cancellationToken);

    /// <summary>
    /// The timer starts due at <paramref name="now"/> (a failed firing at its <see cref="WorkflowStartTimer.RetryAt"/>), earliest first,
    /// at most <paramref name="limit"/>; one with an open incident is left out.
    /// </summary>
    Task<IReadOnlyList<WorkflowStartTimer>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the firing of <paramref name="due"/>: moves its row to <paramref name="next"/> (or deletes it when null) only if it is
    /// still due at <paramref name="due"/>'s time; false when another host claimed it first or the version's schedule was replaced.
    /// </summary>
    Task<bool> ClaimAsync(WorkflowStartTimer due, WorkflowStartTimer? next, CancellationToken cancellationToken);

    /// <summary>
    /// The claimed firing <paramref name="due"/> failed: puts the row back at that firing with one failure more than
    /// <paramref name="due"/> had and <paramref name="message"/>, to be tried again at <paramref name="retryAt"/>; when
    /// <paramref name="incident"/> is given the tries are over: the incident opens (no instance) and the row waits for it to be retried.
    /// </summary>
    Task FailedAsync(WorkflowStartTimer due, string message, DateTimeOffset? retryAt, StartTimerIncident? incident, CancellationToken cancellationToken);

    /// <summary>The stored schedule of a key (all versions), for the administrators and tests.</summary>
    Task<IReadOnlyList<WorkflowStartTimer>> ListAsync(string key, CancellationToken cancellationToken);
}

/// <summary>
/// A scheduled timer start: the next firing of start event <paramref name="ElementId"/> of a version; <paramref name="Remaining"/> firings
/// after it (null: for ever). A firing that failed has <paramref name="Failures"/> tries behind it, the last one's message and the time of the
/// next try (<paramref name="RetryAt"/>); <paramref name="IncidentId"/> once its tries are over.
/// </summary>
public sealed record WorkflowStartTimer(
    string Key, int Version, string ElementId, DateTimeOffset DueAt, int? Remaining,
    int Failures = 0, string? LastError = null, DateTimeOffset? RetryAt = null, Guid? IncidentId = null);

/// <summary>The incident of a timer start whose every try failed: <paramref name="Id"/>, the failure's details (the stack) and when.</summary>
public sealed record StartTimerIncident(Guid Id, string? Details, DateTimeOffset CreatedAt);
