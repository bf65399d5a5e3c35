namespace InvestAid.Dossiers;

/// <summary>
/// One row of a person's inbox: the step, its dossier (received on <see cref="ReceivedOn"/>) and project, how much time is
/// left (negative when overdue), and the task's Camunda priority (default 50) and follow-up date.
/// </summary>
public sealed record InboxItemDto(
    string TaskId, Guid InstanceId, string ProcedureKey, string StepId, string? StepName, Guid? DossierId, Guid? ProjectId,
    string? ProjectCode, string? ProjectName, DateTimeOffset? DueAt, DateOnly? DueDate, int? WorkingDaysLeft, bool Overdue,
    IReadOnlyList<string> Outcomes, IReadOnlyList<string> CandidateGroups, string? Assignee, DateTimeOffset CreatedAt,
    int Priority, DateTimeOffset? FollowUpAt, DateOnly? ReceivedOn = null);
