using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Persistence;

/// <summary>
/// Filters for the task list. <see cref="ActorId"/> with <see cref="ActorGroups"/> finds the
/// tasks a person may complete: assigned to them, or offered to them or one of their groups.
/// </summary>
public sealed record TaskQuery
{
    public Guid? InstanceId { get; init; }
    public string? BusinessKey { get; init; }
    public string? ActorId { get; init; }
    public IReadOnlyCollection<string> ActorGroups { get; init; } = [];
    public WorkflowTaskStatus? Status { get; init; } = WorkflowTaskStatus.Open;
}
