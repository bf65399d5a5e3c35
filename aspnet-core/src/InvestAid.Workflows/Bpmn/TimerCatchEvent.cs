namespace InvestAid.Workflows.Bpmn;

/// <summary>An intermediate catch event that waits for a timer.</summary>
public sealed record TimerCatchEvent(string Id, string? Name, int Line, TimerSpec Timer) : FlowNode(Id, Name, Line)
{
    public override string Kind => "intermediateTimerCatchEvent";
}
