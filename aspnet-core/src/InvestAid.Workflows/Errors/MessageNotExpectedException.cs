namespace InvestAid.Workflows;

/// <summary>No token of the instance waits for this message.</summary>
public sealed class MessageNotExpectedException(Guid instanceId, string messageName)
    : WorkflowException($"Workflow instance {instanceId} is not waiting for message '{messageName}'.")
{
    public string MessageName { get; } = messageName;
}
