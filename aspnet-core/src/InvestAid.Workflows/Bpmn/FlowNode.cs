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

    /// <summary>
    /// The node's name in other languages, by language code (e.g. <c>en</c>), from the Camunda extension properties
    /// <c>&lt;camunda:property name="name:en" value="…"/&gt;</c> (Camunda Modeler's "Extension properties"); <see cref="Name"/> stays the model's own.
    /// </summary>
    public IReadOnlyDictionary<string, string> LocalizedNames { get; internal set; } = EmptyNames;

    private static readonly IReadOnlyDictionary<string, string> EmptyNames = new Dictionary<string, string>();

    /// <summary>The name in <paramref name="language"/> where the model gives one, else the model's own name.</summary>
    public string? NameIn(string? language) =>
        language is not null && LocalizedNames.TryGetValue(language, out var localized) ? localized : Name;

    /// <summary>
    /// <c>camunda:failedJobRetryTimeCycle</c> (e.g. <c>R5/PT10M</c>): how often a job of this node (a timer firing, an asynchronous continuation) is tried
    /// before it opens an incident, and how long between tries; null for Camunda's default (3 tries).
    /// </summary>
    public string? FailedJobRetryTimeCycle { get; internal set; }

    /// <summary>
    /// <c>camunda:asyncBefore</c> (or the older <c>camunda:async</c>): a token reaching this node stops before it, the command commits,
    /// and a job (<see cref="Runtime.State.BookmarkKind.Job"/>) enters the node later in its own transaction.
    /// </summary>
    public bool AsyncBefore { get; internal set; }

    /// <summary><c>camunda:asyncAfter</c>: once the node ends, a job takes its outgoing flows later in its own transaction.</summary>
    public bool AsyncAfter { get; internal set; }

    /// <summary>
    /// <c>camunda:inputOutput</c>: inputs become the node's local variables when it starts, outputs are set in the enclosing
    /// scope when it ends (<see cref="Runtime.RunContext"/> applies them for every kind of node).
    /// </summary>
    public IoMapping IoMapping { get; internal set; } = IoMapping.None;

    /// <summary>The id of the sub-process this node lies in; null at process level.</summary>
    public string? ScopeId { get; internal set; }

    /// <summary>Short BPMN kind written to history, e.g. "userTask".</summary>
    public abstract string Kind { get; }
}
