namespace InvestAid.Workflows;

/// <summary>Only a delegated (PENDING) task can be resolved.</summary>
public sealed class TaskNotDelegatedException(string taskId)
    : WorkflowException($"Task '{taskId}' is not delegated, so there is nothing to resolve.")
{
    public string TaskId { get; } = taskId;
}
