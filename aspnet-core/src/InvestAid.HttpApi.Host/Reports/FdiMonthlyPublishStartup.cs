using Hangfire;
using InvestAid.Common;
using InvestAid.Hosting;

namespace InvestAid.Reports;

/// <summary>
/// Registers the recurring job that publishes the previous month's FDI summary on the day of the month set in
/// <c>Reports:FdiMonthlyPublishDay</c> (default 5) at 06:00 Vietnam time. The job publishes only a month that
/// has no revision yet, so running it twice publishes nothing twice.
/// </summary>
public sealed class FdiMonthlyPublishStartup(IServiceProvider services, IConfiguration config, ILogger<FdiMonthlyPublishStartup> logger)
    : AfterServerStartup(logger)
{
    public const string JobId = "fdi-monthly-publish";

    protected override string What => "registering the monthly FDI publication job";

    protected override Task RunAsync(CancellationToken cancellationToken)
    {
        var day = Math.Clamp(config.GetValue("Reports:FdiMonthlyPublishDay", 5), 1, 28);
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<FdiMonthlyReportService>(
            JobId, s => s.PublishPreviousMonthIfMissingAsync(CancellationToken.None), Cron.Monthly(day, 6),
            new RecurringJobOptions { TimeZone = VietnamTime.Zone });
        return Task.CompletedTask;
    }
}
