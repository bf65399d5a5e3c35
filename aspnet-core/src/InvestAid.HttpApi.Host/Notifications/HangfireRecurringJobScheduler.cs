using Hangfire;
using InvestAid.Common;

namespace InvestAid.Notifications;

/// <summary>Registers each job with Hangfire under its id, in the province's time zone; a disabled job is removed.</summary>
public sealed class HangfireRecurringJobScheduler(IRecurringJobManager jobs) : IRecurringJobScheduler
{
    public void Apply(JobSetting setting)
    {
        if (!setting.Enabled)
        {
            jobs.RemoveIfExists(setting.Id);
            return;
        }
        var options = new RecurringJobOptions { TimeZone = VietnamTime.Zone };
        var id = setting.Id;
        if (id == JobIds.MailOutbox)
        {
            jobs.AddOrUpdate<MailOutboxSender>(id, s => s.SendDueAsync(CancellationToken.None), setting.Cron, options);
        }
        else if (id == JobIds.HistoryCleanup)
        {
            jobs.AddOrUpdate<Workflows.Operations.HistoryCleanupJob>(id, j => j.RunAsync(CancellationToken.None), setting.Cron, options);
        }
        else if (id == JobIds.DecisionArchive)
        {
            jobs.AddOrUpdate<DecisionArchiveRun>(id, j => j.RunAsync(CancellationToken.None), setting.Cron, options);
        }
        else
        {
            jobs.AddOrUpdate<ReminderJobs>(id, j => j.RunAsync(id, null, CancellationToken.None), setting.Cron, options);
        }
    }
}

/// <summary>
/// The archive hand-over, one run at a time across hosts (Hangfire's distributed lock): a run decides what to start from what the
/// previous run started, so two at once could start the same decision's archive twice.
/// </summary>
public sealed class DecisionArchiveRun(Procedures.Archive.DecisionArchiveJob job)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => job.RunAsync(cancellationToken);
}
