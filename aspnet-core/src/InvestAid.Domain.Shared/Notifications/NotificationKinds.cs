namespace InvestAid.Notifications;

/// <summary>The kinds of notification; users switch e-mail on or off per kind.</summary>
public static class NotificationKinds
{
    public const string DisbursementLag = "disbursement-lag";
    public const string ReceiptOverdue = "receipt-overdue";
    public const string ReportDue = "report-due";
    public const string TaskOverdue = "task-overdue";
    public const string TaskEscalated = "task-escalated";
    public const string AidNotStarted = "aid-not-started";
    /// <summary>A step of an approval procedure tells the people involved (decision made, dossier received …).</summary>
    public const string Procedure = "procedure";
    /// <summary>A job of a procedure failed after its retries: an incident waits for an administrator (retry or resolve).</summary>
    public const string WorkflowIncident = "workflow-incident";

    public static readonly IReadOnlyList<string> All = [DisbursementLag, ReceiptOverdue, ReportDue, TaskOverdue, TaskEscalated, AidNotStarted, Procedure, WorkflowIncident];
}
