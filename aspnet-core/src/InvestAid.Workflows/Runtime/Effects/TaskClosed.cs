namespace InvestAid.Workflows.Runtime.Effects;

/// <summary>A task left the inbox: completed, or cancelled by a timer, a completion condition or termination.</summary>
public sealed record TaskClosed(Guid InstanceId, string TaskId, string ElementId, bool Cancelled) : WorkflowEffect(InstanceId);
