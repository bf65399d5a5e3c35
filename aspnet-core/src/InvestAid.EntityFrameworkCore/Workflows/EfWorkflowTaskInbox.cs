using InvestAid.Common;
using InvestAid.Workflows;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>Open tasks from workflow_tasks, overdue first, then by due date and age; one query with the total count.</summary>
public sealed class EfWorkflowTaskInbox(NpgsqlDataSource dataSource) : IWorkflowTaskInbox
{
    public async Task<PagedResult<TaskView>> ListAsync(
        string? actorId, IReadOnlyCollection<string> groups, TaskScope scope, bool overdueOnly, DateTimeOffset now, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var mine = "(t.assignee = $1 OR t.candidate_users @> ARRAY[$1])";
        var offered = "(t.assignee IS NULL AND t.candidate_groups && $2)";
        var who = actorId is null ? "TRUE" : scope switch
        {
            TaskScope.Mine => mine,
            TaskScope.Groups => offered,
            _ => $"({mine} OR {offered})",
        };
        await using var cmd = dataSource.CreateCommand($"""
            SELECT t.instance_id, i.definition_key, i.business_key, t.data, count(*) OVER ()
            FROM workflow_tasks t JOIN workflow_instances i ON i.id = t.instance_id
            WHERE t.status = 'Open' AND {who} AND (NOT $3 OR t.due_at < $4)
            ORDER BY (t.due_at < $4) DESC NULLS LAST, t.due_at NULLS LAST, t.created_at, t.id
            OFFSET $5 LIMIT $6
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)actorId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = groups.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.AddWithValue(overdueOnly);
        cmd.Parameters.AddWithValue(now.ToUniversalTime());
        cmd.Parameters.AddWithValue((page - 1) * pageSize);
        cmd.Parameters.AddWithValue(pageSize);
        var items = new List<TaskView>();
        long total = 0;
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new TaskView(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    WorkflowJson.Deserialize<WorkflowTask>(reader.GetString(3))));
                total = reader.GetInt64(4);
            }
        }

        if (items.Count == 0 && page > 1)
        {
            total = await CountAsync(cmd, cancellationToken);
        }

        return new PagedResult<TaskView>(items, (int)total, page, pageSize);
    }

    public async Task<Guid?> FindInstanceOfTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("SELECT instance_id FROM workflow_tasks WHERE id = $1 LIMIT 1");
        cmd.Parameters.AddWithValue(taskId);
        return await cmd.ExecuteScalarAsync(cancellationToken) as Guid?;
    }

    // A page past the end returns no rows, so no window count: count the same filter again.
    private async Task<long> CountAsync(NpgsqlCommand list, CancellationToken cancellationToken)
    {
        var sql = list.CommandText;
        var where = sql[sql.IndexOf("FROM", StringComparison.Ordinal)..sql.IndexOf("ORDER BY", StringComparison.Ordinal)];
        await using var cmd = dataSource.CreateCommand("SELECT count(*) " + where);
        foreach (NpgsqlParameter p in list.Parameters)
        {
            cmd.Parameters.Add(p.Clone());
        }

        cmd.Parameters.RemoveAt(5);
        cmd.Parameters.RemoveAt(4);
        return (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }
}
