namespace InvestAid.Workflows.Incidents;

/// <summary>
/// An incident as stored: where an instance waits because a job failed after its retries (Camunda's <c>failedJob</c>), or a timer start
/// event whose firing failed every try (<c>failedStartTimer</c>: no instance; <see cref="ElementId"/> is the start event).
/// </summary>
public sealed record WorkflowIncidentRow(
    Guid Id, string Type, Guid? InstanceId, string DefinitionKey, int DefinitionVersion, string? BusinessKey, string ElementId,
    string? FailedElementId, string JobId, string Message, string? Details, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt,
    string? ResolvedBy, string? Resolution);

/// <summary>A failed try of a job (a timer, an asynchronous continuation): the instance, the job's bookmark, where it waits and what failed.</summary>
public sealed record JobFailure(
    Guid InstanceId, string BookmarkId, string DefinitionKey, int DefinitionVersion, string? BusinessKey, string ElementId, string? FailedElementId,
    string Message, string? Details);

/// <summary>What a failed try left: tries still to come (the job runs again at <see cref="RetryAt"/>), or the incident it opened.</summary>
public sealed record JobFailureOutcome(int RetriesLeft, DateTimeOffset? RetryAt, Guid? IncidentId);

/// <summary>
/// The incidents of jobs and the retries of timer jobs (table <c>workflow_incidents</c>, columns <c>retries</c>/<c>retry_at</c> of
/// <c>workflow_timer_jobs</c>). A timer job with no retries left is not fired again until an administrator gives it retries.
/// </summary>
public interface IWorkflowIncidentStore
{
    /// <summary>
    /// Counts a failed try of the job: its retries (first failure: <paramref name="tries"/>) go down by one; with some left it runs
    /// again at <paramref name="now"/> + <paramref name="waitBefore"/>(retries left), with none left an incident opens (one per job while open).
    /// </summary>
    Task<JobFailureOutcome> JobFailedAsync(JobFailure failure, int tries, Func<int, TimeSpan> waitBefore, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Open incidents, oldest first.</summary>
    Task<IReadOnlyList<WorkflowIncidentRow>> ListOpenAsync(int max, CancellationToken cancellationToken);

    Task<WorkflowIncidentRow?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Closes the open incident as <paramref name="resolution"/> (<c>retried</c>, <c>resolved</c>); for <c>retried</c> its job gets
    /// <paramref name="retries"/> and is due now (a timer start's firing: <paramref name="retries"/> tries, the first at the next run).
    /// </summary>
    /// <returns>False when it was no longer open (someone else acted first).</returns>
    Task<bool> CloseAsync(Guid id, string resolution, int? retries, string resolvedBy, DateTimeOffset now, CancellationToken cancellationToken);
}
