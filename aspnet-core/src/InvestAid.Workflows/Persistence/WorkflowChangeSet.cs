namespace InvestAid.Workflows.Persistence;

/// <summary>
/// Everything one command writes, saved all-or-nothing: the instance, children it started,
/// and the receipt of a task completion under its idempotency key.
/// </summary>
public sealed record WorkflowChangeSet(IReadOnlyList<InstanceWrite> Writes, string? IdempotencyKey = null, CompletionReceipt? Receipt = null);
