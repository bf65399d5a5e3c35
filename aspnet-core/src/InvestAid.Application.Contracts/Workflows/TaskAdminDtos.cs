namespace InvestAid.Workflows;

/// <summary>The user (by id) to make the task's assignee, or null to unclaim it.</summary>
public sealed record TaskAssigneeRequest(Guid? UserId);

/// <summary>The user (by id) the task is delegated to.</summary>
public sealed record TaskDelegateRequest(Guid UserId);

/// <summary>
/// An open task no one who may sign in can take: offered to nobody (<c>nobody</c>), assigned to an id that maps to nobody
/// (<c>assignee</c>), or offered only to ids that map to nobody or to groups without members (<c>candidates</c>).
/// </summary>
public sealed record UnassignableTaskDto(
    string TaskId, Guid InstanceId, string DefinitionKey, string? BusinessKey, string ElementId, string? Name, string Reason,
    IReadOnlyList<string> UnresolvedIds, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, string ETag);
