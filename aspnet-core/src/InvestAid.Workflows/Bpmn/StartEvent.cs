namespace InvestAid.Workflows.Bpmn;

/// <summary>A none start event, or a message start event when <see cref="MessageName"/> is set.</summary>
public sealed record StartEvent(string Id, string? Name, int Line, string? MessageName) : FlowNode(Id, Name, Line)
{
    public override string Kind => "startEvent";
}
