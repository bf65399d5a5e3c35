namespace InvestAid.Workflows.Runtime.Effects;

/// <summary>The call activity waiting for this child was cancelled; the child should be cancelled too.</summary>
public sealed record ChildInstanceCancelRequested(Guid InstanceId, Guid ChildInstanceId) : WorkflowEffect(InstanceId);
