namespace InvestAid.Workflows;

/// <summary>The instance has no external task of this id waiting (done already, or cancelled by a boundary event).</summary>
public sealed class ExternalTaskNotFoundException(Guid instanceId, string externalTaskId)
    : WorkflowException($"Workflow instance {instanceId} has no external task '{externalTaskId}' waiting.")
{
    public string ExternalTaskId { get; } = externalTaskId;
}
