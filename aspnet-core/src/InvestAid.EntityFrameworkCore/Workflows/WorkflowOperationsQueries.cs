using InvestAid.Workflows.Operations;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>The operations view's reads over the workflow tables.</summary>
public sealed class WorkflowOperationsQueries(NpgsqlDataSource dataSource) : IWorkflowOperationsQueries
{
    public async Task<IReadOnlyList<(string Key, int Version, string Status, int Count)>> InstanceCountsAsync(CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand(
            "SELECT definition_key, definition_version, status, count(*)::int FROM workflow_instances GROUP BY 1, 2, 3");
        var rows = new List<(string, int, string, int)>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3)));
        }
        return rows;
    }

    public async Task<IReadOnlyList<(Guid Id, string Key, int Version, string? BusinessKey, string Status, string? Fault, IReadOnlyList<string> At, DateTimeOffset Started)>>
        AttentionAsync(int max, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT i.id, i.definition_key, i.definition_version, i.business_key, i.status, i.fault_message,
                   coalesce((SELECT array_agg(DISTINCT t.element_id) FROM workflow_tokens t WHERE t.instance_id = i.id), '{}'), i.started_at
            FROM workflow_instances i WHERE i.status IN ('Faulted', 'Suspended')
            ORDER BY i.started_at DESC LIMIT $1
            """);
        cmd.Parameters.AddWithValue(max);
        var rows = new List<(Guid, string, int, string?, string, string?, IReadOnlyList<string>, DateTimeOffset)>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFieldValue<string[]>(6), reader.GetFieldValue<DateTimeOffset>(7)));
        }
        return rows;
    }

    public async Task<IReadOnlyList<(string Topic, int Waiting, int Locked, int Incidents)>> TopicLoadAsync(CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT topic,
                   count(*) FILTER (WHERE retries IS DISTINCT FROM 0 AND (worker_id IS NULL OR lock_expires_at < now()))::int,
                   count(*) FILTER (WHERE worker_id IS NOT NULL AND lock_expires_at >= now())::int,
                   count(*) FILTER (WHERE retries = 0)::int
            FROM workflow_external_tasks GROUP BY topic ORDER BY topic
            """);
        var rows = new List<(string, int, int, int)>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        }
        return rows;
    }
}
