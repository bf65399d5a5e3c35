namespace InvestAid.Notifications;

/// <summary>
/// What the reminder jobs read and write. Each query finds every due item of one job at once and leaves out those
/// whose reminder key a run already made; <see cref="WriteAsync"/> makes each reminder once however often it is called.
/// </summary>
public interface IReminderStore
{
    /// <summary>ODA and concessional-loan projects whose disbursements to <paramref name="checkpoint"/> lag the year's plan.</summary>
    /// <param name="expectedShare">The share of the plan expected by the checkpoint.</param>
    /// <param name="threshold">The share of the expected amount that may be missing.</param>
    /// <param name="period">The key suffix of the checkpoint (<c>2025Q1</c>).</param>
    Task<IReadOnlyList<LaggingDisbursement>> LaggingDisbursementsAsync(int year, DateOnly checkpoint, decimal expectedShare, decimal threshold, string period, CancellationToken cancellationToken);

    /// <summary>Aid instalments due before <paramref name="today"/> whose cumulative amount the receipts do not cover.</summary>
    Task<IReadOnlyList<OverdueReceipt>> OverdueReceiptsAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>Approved or active projects of each deadline's kind that have not been reminded of it (nor filed it).</summary>
    Task<IReadOnlyList<ReportDue>> ReportsDueAsync(IReadOnlyList<ReportDueQuery> deadlines, CancellationToken cancellationToken);

    /// <summary>Open workflow tasks past due at <paramref name="now"/>, unless both their reminder and escalation were made.</summary>
    Task<IReadOnlyList<OverdueTask>> OverdueTasksAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Approved NGO aid not started six months after approval.</summary>
    Task<IReadOnlyList<NotStartedAid>> AidNotStartedAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>Notifications the procedures' <c>notify</c> steps asked for and no run has delivered.</summary>
    Task<IReadOnlyList<ProcedureNotificationRequest>> ProcedureNotificationsAsync(CancellationToken cancellationToken);

    /// <summary>Writes the reminders whose keys no run made before, with their notifications and mails.</summary>
    /// <returns>How many reminders were new.</returns>
    Task<int> WriteAsync(IReadOnlyList<ReminderItem> items, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>A project a reminder is about.</summary>
public sealed record ReminderProject(Guid Id, string Code, string Name, Guid? OwnerId);

public sealed record LaggingDisbursement(ReminderProject Project, decimal PlanVnd, decimal PaidVnd);

public sealed record OverdueReceipt(Guid ExpectedReceiptId, ReminderProject Project, DateOnly DueDate, decimal ExpectedUsd, decimal ReceivedUsd);

/// <summary>One deadline in its reminder window: the project kind, the reminder key prefix, and (FDI quarterly) the report's year and quarter.</summary>
public sealed record ReportDueQuery(string Kind, string KeyPrefix, int? Year, int? Quarter);

/// <summary>A project that owes the report of <see cref="ReportDueQuery"/> number <paramref name="Index"/> (from 0).</summary>
public sealed record ReportDue(int Index, ReminderProject Project);

public sealed record OverdueTask(
    Guid InstanceId, string TaskId, string TaskName, string? Assignee, IReadOnlyList<string> CandidateUsers, IReadOnlyList<string> CandidateGroups,
    DateTimeOffset DueAt, string? BusinessKey, string DefinitionKey, int DefinitionVersion, string ElementId);

public sealed record NotStartedAid(ReminderProject Project, DateOnly ApprovedOn);

/// <summary>A <c>notify</c> step's request, with its dossier's project when there is one.</summary>
public sealed record ProcedureNotificationRequest(
    Guid InstanceId, string ElementId, string To, string Subject, string RequestedAt, Guid? ProjectId, string? Code, string? Name, Guid? OwnerId);
