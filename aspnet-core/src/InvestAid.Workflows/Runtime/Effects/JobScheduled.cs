namespace InvestAid.Workflows.Runtime.Effects;

/// <summary>
/// An asynchronous continuation waits at <see cref="ElementId"/>: run a job that calls FireTimer(InstanceId, BookmarkId) now (the job and
/// a due timer take the same path, so a job whose enqueue was lost is run by the timers' sweep).
/// </summary>
public sealed record JobScheduled(Guid InstanceId, string BookmarkId, string ElementId, DateTimeOffset DueAt) : WorkflowEffect(InstanceId);
