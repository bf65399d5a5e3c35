namespace InvestAid.Workflows.Runtime.Effects;

/// <summary>This child completed: resume its parent at <see cref="BookmarkId"/>.</summary>
public sealed record ParentResumeRequested(Guid InstanceId, Guid ParentInstanceId, string BookmarkId) : WorkflowEffect(InstanceId);
