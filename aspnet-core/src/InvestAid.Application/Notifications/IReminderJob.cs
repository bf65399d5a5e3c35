namespace InvestAid.Notifications;

/// <summary>
/// One recurring reminder job: finds every item due at a moment, rendered, with its idempotency key and recipients.
/// <see cref="ReminderJobs"/> runs it and writes what no earlier run made.
/// </summary>
public interface IReminderJob
{
    /// <summary>The job's id (<see cref="JobIds"/>): its Hangfire recurring job and its row of settings.</summary>
    string JobId { get; }

    /// <param name="now">The moment of the run (UTC).</param>
    /// <param name="today">Its day in Viet Nam.</param>
    /// <param name="setting">The job's settings, defaults filled in.</param>
    Task<IReadOnlyList<ReminderItem>> FindDueAsync(DateTimeOffset now, DateOnly today, JobSetting setting, CancellationToken cancellationToken);
}
