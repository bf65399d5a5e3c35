namespace InvestAid.Workflows.Bpmn;

/// <summary>Forks to every outgoing flow; as a join, waits for a token on every incoming flow.</summary>
public sealed record ParallelGateway(string Id, string? Name, int Line) : FlowNode(Id, Name, Line)
{
    public override string Kind => "parallelGateway";
}
