using System.Text;
using System.Text.Json;
using InvestAid.Workflows.Operations;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>
/// The cockpit's reads over the workflow tables. The search is built from the filters given (no "$n IS NULL OR" branches, so each
/// filter meets its index: procedure version, status, business-key prefix with <c>text_pattern_ops</c>, variables with GIN
/// <c>jsonb_path_ops</c>, open incidents with a partial index); see the CockpitSearchIndexes migration.
/// </summary>
public sealed class CockpitQueries(NpgsqlDataSource dataSource) : ICockpitQueries
{
    private const string Columns = """
        i.id, i.definition_key, i.definition_version, i.business_key, p.code, p.name_vi, p.name_en, i.status, i.fault_message,
        coalesce((SELECT array_agg(DISTINCT t.element_id) FROM workflow_tokens t WHERE t.instance_id = i.id), '{}'),
        (SELECT count(*)::int FROM workflow_external_tasks x WHERE x.instance_id = i.id AND x.retries = 0)
          + (SELECT count(*)::int FROM workflow_incidents n WHERE n.instance_id = i.id AND n.resolved_at IS NULL),
        i.started_at, i.ended_at, i.version
        """;

    // The project an instance concerns: its dossier's, else a project whose code is the business key.
    private const string Joins = """
        LEFT JOIN dossiers d ON d.workflow_instance_id = i.id
        LEFT JOIN projects p ON p.id = coalesce(d.project_id, (SELECT pc.id FROM projects pc WHERE pc.code = i.business_key))
        """;

