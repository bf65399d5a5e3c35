namespace InvestAid.Notifications;

/// <summary>Ids of the recurring jobs; they name the rows of <c>job_settings</c> and the jobs on the Hangfire dashboard.</summary>
public static class JobIds
{
    public const string DisbursementLag = "reminders-disbursement-lag";
    public const string ReceiptOverdue = "reminders-ngo-receipts";
    public const string ReportDeadlines = "reminders-report-deadlines";
    public const string OverdueTasks = "reminders-overdue-tasks";
    public const string AidNotStarted = "reminders-aid-not-started";
    public const string MailOutbox = "mail-outbox";
    /// <summary>Delivers the notifications that procedures ask for (the <c>notify</c> service task).</summary>
    public const string ProcedureNotifications = "notifications-procedures";

    /// <summary>Deletes ended procedure instances older than their model's history time-to-live (or the default in its settings).</summary>
    public const string HistoryCleanup = "workflow-history-cleanup";

    /// <summary>Starts the archive procedure (<c>decision-archive</c>) for each approved decision not yet handed to the archive.</summary>
    public const string DecisionArchive = "procedures-decision-archive";

    public static readonly IReadOnlyList<string> All =
        [DisbursementLag, ReceiptOverdue, ReportDeadlines, OverdueTasks, AidNotStarted, MailOutbox, ProcedureNotifications, HistoryCleanup, DecisionArchive];
}
