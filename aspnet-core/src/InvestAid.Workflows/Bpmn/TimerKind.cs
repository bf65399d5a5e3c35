namespace InvestAid.Workflows.Bpmn;

public enum TimerKind
{
    Duration,
    Date,
    Cycle,
}