    public async Task<(IReadOnlyList<InstanceRow> Rows, int Total)> SearchAsync(InstanceFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand();
        var where = Where(filter, cmd);
        cmd.CommandText = $"""
            SELECT {Columns}, count(*) OVER ()::int
            FROM workflow_instances i {Joins}
            WHERE {where}
            ORDER BY i.started_at DESC, i.id DESC
            OFFSET {offset} LIMIT {limit}
            """;
        var rows = new List<InstanceRow>();
        var total = 0;
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
            total = reader.GetInt32(14);
        }
        if (rows.Count == 0 && offset > 0)
        {
            // Past the last page: the total still tells the pager where the end is.
            await reader.CloseAsync();
            cmd.CommandText = $"SELECT count(*)::int FROM workflow_instances i WHERE {where}";
            total = (int)(await cmd.ExecuteScalarAsync(cancellationToken))!;
        }
        return (rows, total);
    }

    public async Task<IReadOnlyList<InstanceRow>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand($"SELECT {Columns} FROM workflow_instances i {Joins} WHERE i.id = ANY($1)");
        cmd.Parameters.AddWithValue(ids.ToArray());
        var rows = new List<InstanceRow>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }
        return rows;
    }

    public async Task<IReadOnlyList<(string ElementId, int Tokens, int Incidents)>> ElementLoadAsync(string key, int version, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("""
            WITH tokens AS (
                SELECT t.element_id, count(*)::int AS n FROM workflow_instances i JOIN workflow_tokens t ON t.instance_id = i.id
                WHERE i.definition_key = $1 AND i.definition_version = $2 AND i.ended_at IS NULL GROUP BY t.element_id),
            incidents AS (
                SELECT element_id, count(*)::int AS n FROM (
                    SELECT x.element_id FROM workflow_external_tasks x WHERE x.definition_key = $1 AND x.definition_version = $2 AND x.retries = 0
                    UNION ALL
                    SELECT n.element_id FROM workflow_incidents n WHERE n.definition_key = $1 AND n.definition_version = $2 AND n.resolved_at IS NULL) o
                GROUP BY element_id)
            SELECT coalesce(t.element_id, x.element_id), coalesce(t.n, 0), coalesce(x.n, 0)
            FROM tokens t FULL JOIN incidents x ON x.element_id = t.element_id
            ORDER BY 1
            """);
        cmd.Parameters.AddWithValue(key);
        cmd.Parameters.AddWithValue(version);
        var rows = new List<(string, int, int)>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }
        return rows;
    }

    public async Task<int> UnfinishedCountAsync(string key, int version, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand(
            "SELECT count(*)::int FROM workflow_instances WHERE definition_key = $1 AND definition_version = $2 AND ended_at IS NULL");
        cmd.Parameters.AddWithValue(key);
        cmd.Parameters.AddWithValue(version);
        return (int)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<StepDurationRow>> StepDurationsAsync(
        string key, int version, DateTimeOffset from, DateTimeOffset to, DateOnly calendarFrom, DateOnly calendarTo,
        IReadOnlyList<DateOnly> nonWorkingDays, CancellationToken cancellationToken)
    {
        // days.n numbers the working days from calendarFrom on, so the working days in (start day, end day] are e.n - s.n.
        await using var cmd = dataSource.CreateCommand("""
            WITH days AS (
                SELECT g::date AS day, count(*) FILTER (WHERE NOT (g::date = ANY($7))) OVER (ORDER BY g) AS n
                FROM generate_series($5::date, $6::date, interval '1 day') g),
            steps AS (
                SELECT h.activity_id, h.activity_type,
                       extract(epoch FROM h.ended - h.started) / 3600.0 AS hours,
                       (e.n - s.n)::float8 AS working_days
                FROM workflow_instances i
                JOIN workflow_history h ON h.instance_id = i.id
                JOIN days s ON s.day = greatest((h.started AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, $5::date)
                JOIN days e ON e.day = (h.ended AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                WHERE i.definition_key = $1 AND i.definition_version = $2 AND h.ended >= $3 AND h.ended < $4)
            SELECT activity_id, min(activity_type), count(*)::int,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY hours), percentile_cont(0.9) WITHIN GROUP (ORDER BY hours),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days), percentile_cont(0.9) WITHIN GROUP (ORDER BY working_days)
            FROM steps GROUP BY activity_id
            """);
        cmd.Parameters.AddWithValue(key);
        cmd.Parameters.AddWithValue(version);
        cmd.Parameters.AddWithValue(from.ToUniversalTime());
        cmd.Parameters.AddWithValue(to.ToUniversalTime());
        cmd.Parameters.AddWithValue(calendarFrom);
        cmd.Parameters.AddWithValue(calendarTo);
        cmd.Parameters.Add(new NpgsqlParameter { Value = nonWorkingDays.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
        var rows = new List<StepDurationRow>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new StepDurationRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDouble(3), reader.GetDouble(4),
                reader.GetDouble(5), reader.GetDouble(6)));
        }
        return rows;
    }

    public async Task<IReadOnlyList<int>> VersionsAsync(string key, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("SELECT version FROM workflow_definitions WHERE key = $1 AND status <> 'Draft' ORDER BY version");
        cmd.Parameters.AddWithValue(key);
        var versions = new List<int>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }
        return versions;
    }

    private static string Where(InstanceFilter f, NpgsqlCommand cmd)
    {
        var where = new StringBuilder("TRUE");
        string Add(object value, NpgsqlDbType type)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = type });
            return $"${cmd.Parameters.Count}";
        }
        if (f.DefinitionKey is { } key)
        {
            where.Append($" AND i.definition_key = {Add(key, NpgsqlDbType.Text)}");
        }
        if (f.Version is { } version)
        {
            where.Append($" AND i.definition_version = {Add(version, NpgsqlDbType.Integer)}");
        }
        if (f.BusinessKeyPrefix is { } prefix)
        {
            // A range on text_pattern_ops (byte order), then the exact test: the index serves even a generic plan.
            var p = Add(prefix, NpgsqlDbType.Text);
            where.Append($" AND i.business_key ~>=~ {p} AND i.business_key ~<~ ({p} || {Add("\U0010FFFF", NpgsqlDbType.Text)}) AND starts_with(i.business_key, {p})");
        }
        if (f.Statuses is { Count: > 0 } statuses)
        {
            where.Append($" AND i.status = ANY({Add(statuses.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)})");
        }
        if (f.HasIncident is { } incident)
        {
            where.Append(incident ? " AND" : " AND NOT");
            where.Append(" (EXISTS (SELECT 1 FROM workflow_external_tasks x WHERE x.instance_id = i.id AND x.retries = 0)"
                + " OR EXISTS (SELECT 1 FROM workflow_incidents n WHERE n.instance_id = i.id AND n.resolved_at IS NULL))");
        }
        if (f.VariableName is { } name)
        {
            // Equal as text, or as the JSON number/boolean the text spells ("12" finds 12 and "12").
            var value = f.VariableValue ?? "";
            var asText = Add(JsonSerializer.Serialize(new Dictionary<string, string> { [name] = value }), NpgsqlDbType.Jsonb);
            where.Append($" AND (i.variables @> {asText}");
            if (Scalar(value) is { } json)
            {
                where.Append($" OR i.variables @> {Add($"{{{JsonSerializer.Serialize(name)}:{json}}}", NpgsqlDbType.Jsonb)}");
            }
            where.Append(')');
        }
        return where.ToString();
    }

    /// <summary>The value as a JSON number, boolean or null literal, when it is one.</summary>
    private static string? Scalar(string value)
    {
        try
        {
            using var doc = JsonDocument.Parse(value);
            return doc.RootElement.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null
                ? doc.RootElement.GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static InstanceRow Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8),
        r.GetFieldValue<string[]>(9), r.GetInt32(10), r.GetFieldValue<DateTimeOffset>(11),
        r.IsDBNull(12) ? null : r.GetFieldValue<DateTimeOffset>(12), r.GetInt32(13));
}

