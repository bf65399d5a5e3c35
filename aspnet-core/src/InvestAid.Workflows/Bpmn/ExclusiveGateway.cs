namespace InvestAid.Workflows.Bpmn;

/// <summary>Takes the first outgoing flow whose condition holds, else the default flow.</summary>
public sealed record ExclusiveGateway(string Id, string? Name, int Line, string? DefaultFlowId) : FlowNode(Id, Name, Line)
{
    public override string Kind => "exclusiveGateway";
}
