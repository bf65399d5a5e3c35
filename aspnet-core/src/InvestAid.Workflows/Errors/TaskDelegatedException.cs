namespace InvestAid.Workflows;

/// <summary>The task is delegated (PENDING): the delegate resolves it back to its owner before anyone completes it.</summary>
public sealed class TaskDelegatedException(string taskId)
    : WorkflowException($"Task '{taskId}' is delegated; the delegate resolves it back to its owner before it is completed.")
{
    public string TaskId { get; } = taskId;
}
