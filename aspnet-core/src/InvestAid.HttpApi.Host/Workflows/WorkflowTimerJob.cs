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
            if (result.Changed)
            {
                await ForgetJobAsync(instanceId, bookmarkId, cancellationToken);
            }
        }
        catch (Exception e) when (e is InstanceNotFoundException or WorkflowNotRunningException)
        {
            logger.LogInformation("Timer {BookmarkId} of {InstanceId} is no longer wanted: {Reason}", bookmarkId, instanceId, e.Message);
        }
    }

    // A fired timer's bookmark is gone for good; so is its job's row.
    private async Task ForgetJobAsync(Guid instanceId, string bookmarkId, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("DELETE FROM workflow_timer_jobs WHERE instance_id = $1 AND bookmark_id = $2");
        cmd.Parameters.AddWithValue(instanceId);
        cmd.Parameters.AddWithValue(bookmarkId);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <returns>How many due timers were fired.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var due = new List<(Guid InstanceId, string BookmarkId)>();
        await using (var cmd = dataSource.CreateCommand(
            """
            SELECT b.instance_id, b.id FROM workflow_bookmarks b JOIN workflow_instances i ON i.id = b.instance_id
            WHERE b.kind = 'Timer' AND b.due_at <= $1 AND i.status = 'Running' ORDER BY b.due_at LIMIT 1000
            """))
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
