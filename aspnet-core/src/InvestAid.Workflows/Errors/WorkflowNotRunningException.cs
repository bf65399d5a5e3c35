namespace InvestAid.Workflows;

/// <summary>A command other than a read was sent to an instance that has ended.</summary>
public sealed class WorkflowNotRunningException(Guid instanceId, string status)
    : WorkflowException($"Workflow instance {instanceId} is {status}.");
