namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// Forks to every outgoing flow whose condition holds (or the default); as a join, waits only
/// for the branches its matching fork activated.
/// </summary>
public sealed record InclusiveGateway(string Id, string? Name, int Line, string? DefaultFlowId) : FlowNode(Id, Name, Line)
{
    public override string Kind => "inclusiveGateway";
}
