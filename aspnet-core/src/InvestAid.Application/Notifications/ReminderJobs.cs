using InvestAid.Common;

namespace InvestAid.Notifications;

/// <summary>
/// Runs a recurring reminder job by its id (the Hangfire entry point): reads its settings, lets the job find its due
/// items, and hands them to <see cref="IReminderStore.WriteAsync"/>, which makes each reminder once however often or
/// wherever the job runs. <paramref name="at"/> of <see cref="RunAsync"/> is "now" (null: the clock), so a past or
/// future day can be replayed.
/// </summary>
public sealed class ReminderJobs(IEnumerable<IReminderJob> jobs, IJobSettingsStore settings, IReminderStore store, TimeProvider clock)
{
    /// <returns>How many new reminders the run made.</returns>
    public async Task<int> RunAsync(string jobId, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var job = jobs.FirstOrDefault(j => j.JobId == jobId)
            ?? throw new ArgumentOutOfRangeException(nameof(jobId), jobId, "Not a reminder job.");
        var now = (at ?? clock.GetUtcNow()).ToUniversalTime();
        var setting = await settings.GetAsync(jobId, cancellationToken);
        var items = await job.FindDueAsync(now, VietnamTime.DateOf(now), setting, cancellationToken);
        return await store.WriteAsync(items, now, cancellationToken);
    }
}
