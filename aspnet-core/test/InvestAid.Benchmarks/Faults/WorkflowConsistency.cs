using System.Globalization;
using Npgsql;

namespace InvestAid.Benchmarks.Faults;

/// <summary>
/// Workflow consistency: no open task without its user-task bookmark and the reverse, nothing left of an ended or missing instance,
/// no running instance without a token, no element open twice in one instance, no task completed twice, dossiers and their instances
/// in pairs.
/// </summary>
public static class WorkflowConsistency
{
    /// <summary>Workflow invariants, over every instance in the database (SQL, the engine's tables read only).</summary>
    public static async Task<(long Total, string Detail)> CheckAsync(string checksConnectionString)
    {
        var checks = new (string Name, string Sql)[]
        {
            ("open task without its user-task bookmark", """
                SELECT count(*) FROM workflow_tasks t WHERE t.status = 'Open'
                  AND NOT EXISTS (SELECT 1 FROM workflow_bookmarks b WHERE b.instance_id = t.instance_id AND b.kind = 'UserTask' AND b.task_id = t.id)
                """),
            ("user-task bookmark without an open task (orphan)", """
                SELECT count(*) FROM workflow_bookmarks b WHERE b.kind = 'UserTask'
                  AND NOT EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.instance_id = b.instance_id AND t.id = b.task_id AND t.status = 'Open')
                """),
            ("token, bookmark or open task of an ended instance (orphan)", """
                SELECT (SELECT count(*) FROM workflow_tokens k JOIN workflow_instances i ON i.id = k.instance_id WHERE i.status IN ('Completed', 'Terminated'))
                     + (SELECT count(*) FROM workflow_bookmarks b JOIN workflow_instances i ON i.id = b.instance_id WHERE i.status IN ('Completed', 'Terminated'))
                     + (SELECT count(*) FROM workflow_tasks t JOIN workflow_instances i ON i.id = t.instance_id WHERE t.status = 'Open' AND i.status IN ('Completed', 'Terminated'))
                """),
            ("token, bookmark or task of no instance (orphan)", """
                SELECT (SELECT count(*) FROM workflow_tokens k WHERE NOT EXISTS (SELECT 1 FROM workflow_instances i WHERE i.id = k.instance_id))
                     + (SELECT count(*) FROM workflow_bookmarks b WHERE NOT EXISTS (SELECT 1 FROM workflow_instances i WHERE i.id = b.instance_id))
                     + (SELECT count(*) FROM workflow_tasks t WHERE NOT EXISTS (SELECT 1 FROM workflow_instances i WHERE i.id = t.instance_id))
                """),
            ("running instance with no token (stuck)", """
                SELECT count(*) FROM workflow_instances i WHERE i.status = 'Running'
                  AND NOT EXISTS (SELECT 1 FROM workflow_tokens k WHERE k.instance_id = i.id)
                """),
            ("duplicated open task (same instance and element)", """
                SELECT count(*) FROM (SELECT 1 FROM workflow_tasks WHERE status = 'Open' GROUP BY instance_id, element_id HAVING count(*) > 1) d
                """),
            ("task completed twice in the history", """
                SELECT count(*) FROM (SELECT 1 FROM workflow_history WHERE task_id IS NOT NULL AND ended IS NOT NULL AND activity_type = 'userTask'
                                      GROUP BY instance_id, task_id HAVING count(*) > 1) d
                """),
            ("dossier without its workflow instance, or procedure instance without its dossier", """
                SELECT (SELECT count(*) FROM dossiers d WHERE d.workflow_instance_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM workflow_instances i WHERE i.id = d.workflow_instance_id))
                     + (SELECT count(*) FROM workflow_instances i WHERE i.definition_key = 'ngo-aid-approval'
                          AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.workflow_instance_id = i.id))
                """),
        };
        await using var conn = new NpgsqlConnection(checksConnectionString);
        await conn.OpenAsync();
        long total = 0;
        var detail = new List<string>();
        foreach (var (name, sql) in checks)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            var n = Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            total += n;
            if (n > 0)
            {
                detail.Add($"{name}: {n}");
            }
        }
        var instances = await new NpgsqlCommand("SELECT count(*) FROM workflow_instances", conn).ExecuteScalarAsync();
        return (total, $" ({checks.Length} checks over {instances} instances{(detail.Count > 0 ? "; " + string.Join("; ", detail) : "")})");
    }
}
