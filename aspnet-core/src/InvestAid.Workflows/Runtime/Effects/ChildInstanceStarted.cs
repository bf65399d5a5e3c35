namespace InvestAid.Workflows.Runtime.Effects;

public sealed record ChildInstanceStarted(Guid InstanceId, Guid ChildInstanceId, string CalledElement) : WorkflowEffect(InstanceId);
