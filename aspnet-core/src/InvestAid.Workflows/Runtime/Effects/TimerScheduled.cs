namespace InvestAid.Workflows.Runtime.Effects;

/// <summary>Schedule a job that calls FireTimer(InstanceId, BookmarkId) at <see cref="DueAt"/>.</summary>
public sealed record TimerScheduled(Guid InstanceId, string BookmarkId, string ElementId, DateTimeOffset DueAt) : WorkflowEffect(InstanceId);
