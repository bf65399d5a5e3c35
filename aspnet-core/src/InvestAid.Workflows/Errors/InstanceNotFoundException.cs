namespace InvestAid.Workflows;

public sealed class InstanceNotFoundException(Guid instanceId)
    : WorkflowException($"No workflow instance {instanceId}.");
