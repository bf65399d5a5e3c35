using Hangfire;
using InvestAid.Common;
using InvestAid.Hosting;

namespace InvestAid.Validation;

/// <summary>Registers the validated-data jobs: automatic acceptance (01:00), the officers' digest (07:00), enterprise report reminders (07:30), Vietnam time.</summary>
public sealed class ValidationJobsStartup(IServiceProvider services, ILogger<ValidationJobsStartup> logger) : AfterServerStartup(logger)
{
    protected override string What => "registering the validated-data jobs";

    protected override Task RunAsync(CancellationToken cancellationToken)
    {
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        var options = new RecurringJobOptions { TimeZone = VietnamTime.Zone };
        jobs.AddOrUpdate<ValidationJobs>(ValidationJobs.AutoAcceptJobId, j => j.AutoAcceptAsync(CancellationToken.None), Cron.Daily(1), options);
        jobs.AddOrUpdate<ValidationJobs>(ValidationJobs.DigestJobId, j => j.DigestAsync(null, CancellationToken.None), Cron.Daily(7), options);
        jobs.AddOrUpdate<ValidationJobs>(ValidationJobs.EnterpriseReportsJobId, j => j.EnterpriseReportsAsync(null, CancellationToken.None), Cron.Daily(7, 30), options);
        return Task.CompletedTask;
    }
}
