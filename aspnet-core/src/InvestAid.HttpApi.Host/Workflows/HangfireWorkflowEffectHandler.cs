using Hangfire;
using InvestAid.EntityFrameworkCore.Workflows;
using InvestAid.Workflows.Runtime.Effects;
using Npgsql;

namespace InvestAid.Workflows;

/// <summary>
/// Each scheduled timer becomes a Hangfire delayed job, remembered per bookmark in <c>workflow_timer_jobs</c>;
/// a cancelled timer (task done, interrupting boundary fired, instance cancelled or ended) deletes its job, so
/// Hangfire's queue holds only timers that can still fire. A job that runs anyway (deleted too late) finds its
/// bookmark gone and does nothing.
/// </summary>
public sealed class HangfireWorkflowEffectHandler(
    IBackgroundJobClient jobs,
    [FromKeyedServices(WorkflowPersistenceServiceCollectionExtensions.DataSourceKey)] NpgsqlDataSource dataSource) : IWorkflowEffectHandler
{
    public async Task HandleAsync(IReadOnlyList<WorkflowEffect> effects, CancellationToken cancellationToken)
    {
        var cancelled = effects.OfType<TimerCancelled>().ToList();
        var scheduled = effects.OfType<TimerScheduled>().ToList();
        if (cancelled.Count == 0 && scheduled.Count == 0)
        {
            return;
        }

        await using var batch = dataSource.CreateBatch();
        if (cancelled.Count > 0)
        {
            await using var find = dataSource.CreateCommand("""
                DELETE FROM workflow_timer_jobs WHERE (instance_id, bookmark_id) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))
                RETURNING job_id
                """);
            find.Parameters.AddWithValue(cancelled.Select(c => c.InstanceId).ToArray());
            find.Parameters.AddWithValue(cancelled.Select(c => c.BookmarkId).ToArray());
            var jobIds = new List<string>();
            await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    jobIds.Add(reader.GetString(0));
                }
            }

            foreach (var jobId in jobIds)
            {
                jobs.Delete(jobId);
            }
        }

        foreach (var timer in scheduled)
        {
            var jobId = jobs.Schedule<WorkflowTimerJob>(j => j.FireAsync(timer.InstanceId, timer.BookmarkId, CancellationToken.None), timer.DueAt);
            var remember = new NpgsqlBatchCommand("""
                INSERT INTO workflow_timer_jobs (instance_id, bookmark_id, job_id, due_at) VALUES ($1, $2, $3, $4)
                ON CONFLICT (instance_id, bookmark_id) DO UPDATE SET job_id = excluded.job_id, due_at = excluded.due_at
                """);
            remember.Parameters.AddWithValue(timer.InstanceId);
            remember.Parameters.AddWithValue(timer.BookmarkId);
            remember.Parameters.AddWithValue(jobId);
            remember.Parameters.AddWithValue(timer.DueAt.ToUniversalTime());
            batch.BatchCommands.Add(remember);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
