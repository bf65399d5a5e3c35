namespace InvestAid.Notifications;

/// <summary>A recurring job's schedule (cron, Asia/Ho_Chi_Minh) and thresholds, edited by administrators.</summary>
public sealed class JobSetting
{
    private JobSetting() { }

    public JobSetting(string id, string cron, bool enabled, decimal? threshold, int? delayDays, int? leadDays)
    {
        Id = id;
        Cron = cron;
        Enabled = enabled;
        Threshold = threshold;
        DelayDays = delayDays;
        LeadDays = leadDays;
    }

    public string Id { get; private set; } = "";
    public string Cron { get; set; } = "";
    public bool Enabled { get; set; }
    /// <summary>Disbursement lag: the share of the expected amount that may be missing before a reminder (0.2 = 20 %).</summary>
    public decimal? Threshold { get; set; }
    /// <summary>Overdue tasks: working days after the due date before escalation to the leaders.</summary>
    public int? DelayDays { get; set; }
    /// <summary>Report deadlines: days before the legal due date to remind.</summary>
    public int? LeadDays { get; set; }
    /// <summary>History clean-up: days an ended instance is kept when its model sets no <c>camunda:historyTimeToLive</c> (null: kept for ever).</summary>
    public int? RetentionDays { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>When the job last ran to its end (jobs that record it: the history clean-up).</summary>
    public DateTimeOffset? LastRunAt { get; set; }
    /// <summary>What its last run did, counted (the history clean-up: instances deleted).</summary>
    public int? LastRunCount { get; set; }

    public static IReadOnlyList<JobSetting> Defaults() =>
    [
        new(JobIds.DisbursementLag, "0 7 * * *", true, 0.2m, null, null),
        new(JobIds.ReceiptOverdue, "5 7 * * *", true, null, null, null),
        new(JobIds.ReportDeadlines, "10 7 * * *", true, null, null, 7),
        new(JobIds.OverdueTasks, "0 8 * * 1-5", true, null, 2, null),
        new(JobIds.AidNotStarted, "15 7 * * *", true, null, null, null),
        new(JobIds.MailOutbox, "* * * * *", true, null, null, null),
        new(JobIds.ProcedureNotifications, "* * * * *", true, null, null, null),
        new(JobIds.HistoryCleanup, "30 2 * * *", true, null, null, null) { RetentionDays = DefaultRetentionDays },
        new(JobIds.DecisionArchive, "* * * * *", true, null, null, null),
    ];

    /// <summary>
    /// Ten years: administrative records of a procedure are kept at least that long; an administrator may shorten it, and a model's
    /// own <c>camunda:historyTimeToLive</c> wins.
    /// </summary>
    public const int DefaultRetentionDays = 3650;

    /// <summary>
    /// The settings a job runs with: the stored row (an administrator's edit) with any threshold it lacks taken from
    /// <see cref="Defaults"/>, or the default itself when the job has no row yet.
    /// </summary>
    public static JobSetting Effective(string id, JobSetting? stored)
    {
        var fallback = Defaults().FirstOrDefault(d => d.Id == id);
        if (stored is null)
        {
            return fallback ?? throw new ArgumentOutOfRangeException(nameof(id), id, "No such job.");
        }
        return fallback is null
            ? stored
            : new JobSetting(id, stored.Cron, stored.Enabled, stored.Threshold ?? fallback.Threshold, stored.DelayDays ?? fallback.DelayDays,
                stored.LeadDays ?? fallback.LeadDays)
            {
                RetentionDays = stored.RetentionDays ?? fallback.RetentionDays, UpdatedAt = stored.UpdatedAt, LastRunAt = stored.LastRunAt,
                LastRunCount = stored.LastRunCount,
            };
    }
}
