namespace InvestAid.Workflows.Bpmn;

/// <summary>An intermediate catch event for a signal, a condition or a link.</summary>
public sealed record CatchEvent(string Id, string? Name, int Line, EventDefinition Event) : FlowNode(Id, Name, Line)
{
    public override string Kind => "intermediateCatchEvent";
}
