using Hangfire;
using InvestAid.Hosting;

namespace InvestAid.Workflows;

/// <summary>Once the server listens: registers the minutely sweep (and the timer start events' job) and fires the timers that fell due while the application was down.</summary>
public sealed class WorkflowTimerStartup(IServiceProvider services, ILogger<WorkflowTimerStartup> logger) : AfterServerStartup(logger)
{
    public const string SweepJobId = "workflow-timer-sweep";

    protected override string What => "the sweep of workflow timers";

    protected override async Task RunAsync(CancellationToken cancellationToken)
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
}
