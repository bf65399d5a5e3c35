namespace InvestAid.Workflows;

public sealed class TaskNotFoundException(Guid instanceId, string taskId)
    : WorkflowException($"No task '{taskId}'.")
{
    public string TaskId { get; } = taskId;

    /// <summary>The instance looked in (never in the message: the caller may not be allowed to see it).</summary>
    public Guid InstanceId { get; } = instanceId;
}
