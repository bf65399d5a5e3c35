using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime;

/// <summary>Who may complete a task, and with which outcome.</summary>
public static class TaskPermissions
{
    /// <summary>
    /// The assignee, a candidate user or a member of a candidate group may complete the task;
    /// a task with none of these is open to anyone the application lets call the command.
    /// </summary>
    public static void EnsureCanComplete(WorkflowTask task, Actor actor)
    {
        var restricted = task.Assignee is not null || task.CandidateUsers.Count > 0 || task.CandidateGroups.Count > 0;
        var allowed = !restricted
            || actor.Is(task.Assignee)
            || task.CandidateUsers.Exists(actor.Is)
            || actor.InAnyGroup(task.CandidateGroups);
        if (!allowed)
        {
            throw new TaskNotAssignableException(task.Id, actor.UserId);
        }
    }

    /// <summary>A delegated task (Camunda's <c>delegationState=PENDING</c>) is resolved back to its owner, not completed.</summary>
    public static void EnsureNotDelegated(WorkflowTask task)
    {
        if (task.DelegationState == DelegationStates.Pending)
        {
            throw new TaskDelegatedException(task.Id);
        }
    }

    public static void EnsureOutcome(WorkflowTask task, string? outcome)
    {
        if (task.Outcomes.Count > 0 && (outcome is null || !task.Outcomes.Contains(outcome, StringComparer.Ordinal)))
        {
            throw new InvalidOutcomeException(task.Id, outcome, task.Outcomes);
        }
    }
}
