namespace InvestAid.Workflows.Bpmn;

/// <summary>A receive task: waits for its message (or, without one, a message named by the task id).</summary>
public sealed record ReceiveTask(string Id, string? Name, int Line, string MessageName) : FlowNode(Id, Name, Line)
{
    public override string Kind => "receiveTask";
}
