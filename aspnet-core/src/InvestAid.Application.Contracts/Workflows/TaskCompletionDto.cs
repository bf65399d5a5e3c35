namespace InvestAid.Workflows;

/// <summary>
/// What completing a task did: the instance's version after it (a retry with the same idempotency key gets the same answer) and the
/// tasks it opened, so a client can go on to the next step without reading the instance again.
/// </summary>
public sealed record TaskCompletionDto(Guid InstanceId, string TaskId, int InstanceVersion, IReadOnlyList<OpenedTaskDto> OpenedTasks);

/// <summary>A task the completion opened, in this instance or another (a called procedure).</summary>
public sealed record OpenedTaskDto(Guid InstanceId, string TaskId, string StepId);
