using System.Text.Json.Nodes;

namespace InvestAid.Workflows.Runtime.State;

/// <summary>A user task as people see it in their inbox.</summary>
public sealed class WorkflowTask
{
    public string Id { get; set; } = "";
    public string ElementId { get; set; } = "";
    public string? Name { get; set; }
    public string TokenId { get; set; } = "";
    public string? Assignee { get; set; }

    /// <summary>Camunda's task owner: who delegated the task and gets it back when the delegate resolves it.</summary>
    public string? Owner { get; set; }

    /// <summary>Camunda's delegation state: null, <see cref="DelegationStates.Pending"/> or <see cref="DelegationStates.Resolved"/>.</summary>
    public string? DelegationState { get; set; }
    public List<string> CandidateUsers { get; set; } = [];
    public List<string> CandidateGroups { get; set; } = [];
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Camunda's follow-up date: when someone should look at the task again (no effect on the process); null without one.</summary>
    public DateTimeOffset? FollowUpAt { get; set; }

    /// <summary>Camunda's task priority (default 50); the inbox lists higher priorities first among tasks due at the same time.</summary>
    public int Priority { get; set; } = Bpmn.UserTask.DefaultPriority;
    public string? FormKey { get; set; }
    public List<string> Outcomes { get; set; } = [];
    public WorkflowTaskStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }
    public string? Comment { get; set; }

    /// <summary>Index of this instance within a multi-instance task (loopCounter), else null.</summary>
    public int? MultiInstanceIndex { get; set; }

    /// <summary>Variables visible only to this task, e.g. the multi-instance element variable.</summary>
    public JsonObject LocalVariables { get; set; } = [];
}

/// <summary>The values of <see cref="WorkflowTask.DelegationState"/>, spelled as Camunda's REST API spells them.</summary>
public static class DelegationStates
{
    public const string Pending = "PENDING";
    public const string Resolved = "RESOLVED";
}
