using InvestAid.Common;
using InvestAid.Workflows;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>
/// Open tasks from workflow_tasks with their dossier and project, overdue first, then by due date, priority (highest
/// first) and age. The page, its total (a window count) and the per-tab counts are computed in PostgreSQL with one
/// visibility rule.
/// </summary>
public sealed class WorkflowTaskInbox(NpgsqlDataSource dataSource) : IWorkflowTaskInbox
{
    // $1 actor, $2 groups, $3 now, $4 owner user id (null: no owner restriction); $8.. the ids mapped to the actor:
    // $8 user ids mapped globally, $9 'key|id' user ids mapped for a definition key, $10 'key|id' user ids whose mapping
    // for the key goes to someone else (vetoing the global one); $11 and $12 the same for group ids ($2 holds the global ones).
    private const string UserIs = "(x = $1 OR (x = ANY($8) AND NOT (i.definition_key || '|' || x) = ANY($10)) OR (i.definition_key || '|' || x) = ANY($9))";
    private const string InGroup = "((x = ANY($2) AND NOT (i.definition_key || '|' || x) = ANY($12)) OR (i.definition_key || '|' || x) = ANY($11))";
    private static readonly string Mine =
        $"(EXISTS (SELECT 1 FROM (SELECT t.assignee) a(x) WHERE {UserIs}) OR (t.assignee IS NULL AND EXISTS (SELECT 1 FROM unnest(t.candidate_users) c(x) WHERE {UserIs})))";
    private static readonly string Offered = $"(t.assignee IS NULL AND EXISTS (SELECT 1 FROM unnest(t.candidate_groups) g(x) WHERE {InGroup}))";
    private const string Late = "(t.due_at < $3)";
    private const string From = """
        FROM workflow_tasks t
        JOIN workflow_instances i ON i.id = t.instance_id
        LEFT JOIN dossiers d ON d.workflow_instance_id = t.instance_id
        LEFT JOIN projects p ON p.id = d.project_id
        """;

    private static string Visible(TaskInboxFilter filter) =>
        (filter.Everyone ? "TRUE" : $"({Mine} OR {Offered})") + " AND ($4::uuid IS NULL OR p.owner_user_id = $4)";

    public async Task<PagedResult<InboxTaskRow>> ListAsync(
        TaskInboxFilter filter, TaskScope scope, bool overdueOnly, int page, int pageSize, CancellationToken cancellationToken)
    {
        var visible = Visible(filter);
        var inScope = scope switch
        {
            TaskScope.Mine => Mine,
            TaskScope.Groups => Offered,
            TaskScope.Overdue => Late,
            _ => "TRUE",
        };
        var where = $"t.status = 'Open' AND {visible} AND {inScope} AND (NOT $5 OR {Late})";
        await using var cmd = dataSource.CreateCommand($"""
            SELECT t.instance_id, i.definition_key, i.business_key, t.data, d.id, d.received_on, p.id, p.code, p.name_vi, count(*) OVER (), i.definition_version
            {From}
            WHERE {where}
            ORDER BY {Late} DESC NULLS LAST, t.due_at NULLS LAST, t.priority DESC, t.created_at, t.id
            OFFSET $6 LIMIT $7
            """);
        AddFilter(cmd, filter);
        cmd.Parameters.AddWithValue(overdueOnly);
        cmd.Parameters.AddWithValue((page - 1) * pageSize);
        cmd.Parameters.AddWithValue(pageSize);
        AddIdentities(cmd, filter);
        var items = new List<InboxTaskRow>();
        long total = 0;
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var view = new TaskView(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    WorkflowJson.Deserialize<WorkflowTask>(reader.GetString(3)), reader.GetInt32(10));
                items.Add(new InboxTaskRow(view,
                    reader.IsDBNull(4) ? null : reader.GetGuid(4),
                    reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
                    reader.IsDBNull(6) ? null : reader.GetGuid(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8)));
                total = reader.GetInt64(9);
            }
        }

        if (items.Count == 0 && page > 1)
        {
            // A page past the end has no rows to carry the window count: count the same filter.
            await using var count = dataSource.CreateCommand($"SELECT count(*) {From} WHERE {where}");
            AddFilter(count, filter);
            count.Parameters.AddWithValue(overdueOnly);
            AddIdentities(count, filter);
            total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        return new PagedResult<InboxTaskRow>(items, (int)total, page, pageSize);
    }

    public async Task<TaskCountsDto> CountAsync(TaskInboxFilter filter, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand($"""
            SELECT count(*) FILTER (WHERE {Mine}), count(*) FILTER (WHERE {Offered}), count(*) FILTER (WHERE {Late}), count(*)
            {From}
            WHERE t.status = 'Open' AND {Visible(filter)}
            """);
        AddFilter(cmd, filter);
        AddIdentities(cmd, filter);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new TaskCountsDto((int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3));
    }

    public async Task<IReadOnlyList<TaskView>> OpenTasksAsync(CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT t.instance_id, i.definition_key, i.business_key, t.data, i.definition_version
            FROM workflow_tasks t JOIN workflow_instances i ON i.id = t.instance_id
            WHERE t.status = 'Open' AND i.status = 'Running'
            ORDER BY t.created_at, t.id
            """);
        var items = new List<TaskView>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new TaskView(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                WorkflowJson.Deserialize<WorkflowTask>(reader.GetString(3)), reader.GetInt32(4)));
        }

        return items;
    }

    private static void AddFilter(NpgsqlCommand cmd, TaskInboxFilter filter)
    {
        cmd.Parameters.Add(new NpgsqlParameter { Value = filter.ActorId, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = filter.Groups.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.AddWithValue(filter.Now.ToUniversalTime());
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)filter.OwnerUserId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
    }

    // Parameters $8 to $12 (see Mine and Offered), added after each command's own ones.
    private static void AddIdentities(NpgsqlCommand cmd, TaskInboxFilter filter)
    {
        while (cmd.Parameters.Count < 7)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = 0, NpgsqlDbType = NpgsqlDbType.Integer });
        }

        var ids = filter.Identities;
        foreach (var list in new[] { ids?.UserAliases, ids?.KeyedUsers, ids?.VetoUsers, ids?.KeyedGroups, ids?.VetoGroups })
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = (list ?? []).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        }
    }
}
