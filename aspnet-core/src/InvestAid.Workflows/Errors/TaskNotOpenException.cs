namespace InvestAid.Workflows;

/// <summary>The task was already completed or cancelled.</summary>
public sealed class TaskNotOpenException(string taskId, string status)
    : WorkflowException($"Task '{taskId}' is {status}, not open.")
{
    public string TaskId { get; } = taskId;
}
