namespace InvestAid.Workflows;

/// <summary>The actor is neither the assignee, a candidate user nor in a candidate group.</summary>
public sealed class TaskNotAssignableException(string taskId, string actorId)
    : WorkflowException($"User '{actorId}' may not complete task '{taskId}'.")
{
    public string TaskId { get; } = taskId;
    public string ActorId { get; } = actorId;
}
