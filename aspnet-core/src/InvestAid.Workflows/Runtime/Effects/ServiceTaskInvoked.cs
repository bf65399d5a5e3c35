namespace InvestAid.Workflows.Runtime.Effects;

/// <summary>Record that a handler ran during the command (it already ran; nothing left to do).</summary>
public sealed record ServiceTaskInvoked(Guid InstanceId, string ElementId, string Handler) : WorkflowEffect(InstanceId);
