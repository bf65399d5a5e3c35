namespace InvestAid.Workflows;

/// <summary>The instance was changed by another command since it was loaded (HTTP 409).</summary>
public sealed class ConcurrencyException(Guid instanceId, int expectedVersion)
    : WorkflowException($"Workflow instance {instanceId} is no longer at version {expectedVersion}.")
{
    public Guid InstanceId { get; } = instanceId;
    public int ExpectedVersion { get; } = expectedVersion;
}
