namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// A user task. Assignee, candidates, due and follow-up dates and priority may be <c>${...}</c> expressions, resolved
/// when the task is created. An empty <see cref="Outcomes"/> list accepts any outcome.
/// </summary>
public sealed record UserTask(
    string Id,
    string? Name,
    int Line,
    string? Assignee,
    IReadOnlyList<string> CandidateUsers,
    IReadOnlyList<string> CandidateGroups,
    string? DueDate,
    string? FormKey,
    IReadOnlyList<string> Outcomes,
    MultiInstanceSpec? MultiInstance) : FlowNode(Id, Name, Line)
{
    /// <summary>The Camunda Form the task shows and its completion is validated against; null without one.</summary>
    public FormRef? Form { get; init; }

    /// <summary>camunda:followUpDate: an ISO date, a duration from the task's creation or an expression yielding one; null without one.</summary>
    public string? FollowUpDate { get; init; }

    /// <summary>camunda:priority: an integer or an expression yielding one; null means Camunda's default, <see cref="DefaultPriority"/>.</summary>
    public string? Priority { get; init; }

    /// <summary>Camunda's default task priority.</summary>
    public const int DefaultPriority = 50;

    public override string Kind => "userTask";
}
