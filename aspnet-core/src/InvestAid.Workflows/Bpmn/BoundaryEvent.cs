namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// A message, signal, error, escalation, conditional or compensation event on the border of an activity
/// (timers are <see cref="BoundaryTimerEvent"/>). Interrupting (the default) cancels the activity.
/// </summary>
public sealed record BoundaryEvent(string Id, string? Name, int Line, string AttachedToId, bool Interrupting, EventDefinition Event)
    : FlowNode(Id, Name, Line)
{
    public override string Kind => "boundaryEvent";
}
