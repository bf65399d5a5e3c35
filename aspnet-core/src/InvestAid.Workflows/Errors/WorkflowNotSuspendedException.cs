namespace InvestAid.Workflows;

/// <summary>Resume was asked of an instance that is not suspended.</summary>
public sealed class WorkflowNotSuspendedException(Guid instanceId, string status)
    : WorkflowException($"Workflow instance {instanceId} is {status}, not suspended.");
