namespace InvestAid.Workflows;

public sealed record WorkflowTaskDto(
    string Id, Guid InstanceId, string DefinitionKey, string? BusinessKey, string ElementId, string? Name, string? Assignee,
    IReadOnlyList<string> CandidateUsers, IReadOnlyList<string> CandidateGroups, DateTimeOffset? DueAt, bool Overdue,
    IReadOnlyList<string> Outcomes, string Status, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, string? CompletedBy,
    string? Outcome, string? FormKey);
