namespace InvestAid.Workflows;

public sealed record WorkflowTaskDto(
    string Id, Guid InstanceId, string DefinitionKey, string? BusinessKey, string ElementId, string? Name, string? Assignee,
    IReadOnlyList<string> CandidateUsers, IReadOnlyList<string> CandidateGroups, DateTimeOffset? DueAt, bool Overdue,
    IReadOnlyList<string> Outcomes, string Status, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, string? CompletedBy,
    string? Outcome, string? FormKey, int Priority, DateTimeOffset? FollowUpAt)
{
    /// <summary>Who delegated the task (Camunda's owner); it returns to them when the delegate resolves it.</summary>
    public string? Owner { get; init; }

    /// <summary>Camunda's delegation state: null, <c>PENDING</c> (with the delegate) or <c>RESOLVED</c>.</summary>
    public string? DelegationState { get; init; }

    /// <summary>The task's assignment as last read; administrators' task actions send it back in <c>If-Match</c>.</summary>
    public string ETag { get; init; } = "";
}
