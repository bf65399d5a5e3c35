namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// Waits for the first of the events its flows lead to (intermediate message, timer, signal or conditional catch events, or
/// receive tasks); the path of the event that occurs is taken and the others stop waiting.
/// </summary>
public sealed record EventBasedGateway(string Id, string? Name, int Line) : FlowNode(Id, Name, Line)
{
    public override string Kind => "eventBasedGateway";
}
