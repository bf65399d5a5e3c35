using System.Text.Json.Nodes;
using InvestAid.Workflows;
using InvestAid.Workflows.ExternalTasks;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>
/// The external-task queue on PostgreSQL (<c>workflow_external_tasks</c>, written with the bookmarks by <see cref="WorkflowStore"/>).
/// A fetch locks with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent workers never get the same task.
/// </summary>
public sealed class ExternalTaskQueue(NpgsqlDataSource dataSource) : IExternalTaskQueue
{
    private const string Columns = """
        id, instance_id, element_id, topic, business_key, definition_key, definition_version, created_at, worker_id, lock_expires_at,
        retries, error_message, error_details, priority
        """;

    public async Task<IReadOnlyList<ExternalTaskRow>> FetchAndLockAsync(
        string workerId, int maxTasks, bool usePriority, IReadOnlyList<FetchExternalTaskTopic> topics, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand($"""
            WITH wanted AS (SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[]) AS w(topic, lock_ms, business_key, definition_key)),
            picked AS (
                SELECT t.id, w.lock_ms FROM workflow_external_tasks t JOIN wanted w ON w.topic = t.topic
                    AND (w.business_key IS NULL OR w.business_key = t.business_key)
                    AND (w.definition_key IS NULL OR w.definition_key = t.definition_key)
                WHERE (t.retries IS NULL OR t.retries > 0) AND (t.lock_expires_at IS NULL OR t.lock_expires_at < now())
                ORDER BY CASE WHEN $6 THEN t.priority END DESC NULLS LAST, t.created_at, t.id
                LIMIT $5 FOR UPDATE OF t SKIP LOCKED)
            UPDATE workflow_external_tasks t SET worker_id = $7, lock_expires_at = now() + make_interval(secs => picked.lock_ms / 1000.0)
            FROM picked WHERE t.id = picked.id
            RETURNING {Prefixed("t.")}
            """);
        cmd.Parameters.AddWithValue(topics.Select(t => t.TopicName!).ToArray());
        cmd.Parameters.AddWithValue(topics.Select(t => t.LockDuration).ToArray());
        cmd.Parameters.Add(new NpgsqlParameter { Value = topics.Select(t => t.BusinessKey).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = topics.Select(t => t.ProcessDefinitionKey).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.AddWithValue(maxTasks);
        cmd.Parameters.AddWithValue(usePriority);
        cmd.Parameters.AddWithValue(workerId);
        var rows = await ReadAsync(cmd, cancellationToken);
        return [.. rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    public async Task<ExternalTaskRow?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand($"SELECT {Columns} FROM workflow_external_tasks WHERE id = $1");
        cmd.Parameters.AddWithValue(id);
        return (await ReadAsync(cmd, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<ExternalTaskRow>> ListAsync(string? topic, bool? incidents, int maxResults, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand($"""
            SELECT {Columns} FROM workflow_external_tasks
            WHERE ($1::text IS NULL OR topic = $1) AND ($2::boolean IS NULL OR (retries = 0) = $2)
            ORDER BY created_at, id LIMIT $3
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)topic ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)incidents ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Boolean });
        cmd.Parameters.AddWithValue(maxResults);
        return await ReadAsync(cmd, cancellationToken);
    }

    public async Task<bool> ExtendLockAsync(string id, string workerId, long durationMs, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("""
            UPDATE workflow_external_tasks SET lock_expires_at = now() + make_interval(secs => $3 / 1000.0)
            WHERE id = $1 AND worker_id = $2
            """);
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(workerId);
        cmd.Parameters.AddWithValue(durationMs);
        return await cmd.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task UnlockAsync(string id, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("UPDATE workflow_external_tasks SET worker_id = NULL, lock_expires_at = NULL WHERE id = $1");
        cmd.Parameters.AddWithValue(id);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task SetRetriesAsync(string id, int retries, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("UPDATE workflow_external_tasks SET retries = $2, worker_id = NULL, lock_expires_at = NULL WHERE id = $1");
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(retries);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task FailAsync(string id, string? message, string? details, int retries, long retryTimeoutMs, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("""
            UPDATE workflow_external_tasks SET worker_id = NULL, retries = $2, error_message = $3, error_details = $4,
                lock_expires_at = CASE WHEN $5 > 0 THEN now() + make_interval(secs => $5 / 1000.0) END
            WHERE id = $1
            """);
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(retries);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)message ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)details ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.AddWithValue(retryTimeoutMs);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, JsonObject>> VariablesAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("SELECT id, variables::text FROM workflow_instances WHERE id = ANY($1)");
        cmd.Parameters.AddWithValue(instanceIds.ToArray());
        var variables = new Dictionary<Guid, JsonObject>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            variables[reader.GetGuid(0)] = reader.IsDBNull(1) ? [] : JsonNode.Parse(reader.GetString(1)) as JsonObject ?? [];
        }
        return variables;
    }

    private static string Prefixed(string prefix) =>
        string.Join(", ", Columns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => prefix + c));

    private static async Task<List<ExternalTaskRow>> ReadAsync(NpgsqlCommand cmd, CancellationToken cancellationToken)
    {
        var rows = new List<ExternalTaskRow>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ExternalTaskRow(
                reader.GetString(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), reader.GetInt32(6), reader.GetFieldValue<DateTimeOffset>(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9), reader.IsDBNull(10) ? null : reader.GetInt32(10),
                reader.IsDBNull(11) ? null : reader.GetString(11), reader.IsDBNull(12) ? null : reader.GetString(12), reader.GetInt64(13)));
        }
        return rows;
    }
}
