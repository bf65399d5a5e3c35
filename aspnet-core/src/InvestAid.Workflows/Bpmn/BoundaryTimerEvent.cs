namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// A timer on the border of a user task. Interrupting (the default, <c>cancelActivity="true"</c>)
/// cancels the task; non-interrupting leaves the task open and starts a new token (reminders).
/// </summary>
public sealed record BoundaryTimerEvent(string Id, string? Name, int Line, string AttachedToId, bool Interrupting, TimerSpec Timer)
    : FlowNode(Id, Name, Line)
{
    public override string Kind => "boundaryTimerEvent";
}
