namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// A node of a parsed process. Nodes are immutable: one parsed definition is shared by every
/// instance that runs it, on any thread.
/// </summary>
public abstract record FlowNode(string Id, string? Name, int Line)
{
    public IReadOnlyList<SequenceFlow> Incoming { get; internal set; } = [];

    /// <summary>Outgoing flows in document order: the exclusive gateway takes the first true one.</summary>
    public IReadOnlyList<SequenceFlow> Outgoing { get; internal set; } = [];

    /// <summary>Boundary events attached to this node: <see cref="BoundaryTimerEvent"/> and <see cref="BoundaryEvent"/>.</summary>
    public IReadOnlyList<FlowNode> Boundaries { get; internal set; } = [];

    /// <summary>camunda:executionListener (start, end) and, on user tasks, camunda:taskListener (create, assignment, complete).</summary>
    public IReadOnlyList<Listener> Listeners { get; internal set; } = [];

    /// <summary>The id of the sub-process this node lies in; null at process level.</summary>
    public string? ScopeId { get; internal set; }

    /// <summary>Short BPMN kind written to history, e.g. "userTask".</summary>
    public abstract string Kind { get; }
}
