namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// A user task. Assignee, candidates and due date may be <c>${...}</c> expressions, resolved
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

    public override string Kind => "userTask";
}
