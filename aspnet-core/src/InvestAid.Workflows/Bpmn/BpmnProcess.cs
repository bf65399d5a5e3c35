namespace InvestAid.Workflows.Bpmn;

/// <summary>An executable process parsed from BPMN 2.0 XML; <see cref="Key"/> is the process id.</summary>
public sealed class BpmnProcess
{
    internal BpmnProcess(string key, string? name, IReadOnlyDictionary<string, FlowNode> nodes, IReadOnlyDictionary<string, SequenceFlow> flows)
    {
        Key = key;
        Name = name;
        Nodes = nodes;
        Flows = flows;
    }

    public string Key { get; }
    public string? Name { get; }

    /// <summary>Line of the process element, for errors about the process as a whole.</summary>
    public int Line { get; internal init; }
    public IReadOnlyDictionary<string, FlowNode> Nodes { get; }
    public IReadOnlyDictionary<string, SequenceFlow> Flows { get; }

    /// <summary>The process-level start events (not those of sub-processes).</summary>
    public IEnumerable<StartEvent> StartEvents => Nodes.Values.OfType<StartEvent>().Where(s => s.ScopeId is null);

    /// <summary>camunda:versionTag, camunda:historyTimeToLive, candidate starters: kept for the application.</summary>
    public string? VersionTag { get; internal init; }
    public string? HistoryTimeToLive { get; internal init; }
    public IReadOnlyList<string> CandidateStarterUsers { get; internal init; } = [];
    public IReadOnlyList<string> CandidateStarterGroups { get; internal init; } = [];

    /// <summary>
    /// Elements whose Camunda implementation is Java code (camunda:class, delegateExpression, expression, connector)
    /// and that no binding maps to a handler: publishing refuses them, naming each.
    /// </summary>
    public IReadOnlyList<JavaImplementation> UnboundJavaElements { get; internal init; } = [];

    /// <summary>Elements already reported while reading: the validator does not report their consequences again.</summary>
    internal IReadOnlySet<string> FailedElements { get; init; } = new HashSet<string>();

    /// <summary>The start events of a scope: a sub-process id, or null for the process.</summary>
    public IEnumerable<StartEvent> StartEventsOf(string? scopeId) => Nodes.Values.OfType<StartEvent>().Where(s => s.ScopeId == scopeId);

    /// <summary>The event sub-processes directly inside a scope.</summary>
    public IEnumerable<SubProcess> EventSubProcessesOf(string? scopeId) =>
        Nodes.Values.OfType<SubProcess>().Where(s => s.TriggeredByEvent && s.ScopeId == scopeId);

    public FlowNode Node(string id) => Nodes[id];
}

/// <summary>An element running Java code in Camunda: <see cref="Kind"/> is class, delegateExpression, expression or connector.</summary>
public sealed record JavaImplementation(string ElementId, int Line, string Kind, string Text);
