namespace InvestAid.Workflows;

/// <summary>The scheduler's job that fires a timer at <paramref name="DueAt"/>.</summary>
public sealed record WorkflowTimerJobEntry(Guid InstanceId, string BookmarkId, string JobId, DateTimeOffset DueAt);
