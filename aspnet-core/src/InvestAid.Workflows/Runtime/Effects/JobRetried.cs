namespace InvestAid.Workflows.Runtime.Effects;

/// <summary>
/// An administrator retried the incident of the job of <see cref="BookmarkId"/> (a timer or an asynchronous continuation waiting at
/// <see cref="ElementId"/>): run it now, as a <see cref="JobScheduled"/> would, keeping the tries the retry gave it.
/// </summary>
public sealed record JobRetried(Guid InstanceId, string BookmarkId, string ElementId, DateTimeOffset DueAt) : WorkflowEffect(InstanceId);
