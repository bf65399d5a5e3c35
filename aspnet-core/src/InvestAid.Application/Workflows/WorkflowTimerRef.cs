namespace InvestAid.Workflows;

/// <summary>A timer: its instance and bookmark.</summary>
public sealed record WorkflowTimerRef(Guid InstanceId, string BookmarkId);
