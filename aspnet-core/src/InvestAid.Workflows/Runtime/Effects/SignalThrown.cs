namespace InvestAid.Workflows.Runtime.Effects;

/// <summary>A signal was thrown: the instance's own catchers have run; the caller broadcasts it to other instances.</summary>
public sealed record SignalThrown(Guid InstanceId, string SignalName) : WorkflowEffect(InstanceId);
