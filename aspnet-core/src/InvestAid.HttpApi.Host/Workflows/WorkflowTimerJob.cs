using InvestAid.Workflows.Runtime;
using Npgsql;
using InvestAid.EntityFrameworkCore.Workflows;

namespace InvestAid.Workflows;

/// <summary>
/// Hangfire's side of timers: <see cref="FireAsync"/> is the delayed job of one timer; <see cref="SweepAsync"/>
/// fires every open timer already due (run each minute and at start-up, for timers due while no server ran).
/// Firing is idempotent: a timer whose bookmark is gone, or whose instance ended, changes nothing.
/// </summary>
public sealed class WorkflowTimerJob(
    WorkflowService workflows, IWorkflowEffectHandler effects, [FromKeyedServices(WorkflowPersistenceServiceCollectionExtensions.DataSourceKey)] NpgsqlDataSource dataSource,
    TimeProvider clock, ILogger<WorkflowTimerJob> logger)
{
    public async Task FireAsync(Guid instanceId, string bookmarkId, CancellationToken cancellationToken)
    {
        try
        {
            var result = await workflows.FireTimerAsync(instanceId, bookmarkId, cancellationToken);
            await effects.HandleAsync(result.Effects, cancellationToken);
        }
        catch (Exception e) when (e is InstanceNotFoundException or WorkflowNotRunningException)
        {
            logger.LogInformation("Timer {BookmarkId} of {InstanceId} is no longer wanted: {Reason}", bookmarkId, instanceId, e.Message);
        }
    }

    /// <returns>How many due timers were fired.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var due = new List<(Guid InstanceId, string BookmarkId)>();
        await using (var cmd = dataSource.CreateCommand(
            "SELECT instance_id, id FROM workflow_bookmarks WHERE kind = 'Timer' AND due_at <= $1 ORDER BY due_at LIMIT 1000"))
        {
            cmd.Parameters.AddWithValue(clock.GetUtcNow());
            await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                due.Add((reader.GetGuid(0), reader.GetString(1)));
            }
        }

        foreach (var (instanceId, bookmarkId) in due)
        {
            try
            {
                await FireAsync(instanceId, bookmarkId, cancellationToken);
            }
            catch (ConcurrencyException)
            {
                // Another node or the delayed job fired it (or another command moved the instance): the next sweep sees.
            }
        }

        return due.Count;
    }
}
