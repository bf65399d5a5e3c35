using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Persistence;

/// <summary>
/// An instance to save, and the version it had when loaded (0 for a new instance). <paramref name="Previous"/>,
/// the instance as loaded, lets a store write only the tasks and history entries the command changed.
/// </summary>
public sealed record InstanceWrite(WorkflowInstance Instance, int ExpectedVersion, WorkflowInstance? Previous = null);