/// <summary>The history clean-up's SQL: ended instances of a version, in batches, with every row kept about them.</summary>
public sealed class HistoryCleanupStore(NpgsqlDataSource dataSource) : IHistoryCleanupStore
{
    public async Task<IReadOnlyList<(string Key, int Version)>> VersionsWithEndedInstancesAsync(CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand(
            "SELECT DISTINCT definition_key, definition_version FROM workflow_instances WHERE ended_at IS NOT NULL ORDER BY 1, 2");
        var rows = new List<(string, int)>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1)));
        }
        return rows;
    }

    public async Task<int> DeleteEndedAsync(string key, int version, DateTimeOffset endedBefore, int batch, CancellationToken cancellationToken)
    {
        // One statement, one transaction: the instances and everything about them go together. FOR UPDATE SKIP LOCKED leaves an
        // instance someone is writing to the next run; a child whose parent still runs stays (the parent may read it).
        await using var cmd = dataSource.CreateCommand("""
            WITH doomed AS (
                SELECT i.id FROM workflow_instances i
                WHERE i.definition_key = $1 AND i.definition_version = $2 AND i.ended_at < $3 AND i.status IN ('Completed', 'Terminated')
                  AND NOT EXISTS (SELECT 1 FROM workflow_instances parent WHERE parent.id = i.parent_instance_id AND parent.ended_at IS NULL)
                ORDER BY i.ended_at LIMIT $4 FOR UPDATE SKIP LOCKED),
            tokens AS (DELETE FROM workflow_tokens WHERE instance_id IN (SELECT id FROM doomed)),
            bookmarks AS (DELETE FROM workflow_bookmarks WHERE instance_id IN (SELECT id FROM doomed)),
            tasks AS (DELETE FROM workflow_tasks WHERE instance_id IN (SELECT id FROM doomed)),
            history AS (DELETE FROM workflow_history WHERE instance_id IN (SELECT id FROM doomed)),
            receipts AS (DELETE FROM workflow_receipts WHERE instance_id IN (SELECT id FROM doomed)),
            timers AS (DELETE FROM workflow_timer_jobs WHERE instance_id IN (SELECT id FROM doomed)),
            incidents AS (DELETE FROM workflow_incidents WHERE instance_id IN (SELECT id FROM doomed)),
            external AS (DELETE FROM workflow_external_tasks WHERE instance_id IN (SELECT id FROM doomed))
            DELETE FROM workflow_instances WHERE id IN (SELECT id FROM doomed)
            """);
        cmd.Parameters.AddWithValue(key);
        cmd.Parameters.AddWithValue(version);
        cmd.Parameters.AddWithValue(endedBefore.ToUniversalTime());
        cmd.Parameters.AddWithValue(batch);
        return await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
