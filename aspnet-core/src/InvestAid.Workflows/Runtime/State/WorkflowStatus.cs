namespace InvestAid.Workflows.Runtime.State;

public enum WorkflowStatus
{
    Running,
    Suspended,
    Completed,
    /// <summary>Ended by the Cancel command.</summary>
    Terminated,
    /// <summary>Stopped by a modelling error at run time (e.g. no gateway flow matched); see FaultMessage.</summary>
    Faulted,
}
