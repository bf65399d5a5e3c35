namespace InvestAid.Workflows.Runtime.Effects;

/// <summary>The timer (or asynchronous job) is no longer wanted; firing it anyway is harmless (the bookmark is gone).</summary>
public sealed record TimerCancelled(Guid InstanceId, string BookmarkId) : WorkflowEffect(InstanceId);
