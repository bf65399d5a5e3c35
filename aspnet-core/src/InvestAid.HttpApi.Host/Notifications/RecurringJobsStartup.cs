namespace InvestAid.Notifications;

/// <summary>At start-up: registers every reminder job and the mail sender with the schedules stored in <c>job_settings</c>.</summary>
public sealed class RecurringJobsStartup(IServiceProvider services, ILogger<RecurringJobsStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var scheduler = scope.ServiceProvider.GetRequiredService<IRecurringJobScheduler>();
            foreach (var setting in await scope.ServiceProvider.GetRequiredService<IJobSettingsStore>().ListAsync(cancellationToken))
            {
                scheduler.Apply(setting);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database hiccup must not stop the host; the next start or an admin's save registers them.
            logger.LogWarning(e, "Registering the recurring jobs failed");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
