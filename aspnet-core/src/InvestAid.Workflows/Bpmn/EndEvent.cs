namespace InvestAid.Workflows.Bpmn;

/// <summary>An end event; a terminate end event ends every token of the instance.</summary>
public sealed record EndEvent(string Id, string? Name, int Line, bool Terminate) : FlowNode(Id, Name, Line)
{
    public override string Kind => "endEvent";
}
