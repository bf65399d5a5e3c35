using InvestAid.Workflows;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Workflows;

public sealed class WorkflowStartTimerStore(NpgsqlDataSource dataSource) : IWorkflowStartTimerStore
{
    public async Task ReplaceAsync(string key, IReadOnlyList<WorkflowStartTimer> timers, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var delete = new NpgsqlCommand("DELETE FROM workflow_start_timers WHERE definition_key = $1", connection, transaction))
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
        await using var cmd = dataSource.CreateCommand("DELETE FROM workflow_start_timers WHERE definition_key = $1 AND definition_version = $2");
        cmd.Parameters.AddWithValue(key);
        cmd.Parameters.AddWithValue(version);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WorkflowStartTimer>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT definition_key, definition_version, element_id, due_at, remaining FROM workflow_start_timers
            WHERE due_at <= $1 ORDER BY due_at LIMIT $2
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
              UPDATE workflow_start_timers SET due_at = $5, remaining = $6
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

    public async Task<IReadOnlyList<WorkflowStartTimer>> ListAsync(string key, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT definition_key, definition_version, element_id, due_at, remaining FROM workflow_start_timers
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
                reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        }

        return timers;
    }
}
