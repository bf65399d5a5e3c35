namespace InvestAid.Workflows;

/// <summary>
/// The scheduler's job that fires a timer at <paramref name="DueAt"/>. A new job of a timer starts its tries afresh; the job of a retried
/// incident (<paramref name="KeepsRetries"/>) keeps the tries the retry gave it.
/// </summary>
public sealed record WorkflowTimerJobEntry(Guid InstanceId, string BookmarkId, string JobId, DateTimeOffset DueAt, bool KeepsRetries = false);
