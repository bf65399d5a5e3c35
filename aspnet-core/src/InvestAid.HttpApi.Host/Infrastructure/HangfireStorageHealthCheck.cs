using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InvestAid.Hosting;

/// <summary>Ready only when Hangfire can reach its storage (the <c>hangfire</c> schema in PostgreSQL).</summary>
public sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stats = storage.GetMonitoringApi().GetStatistics();
            return Task.FromResult(HealthCheckResult.Healthy($"{stats.Servers} server(s), {stats.Enqueued} enqueued"));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage unreachable", ex));
        }
    }
}
