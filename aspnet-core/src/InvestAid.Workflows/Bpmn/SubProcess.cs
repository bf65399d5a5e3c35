namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// An embedded sub-process: its own start event, tokens and boundary events. An event sub-process
/// (<see cref="TriggeredByEvent"/>) has no flows and starts when its start event's trigger occurs
/// while the enclosing scope runs.
/// </summary>
public sealed record SubProcess(string Id, string? Name, int Line, bool TriggeredByEvent) : FlowNode(Id, Name, Line)
{
    /// <summary>multiInstanceLoopCharacteristics: the sub-process runs once per element, each run a scope of its own.</summary>
    public MultiInstanceSpec? MultiInstance { get; init; }

    public override string Kind => TriggeredByEvent ? "eventSubProcess" : "subProcess";
}
