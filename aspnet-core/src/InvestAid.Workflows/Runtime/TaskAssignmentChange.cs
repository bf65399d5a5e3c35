namespace InvestAid.Workflows.Runtime;

/// <summary>What <see cref="WorkflowEngine.ChangeTaskAssignmentAsync"/> does to a task.</summary>
public enum TaskAssignmentChange
{
    /// <summary>Sets (or, with null, removes) the assignee.</summary>
    SetAssignee,

    /// <summary>Hands the task to a delegate; the owner (the assignee so far) gets it back on resolve.</summary>
    Delegate,

    /// <summary>The delegate's work is done: the task returns to its owner.</summary>
    Resolve,
}
