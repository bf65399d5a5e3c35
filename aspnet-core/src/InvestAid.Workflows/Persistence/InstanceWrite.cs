using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Persistence;

/// <summary>An instance to save, and the version it had when loaded (0 for a new instance).</summary>
public sealed record InstanceWrite(WorkflowInstance Instance, int ExpectedVersion);
