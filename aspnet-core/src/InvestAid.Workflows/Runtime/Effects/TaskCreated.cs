namespace InvestAid.Workflows.Runtime.Effects;

public sealed record TaskCreated(Guid InstanceId, string TaskId, string ElementId, string? Assignee, DateTimeOffset? DueAt) : WorkflowEffect(InstanceId);
