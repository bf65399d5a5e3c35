using InvestAid.Workflows.Incidents;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>Incidents of jobs (timers, asynchronous continuations) and the jobs' retries, in SQL over the engine's data source (one statement per change).</summary>
public sealed class WorkflowIncidentStore(NpgsqlDataSource dataSource) : IWorkflowIncidentStore
{
    private const string Columns = """
        id, type, instance_id, definition_key, definition_version, business_key, element_id, failed_element_id, job_id, message, details,
        created_at, resolved_at, resolved_by, resolution
        """;

    public async Task<JobFailureOutcome> JobFailedAsync(
        JobFailure f, int tries, Func<int, TimeSpan> waitBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var conn = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await conn.BeginTransactionAsync(cancellationToken);
        int left;
        await using (var count = new NpgsqlCommand("""
            INSERT INTO workflow_timer_jobs AS j (instance_id, bookmark_id, job_id, due_at, retries) VALUES ($1, $2, '', $3, $4 - 1)
            ON CONFLICT (instance_id, bookmark_id) DO UPDATE SET retries = greatest(coalesce(j.retries, $4) - 1, 0)
            RETURNING j.retries
            """, conn, tx))
        {
            count.Parameters.AddWithValue(f.InstanceId);
            count.Parameters.AddWithValue(f.BookmarkId);
            count.Parameters.AddWithValue(now);
            count.Parameters.AddWithValue(Math.Max(tries, 1));
            left = (int)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        // The wait before the next try depends on how many are left (the list form of the cycle has one interval per retry).
        var retryAt = now + waitBefore(left);
        await using (var wait = new NpgsqlCommand("UPDATE workflow_timer_jobs SET retry_at = $3 WHERE instance_id = $1 AND bookmark_id = $2", conn, tx))
        {
            wait.Parameters.AddWithValue(f.InstanceId);
            wait.Parameters.AddWithValue(f.BookmarkId);
            wait.Parameters.AddWithValue(retryAt);
            await wait.ExecuteNonQueryAsync(cancellationToken);
        }

        Guid? incident = null;
        if (left <= 0)
        {
            await using var open = new NpgsqlCommand("""
                INSERT INTO workflow_incidents (id, type, instance_id, definition_key, definition_version, business_key, element_id, failed_element_id,
                    job_id, message, details, created_at)
                SELECT $1, 'failedJob', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11
                WHERE NOT EXISTS (SELECT 1 FROM workflow_incidents WHERE instance_id = $2 AND job_id = $8 AND resolved_at IS NULL)
                RETURNING id
                """, conn, tx);
            open.Parameters.AddWithValue(Guid.CreateVersion7());
            open.Parameters.AddWithValue(f.InstanceId);
            open.Parameters.AddWithValue(f.DefinitionKey);
            open.Parameters.AddWithValue(f.DefinitionVersion);
            open.Parameters.AddWithValue((object?)f.BusinessKey ?? DBNull.Value);
            open.Parameters.AddWithValue(f.ElementId);
            open.Parameters.AddWithValue((object?)f.FailedElementId ?? DBNull.Value);
            open.Parameters.AddWithValue(f.BookmarkId);
            open.Parameters.AddWithValue(Truncate(f.Message, 2000)!);
            open.Parameters.AddWithValue((object?)Truncate(f.Details, 20_000) ?? DBNull.Value);
            open.Parameters.AddWithValue(now);
            incident = await open.ExecuteScalarAsync(cancellationToken) as Guid?;
        }

        await tx.CommitAsync(cancellationToken);
        return new JobFailureOutcome(left, left > 0 ? retryAt : null, incident);
    }

    public async Task<IReadOnlyList<WorkflowIncidentRow>> ListOpenAsync(int max, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand($"SELECT {Columns} FROM workflow_incidents WHERE resolved_at IS NULL ORDER BY created_at LIMIT $1");
        cmd.Parameters.AddWithValue(max);
        return await ReadAsync(cmd, cancellationToken);
    }

    public async Task<WorkflowIncidentRow?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand($"SELECT {Columns} FROM workflow_incidents WHERE id = $1");
        cmd.Parameters.AddWithValue(id);
        return (await ReadAsync(cmd, cancellationToken)).SingleOrDefault();
    }

    public async Task<bool> CloseAsync(Guid id, string resolution, int? retries, string resolvedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("""
            WITH closed AS (
                UPDATE workflow_incidents SET resolved_at = $2, resolved_by = $3, resolution = $4 WHERE id = $1 AND resolved_at IS NULL
                RETURNING instance_id, job_id),
            job AS (
                UPDATE workflow_timer_jobs j SET retries = $5, retry_at = NULL FROM closed c
                WHERE $5 IS NOT NULL AND j.instance_id = c.instance_id AND j.bookmark_id = c.job_id),
            -- A timer start's incident: its firing is tried again at the next run, with the tries given.
            timer AS (
                UPDATE workflow_start_timers t SET incident_id = NULL, retry_at = $2, failures = greatest($6 - $5, 0) FROM closed c
                WHERE $5 IS NOT NULL AND t.incident_id = $1)
            SELECT count(*)::int FROM closed
            """);
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(now);
        cmd.Parameters.AddWithValue(resolvedBy);
        cmd.Parameters.AddWithValue(resolution);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)retries ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        cmd.Parameters.AddWithValue(InvestAid.Workflows.WorkflowStartTimers.Tries);
        return (int)(await cmd.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    private static async Task<IReadOnlyList<WorkflowIncidentRow>> ReadAsync(NpgsqlCommand cmd, CancellationToken cancellationToken)
    {
        var rows = new List<WorkflowIncidentRow>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            rows.Add(new(r.GetGuid(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetGuid(2), r.GetString(3), r.GetInt32(4), S(5), r.GetString(6), S(7), r.GetString(8),
                r.GetString(9), S(10), r.GetFieldValue<DateTimeOffset>(11), r.IsDBNull(12) ? null : r.GetFieldValue<DateTimeOffset>(12), S(13), S(14)));
        }
        return rows;
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
