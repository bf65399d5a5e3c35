using InvestAid.Hosting;

namespace InvestAid.Notifications;

/// <summary>Once the server listens: registers every reminder job and the mail sender with the schedules stored in <c>job_settings</c>.</summary>
public sealed class RecurringJobsStartup(IServiceProvider services, ILogger<RecurringJobsStartup> logger) : AfterServerStartup(logger)
{
    protected override string What => "registering the recurring jobs";

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<IRecurringJobScheduler>();
        foreach (var setting in await scope.ServiceProvider.GetRequiredService<IJobSettingsStore>().ListAsync(cancellationToken))
        {
            scheduler.Apply(setting);
        }
    }
}
