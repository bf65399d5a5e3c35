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

    public IEnumerable<StartEvent> StartEvents => Nodes.Values.OfType<StartEvent>();

    public FlowNode Node(string id) => Nodes[id];
}
