using InvestAid.Workflows;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Workflows;

public sealed class WorkflowStartTimerStore(NpgsqlDataSource dataSource) : IWorkflowStartTimerStore
{
    private const string Columns = "definition_key, definition_version, element_id, due_at, remaining, failures, last_error, retry_at, incident_id";

    /// <summary>A timer start no longer scheduled (a newer version, retired) closes its open incident: nothing is left to retry.</summary>
    private const string CloseIncidents = """
        UPDATE workflow_incidents SET resolved_at = now(), resolved_by = 'system', resolution = 'unscheduled'
        WHERE id IN (SELECT incident_id FROM gone) AND resolved_at IS NULL
        """;

    public async Task ReplaceAsync(string key, IReadOnlyList<WorkflowStartTimer> timers, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var delete = new NpgsqlCommand($"""
            WITH gone AS (DELETE FROM workflow_start_timers WHERE definition_key = $1 RETURNING incident_id)
            {CloseIncidents}
            """, connection, transaction))
        {
            delete.Parameters.AddWithValue(key);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var timer in timers)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO workflow_start_timers (definition_key, definition_version, element_id, due_at, remaining) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (definition_key, definition_version, element_id) DO UPDATE SET due_at = excluded.due_at, remaining = excluded.remaining
                """, connection, transaction);
            insert.Parameters.AddWithValue(timer.Key);
            insert.Parameters.AddWithValue(timer.Version);
            insert.Parameters.AddWithValue(timer.ElementId);
            insert.Parameters.AddWithValue(timer.DueAt.ToUniversalTime());
            insert.Parameters.AddWithValue(timer.Remaining is { } remaining ? remaining : DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveAsync(string key, int version, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand($"""
            WITH gone AS (DELETE FROM workflow_start_timers WHERE definition_key = $1 AND definition_version = $2 RETURNING incident_id)
            {CloseIncidents}
            """);
        cmd.Parameters.AddWithValue(key);
        cmd.Parameters.AddWithValue(version);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WorkflowStartTimer>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand($"""
            SELECT {Columns} FROM workflow_start_timers
            WHERE coalesce(retry_at, due_at) <= $1 AND incident_id IS NULL ORDER BY coalesce(retry_at, due_at) LIMIT $2
            """);
        cmd.Parameters.AddWithValue(now.ToUniversalTime());
        cmd.Parameters.AddWithValue(limit);
        return await ReadAsync(cmd, cancellationToken);
    }

    public async Task<bool> ClaimAsync(WorkflowStartTimer due, WorkflowStartTimer? next, CancellationToken cancellationToken)
    {
        // Whoever moves the row off the due time it was read with fires it; the others find it moved and do nothing.
        await using var cmd = dataSource.CreateCommand(next is null
            ? "DELETE FROM workflow_start_timers WHERE definition_key = $1 AND definition_version = $2 AND element_id = $3 AND due_at = $4"
            : """
              UPDATE workflow_start_timers SET due_at = $5, remaining = $6, failures = 0, last_error = NULL, retry_at = NULL
              WHERE definition_key = $1 AND definition_version = $2 AND element_id = $3 AND due_at = $4
              """);
        cmd.Parameters.AddWithValue(due.Key);
        cmd.Parameters.AddWithValue(due.Version);
        cmd.Parameters.AddWithValue(due.ElementId);
        cmd.Parameters.AddWithValue(due.DueAt.ToUniversalTime());
        if (next is not null)
        {
            cmd.Parameters.AddWithValue(next.DueAt.ToUniversalTime());
            cmd.Parameters.AddWithValue(next.Remaining is { } remaining ? remaining : DBNull.Value);
        }

        return await cmd.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task FailedAsync(WorkflowStartTimer due, string message, DateTimeOffset? retryAt, StartTimerIncident? incident, CancellationToken cancellationToken)
    {
        // The claim moved the row on (or deleted it after the last firing): put it back at the failed firing, so that firing is what is tried
        // again. A version whose schedule was replaced meanwhile gets its row back only to be dropped by the next run (it is no longer published).
        message = message.Length <= 2000 ? message : message[..2000];
        await using var batch = dataSource.CreateBatch();
        if (incident is not null)
        {
            var open = new NpgsqlBatchCommand("""
                INSERT INTO workflow_incidents (id, type, instance_id, definition_key, definition_version, business_key, element_id, failed_element_id,
                    job_id, message, details, created_at)
                VALUES ($1, 'failedStartTimer', NULL, $2, $3, NULL, $4, $4, $4, $5, $6, $7)
                """);
            open.Parameters.AddWithValue(incident.Id);
            open.Parameters.AddWithValue(due.Key);
            open.Parameters.AddWithValue(due.Version);
            open.Parameters.AddWithValue(due.ElementId);
            open.Parameters.AddWithValue(message);
            open.Parameters.AddWithValue(incident.Details is { } details ? details.Length <= 20_000 ? details : details[..20_000] : DBNull.Value);
            open.Parameters.AddWithValue(incident.CreatedAt.ToUniversalTime());
            batch.BatchCommands.Add(open);
        }

        var back = new NpgsqlBatchCommand("""
            INSERT INTO workflow_start_timers AS t (definition_key, definition_version, element_id, due_at, remaining, failures, last_error, retry_at, incident_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (definition_key, definition_version, element_id) DO UPDATE SET due_at = excluded.due_at, remaining = excluded.remaining,
                failures = excluded.failures, last_error = excluded.last_error, retry_at = excluded.retry_at, incident_id = excluded.incident_id
            """);
        back.Parameters.AddWithValue(due.Key);
        back.Parameters.AddWithValue(due.Version);
        back.Parameters.AddWithValue(due.ElementId);
        back.Parameters.AddWithValue(due.DueAt.ToUniversalTime());
        back.Parameters.Add(new NpgsqlParameter { Value = due.Remaining is { } remaining ? remaining : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        back.Parameters.AddWithValue(due.Failures + 1);
        back.Parameters.AddWithValue(message);
        back.Parameters.Add(new NpgsqlParameter { Value = retryAt is { } at ? at.ToUniversalTime() : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        back.Parameters.Add(new NpgsqlParameter { Value = incident is null ? DBNull.Value : incident.Id, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        batch.BatchCommands.Add(back);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WorkflowStartTimer>> ListAsync(string key, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand($"""
            SELECT {Columns} FROM workflow_start_timers
            WHERE definition_key = $1 ORDER BY definition_version, element_id
            """);
        cmd.Parameters.AddWithValue(key);
        return await ReadAsync(cmd, cancellationToken);
    }

    private static async Task<IReadOnlyList<WorkflowStartTimer>> ReadAsync(NpgsqlCommand cmd, CancellationToken cancellationToken)
    {
        var timers = new List<WorkflowStartTimer>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            timers.Add(new WorkflowStartTimer(reader.GetString(0), reader.GetInt32(1), reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.GetInt32(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
                reader.IsDBNull(8) ? null : reader.GetGuid(8)));
        }

        return timers;
    }
}
