namespace InvestAid.Workflows.Bpmn;

/// <summary>What an event waits for or throws.</summary>
public enum EventTrigger
{
    Message,
    Signal,
    Timer,
    Error,
    Escalation,
    Conditional,
    Link,
    Compensation,
}

/// <summary>
/// An event definition: <see cref="Reference"/> is the message or signal name, the error or escalation
/// code (null catches every one) or the link name; <see cref="Condition"/> the <c>${...}</c> of a conditional event.
/// </summary>
public sealed record EventDefinition(EventTrigger Trigger, string? Reference = null, TimerSpec? Timer = null, string? Condition = null);
