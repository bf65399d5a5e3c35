namespace InvestAid.Workflows;

/// <summary>A running instance cannot move to the requested definition version.</summary>
public sealed class InstanceMigrationException(Guid instanceId, int targetVersion, string reason)
    : WorkflowException($"Instance {instanceId} cannot move to version {targetVersion}: {reason}.")
{
    public Guid InstanceId { get; } = instanceId;
    public int TargetVersion { get; } = targetVersion;
}
