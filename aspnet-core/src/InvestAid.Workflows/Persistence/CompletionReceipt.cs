using InvestAid.Workflows.Runtime.Effects;

namespace InvestAid.Workflows.Persistence;

/// <summary>The result of a task completion, kept under its idempotency key so a retry gets the same answer.</summary>
public sealed record CompletionReceipt(Guid InstanceId, string TaskId, int InstanceVersion, IReadOnlyList<WorkflowEffect> Effects);
