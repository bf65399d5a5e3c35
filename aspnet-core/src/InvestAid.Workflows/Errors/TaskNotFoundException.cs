namespace InvestAid.Workflows;

public sealed class TaskNotFoundException(Guid instanceId, string taskId)
    : WorkflowException($"Workflow instance {instanceId} has no task '{taskId}'.")
{
    public string TaskId { get; } = taskId;
}
