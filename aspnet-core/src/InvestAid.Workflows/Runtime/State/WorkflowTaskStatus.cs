namespace InvestAid.Workflows.Runtime.State;

public enum WorkflowTaskStatus
{
    Open,
    Completed,
    Cancelled,
}
