namespace InvestAid.Workflows.Bpmn;

/// <summary>Starts the latest definition of <see cref="CalledElement"/> as a child instance and waits for it.</summary>
public sealed record CallActivity(string Id, string? Name, int Line, string CalledElement) : FlowNode(Id, Name, Line)
{
    public override string Kind => "callActivity";
}
