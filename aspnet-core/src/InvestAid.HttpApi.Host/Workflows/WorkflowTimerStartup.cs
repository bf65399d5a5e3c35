using Hangfire;

namespace InvestAid.Workflows;

/// <summary>At start-up: registers the minutely sweep (and the timer start events' job) and fires the timers that fell due while the application was down.</summary>
public sealed class WorkflowTimerStartup(IServiceProvider services, ILogger<WorkflowTimerStartup> logger) : IHostedService
{
    public const string SweepJobId = "workflow-timer-sweep";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<WorkflowTimerJob>(
                SweepJobId, j => j.SweepAsync(CancellationToken.None), Cron.Minutely());
            // Timer start events of published versions: each due firing starts one instance (claimed in the database, once across hosts).
            services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<WorkflowStartTimers>(
                WorkflowStartTimers.JobId, j => j.RunDueAsync(CancellationToken.None), Cron.Minutely());
            await using var scope = services.CreateAsyncScope();
            var fired = await scope.ServiceProvider.GetRequiredService<WorkflowTimerJob>().SweepAsync(cancellationToken);
            logger.LogInformation("Start-up sweep fired {Count} overdue workflow timer(s)", fired);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The minutely sweep catches up; a database hiccup must not stop the host.
            logger.LogWarning(e, "Start-up sweep of workflow timers failed");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
