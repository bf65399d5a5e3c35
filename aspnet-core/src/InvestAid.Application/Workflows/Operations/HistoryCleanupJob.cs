using System.Globalization;
using System.Text.RegularExpressions;
using InvestAid.Notifications;
using InvestAid.Workflows.Runtime;
using Microsoft.Extensions.Logging;

namespace InvestAid.Workflows.Operations;

/// <summary>
/// History clean-up by time-to-live (Camunda's <c>historyTimeToLive</c>): deletes the instances of each procedure version that ended
/// (completed or cancelled) more than its model's <c>camunda:historyTimeToLive</c> days ago — or the job's
/// <see cref="JobSetting.RetentionDays"/> for a model that sets none — with everything kept about them. A second run finds nothing
/// more to delete. The count goes to the log and to the job's row (shown on the jobs page).
/// </summary>
public sealed partial class HistoryCleanupJob(
    IHistoryCleanupStore store, IWorkflowDefinitionStore definitions, IJobSettingsStore settings, TimeProvider clock,
    ILogger<HistoryCleanupJob> logger)
{
    /// <summary>Instances deleted per statement: short transactions on a large table.</summary>
    public const int Batch = 500;

    /// <returns>How many ended instances the run deleted.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var setting = await settings.GetAsync(JobIds.HistoryCleanup, cancellationToken);
        var now = clock.GetUtcNow();
        var total = 0;
        foreach (var (key, version) in await store.VersionsWithEndedInstancesAsync(cancellationToken))
        {
            var days = TimeToLiveOf(key, version) ?? setting.RetentionDays;
            if (days is not { } keep)
            {
                continue;
            }
            int deleted;
            do
            {
                deleted = await store.DeleteEndedAsync(key, version, now.AddDays(-keep), Batch, cancellationToken);
                total += deleted;
            }
            while (deleted == Batch);
        }
        await settings.RecordRunAsync(JobIds.HistoryCleanup, now, total, cancellationToken);
        logger.LogInformation("History clean-up deleted {Count} ended procedure instances", total);
        return total;
    }

    /// <summary>The model's time-to-live in days, null when it sets none (or the version is gone).</summary>
    private int? TimeToLiveOf(string key, int version)
    {
        try
        {
            var ttl = definitions.Get(key, version).Process.HistoryTimeToLive;
            var days = ParseDays(ttl);
            if (ttl is not null && days is null)
            {
                logger.LogWarning("historyTimeToLive '{Ttl}' of {Key} v{Version} is neither days nor P<n>D; the default applies", ttl, key, version);
            }
            return days;
        }
        catch (DefinitionNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Camunda's forms: a number of days ("180") or an ISO-8601 period of days ("P180D"); anything else is null.</summary>
    public static int? ParseDays(string? timeToLive)
    {
        if (string.IsNullOrWhiteSpace(timeToLive))
        {
            return null;
        }
        var text = timeToLive.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            return days;
        }
        return DaysPeriod().Match(text) is { Success: true } m && int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out days) ? days : null;
    }

    [GeneratedRegex("^P([0-9]{1,6})D$", RegexOptions.IgnoreCase)]
    private static partial Regex DaysPeriod();
}
