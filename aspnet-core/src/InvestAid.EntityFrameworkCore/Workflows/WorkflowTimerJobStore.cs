using InvestAid.Workflows;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Workflows;

public sealed class WorkflowTimerJobStore(NpgsqlDataSource dataSource) : IWorkflowTimerJobStore
{
    public async Task RememberAsync(IReadOnlyList<WorkflowTimerJobEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }
        await using var batch = dataSource.CreateBatch();
        foreach (var entry in entries)
        {
            var remember = new NpgsqlBatchCommand("""
                INSERT INTO workflow_timer_jobs (instance_id, bookmark_id, job_id, due_at) VALUES ($1, $2, $3, $4)
                ON CONFLICT (instance_id, bookmark_id) DO UPDATE SET job_id = excluded.job_id, due_at = excluded.due_at,
                    retries = CASE WHEN $5 THEN workflow_timer_jobs.retries END, retry_at = CASE WHEN $5 THEN workflow_timer_jobs.retry_at END
                """);
            remember.Parameters.AddWithValue(entry.InstanceId);
            remember.Parameters.AddWithValue(entry.BookmarkId);
            remember.Parameters.AddWithValue(entry.JobId);
            remember.Parameters.AddWithValue(entry.DueAt.ToUniversalTime());
            remember.Parameters.AddWithValue(entry.KeepsRetries);
            batch.BatchCommands.Add(remember);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ForgetAsync(IReadOnlyList<WorkflowTimerRef> timers, CancellationToken cancellationToken)
    {
        if (timers.Count == 0)
        {
            return [];
        }
        await using var cmd = dataSource.CreateCommand("""
            DELETE FROM workflow_timer_jobs WHERE (instance_id, bookmark_id) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))
            RETURNING job_id
            """);
        cmd.Parameters.AddWithValue(timers.Select(t => t.InstanceId).ToArray());
        cmd.Parameters.AddWithValue(timers.Select(t => t.BookmarkId).ToArray());
        var jobIds = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            jobIds.Add(reader.GetString(0));
        }
        return jobIds;
    }

    public async Task<IReadOnlyList<WorkflowTimerRef>> DueTimersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT b.instance_id, b.id FROM workflow_bookmarks b JOIN workflow_instances i ON i.id = b.instance_id
            WHERE b.kind IN ('Timer', 'Job') AND b.due_at <= $1 AND i.status = 'Running'
              -- A job that failed waits for its next try; one with no retries left (an incident) for an administrator.
              AND NOT EXISTS (SELECT 1 FROM workflow_timer_jobs j WHERE j.instance_id = b.instance_id AND j.bookmark_id = b.id
                              AND (j.retries = 0 OR j.retry_at > $1))
            ORDER BY b.due_at LIMIT $2
            """);
        cmd.Parameters.AddWithValue(now);
        cmd.Parameters.AddWithValue(limit);
        var due = new List<WorkflowTimerRef>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(new(reader.GetGuid(0), reader.GetString(1)));
        }
        return due;
    }
}
