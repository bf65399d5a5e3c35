using InvestAid.Workflows;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>
/// The engine's store on PostgreSQL, over the tables that <see cref="WorkflowsModelBuilderExtensions"/>
/// maps. A save is one batch, and one round trip: the instance row is written only at its expected
/// version (<c>UPDATE ... WHERE version = @expected</c>, or an insert that must not collide), its
/// projections are replaced or upserted, and the receipt is inserted under its unique key; a guard that
/// touched no row aborts the batch's transaction.
/// With a <paramref name="registry"/> (the request's DbContext), the save also writes what service-task
/// handlers changed in the registry (status, capital events, dossiers), in the same transaction — the
/// caller's transaction if one is open on the context, else one of its own. Without one it is thread-safe.
/// </summary>
public sealed class WorkflowStore(NpgsqlDataSource dataSource, InvestAidDbContext? registry = null) : IWorkflowStore
{
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";

    /// <summary>The SQLSTATE that <c>workflow_expect_one</c> raises (see the WorkflowWriteGuard migration).</summary>
    public const string GuardRefused = "IA409";

    public async Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await using var cmd = dataSource.CreateCommand("SELECT state FROM workflow_instances WHERE id = $1");
        cmd.Parameters.AddWithValue(instanceId);
        return await cmd.ExecuteScalarAsync(cancellationToken) is string json ? WorkflowJson.Deserialize<WorkflowInstance>(json) : null;
    }

    public async Task<IReadOnlyList<Guid>> FindWaitingAsync(BookmarkKind kind, string name, string? businessKey, CancellationToken cancellationToken = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT DISTINCT i.id FROM workflow_bookmarks b JOIN workflow_instances i ON i.id = b.instance_id
            WHERE b.kind = $1 AND b.message_name = $2 AND i.status = 'Running' AND ($3::text IS NULL OR i.business_key = $3)
            """);
        cmd.Parameters.AddWithValue(kind.ToString());
        cmd.Parameters.AddWithValue(name);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)businessKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        var ids = new List<Guid>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    public async Task<WorkflowInstance?> FindByTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        await using var cmd = dataSource.CreateCommand(
            "SELECT i.state FROM workflow_tasks t JOIN workflow_instances i ON i.id = t.instance_id WHERE t.id = $1 LIMIT 1");
        cmd.Parameters.AddWithValue(taskId);
        return await cmd.ExecuteScalarAsync(cancellationToken) is string json ? WorkflowJson.Deserialize<WorkflowInstance>(json) : null;
    }

    public async Task<CompletionLookup> FindForTaskCompletionAsync(string taskId, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        // One round trip: the receipt, else the state of the instance holding the task (found through the tasks' id index).
        await using var cmd = dataSource.CreateCommand("""
            SELECT (SELECT receipt FROM workflow_receipts WHERE key = $2),
                   (SELECT i.state FROM workflow_tasks t JOIN workflow_instances i ON i.id = t.instance_id
                    WHERE t.id = $1 AND NOT EXISTS (SELECT 1 FROM workflow_receipts WHERE key = $2) LIMIT 1)
            """);
        cmd.Parameters.AddWithValue(taskId);
        cmd.Parameters.AddWithValue(idempotencyKey);
        return await ReadLookupAsync(cmd, cancellationToken);
    }

    public async Task<CompletionLookup> FindForCompletionAsync(Guid instanceId, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT (SELECT receipt FROM workflow_receipts WHERE key = $2),
                   (SELECT state FROM workflow_instances WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM workflow_receipts WHERE key = $2))
            """);
        cmd.Parameters.AddWithValue(instanceId);
        cmd.Parameters.AddWithValue(idempotencyKey);
        return await ReadLookupAsync(cmd, cancellationToken);
    }

    private static async Task<CompletionLookup> ReadLookupAsync(NpgsqlCommand cmd, CancellationToken cancellationToken)
    {
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (!reader.IsDBNull(0) && reader.GetString(0) is var receipt && receipt != "null")
        {
            return new CompletionLookup(WorkflowJson.Deserialize<CompletionReceipt>(receipt), null);
        }

        return new CompletionLookup(null, reader.IsDBNull(1) ? null : WorkflowJson.Deserialize<WorkflowInstance>(reader.GetString(1)));
    }

    public async Task SaveAsync(WorkflowChangeSet changes, CancellationToken cancellationToken = default)
    {
        if (registry is not null && (registry.Database.CurrentTransaction is not null || registry.ChangeTracker.HasChanges()))
        {
            await SaveWithRegistryAsync(registry, changes, cancellationToken);
            return;
        }

        // One batch without an explicit transaction is one implicit transaction on the server (one Sync at its end):
        // a refused guard rolls back every statement before it, and the whole save costs one round trip.
        await using var conn = await dataSource.OpenConnectionAsync(cancellationToken);
        await WriteAsync(conn, null, changes, cancellationToken);
    }

    /// <summary>
    /// Registry changes and the workflow batch in one transaction. Inside the caller's transaction nothing is
    /// committed here; otherwise EF's retry strategy runs the pair as one retriable unit.
    /// </summary>
    private static async Task SaveWithRegistryAsync(InvestAidDbContext db, WorkflowChangeSet changes, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is { } ambient)
        {
            await db.SaveChangesAsync(cancellationToken);
            await WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)ambient.GetDbTransaction(), changes, cancellationToken);
            return;
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            await WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)tx.GetDbTransaction(), changes, ct);
            await tx.CommitAsync(ct);
        }, cancellationToken);
        db.ChangeTracker.AcceptAllChanges();
    }

    /// <summary>
    /// Every write whose success the save depends on (the instance at its expected version, a new instance, the receipt
    /// under its key) is a statement that must touch exactly one row; <c>workflow_expect_one</c> raises
    /// <see cref="GuardRefused"/> otherwise, which aborts the transaction and everything written before it.
    /// </summary>
    private static async Task WriteAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, WorkflowChangeSet changes, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(conn, tx);
        var guarded = new Dictionary<NpgsqlBatchCommand, (Guid InstanceId, int Expected)>();
        foreach (var write in changes.Writes)
        {
            var command = InstanceCommand(write);
            guarded[command] = (write.Instance.Id, write.ExpectedVersion);
            batch.BatchCommands.Add(command);
            AddProjections(batch, write.Instance, write.Previous);
        }

        if (changes.IdempotencyKey is { } key)
        {
            var command = Command("""
                WITH w AS (INSERT INTO workflow_receipts (key, instance_id, receipt, created_at) VALUES ($1, $2, $3, now())
                    ON CONFLICT (key) DO NOTHING RETURNING 1)
                SELECT workflow_expect_one(count(*)) FROM w
                """, key, changes.Receipt?.InstanceId ?? Guid.Empty, Json(changes.Receipt is null ? "null" : WorkflowJson.Serialize(changes.Receipt)));
            guarded[command] = (changes.Receipt?.InstanceId ?? Guid.Empty, changes.Receipt?.InstanceVersion ?? 0);
            batch.BatchCommands.Add(command);
        }

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == GuardRefused && e.BatchCommand is { } refused && guarded.TryGetValue(refused, out var write))
        {
            throw new ConcurrencyException(write.InstanceId, write.Expected);
        }
        catch (PostgresException e) when (e.SqlState is GuardRefused or PostgresErrorCodes.UniqueViolation or SerializationFailure or DeadlockDetected)
        {
            throw new ConcurrencyException(changes.Writes[0].Instance.Id, changes.Writes[0].ExpectedVersion);
        }
    }

    public async Task<IReadOnlyList<TaskView>> FindTasksAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT t.instance_id, i.definition_key, i.business_key, t.data, i.definition_version
            FROM workflow_tasks t JOIN workflow_instances i ON i.id = t.instance_id
            WHERE ($1::uuid IS NULL OR t.instance_id = $1)
              AND ($2::text IS NULL OR i.business_key = $2)
              AND ($3::text IS NULL OR t.status = $3)
              AND ($4::text IS NULL OR t.assignee = $4 OR t.candidate_users @> ARRAY[$4] OR t.candidate_groups && $5)
            ORDER BY t.created_at, t.id
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)query.InstanceId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)query.BusinessKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)query.Status?.ToString() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)query.ActorId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = query.ActorGroups.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var found = new List<TaskView>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new TaskView(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                WorkflowJson.Deserialize<WorkflowTask>(reader.GetString(3)), reader.GetInt32(4)));
        }

        return found;
    }

    public async Task<CompletionReceipt?> FindReceiptAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await using var cmd = dataSource.CreateCommand("SELECT receipt FROM workflow_receipts WHERE key = $1");
        cmd.Parameters.AddWithValue(idempotencyKey);
        return await cmd.ExecuteScalarAsync(cancellationToken) is string json && json != "null"
            ? WorkflowJson.Deserialize<CompletionReceipt>(json)
            : null;
    }

    private static NpgsqlBatchCommand InstanceCommand(InstanceWrite write)
    {
        var i = write.Instance;
        object?[] values =
        [
            i.Id, i.DefinitionKey, i.DefinitionVersion, i.BusinessKey, i.Status.ToString(), i.FaultMessage, i.Version,
            Jsonb(i.Variables.ToJsonString()), Json(WorkflowJson.Serialize(i)), i.CreatedAt, i.EndedAt, i.ParentInstanceId,
        ];
        return write.ExpectedVersion == 0
            ? Command("""
                WITH w AS (INSERT INTO workflow_instances (id, definition_key, definition_version, business_key, status, fault_message, version,
                    variables, state, started_at, ended_at, parent_instance_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING RETURNING 1)
                SELECT workflow_expect_one(count(*)) FROM w
                """, values)
            : Command("""
                WITH w AS (UPDATE workflow_instances SET definition_key = $2, definition_version = $3, business_key = $4, status = $5,
                    fault_message = $6, version = $7, variables = $8, state = $9, started_at = $10, ended_at = $11, parent_instance_id = $12
                WHERE id = $1 AND version = $13 RETURNING 1)
                SELECT workflow_expect_one(count(*)) FROM w
                """, [.. values, write.ExpectedVersion]);
    }

    private static void AddProjections(NpgsqlBatch batch, WorkflowInstance i, WorkflowInstance? previous)
    {
        // Tasks and history only grow: write the rows this command added or changed, not the whole past again.
        var previousTasks = previous?.Tasks.ToDictionary(t => t.Id, t => WorkflowJson.Serialize(t)) ?? [];
        var previousHistory = previous?.History.ToDictionary(h => h.Id, h => (h.Ended, h.Actor, h.Outcome, h.Comment)) ?? [];
        batch.BatchCommands.Add(Command("DELETE FROM workflow_tokens WHERE instance_id = $1", i.Id));
        batch.BatchCommands.Add(Command("DELETE FROM workflow_bookmarks WHERE instance_id = $1", i.Id));
        foreach (var t in i.Tokens)
        {
            batch.BatchCommands.Add(Command("INSERT INTO workflow_tokens (instance_id, id, element_id, status) VALUES ($1, $2, $3, $4)",
                i.Id, t.Id, t.ElementId, t.Status.ToString()));
        }

        foreach (var b in i.Bookmarks)
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO workflow_bookmarks (instance_id, id, kind, element_id, task_id, message_name, due_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                """, i.Id, b.Id, b.Kind.ToString(), b.ElementId, b.TaskId, b.MessageName, b.DueAt));
        }

        // The external-task queue follows the bookmarks: new ones are queued, gone ones (completed, cancelled) leave the queue.
        var external = i.Bookmarks.Where(b => b.Kind == BookmarkKind.ExternalTask).ToList();
        if (external.Count > 0 || previous?.Bookmarks.Exists(b => b.Kind == BookmarkKind.ExternalTask) == true)
        {
            batch.BatchCommands.Add(Command("DELETE FROM workflow_external_tasks WHERE instance_id = $1 AND NOT (id = ANY($2))",
                i.Id, external.Select(b => b.Id).ToArray()));
        }

        foreach (var b in external)
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO workflow_external_tasks (id, instance_id, element_id, topic, business_key, definition_key, definition_version,
                    created_at, retries, priority)
                VALUES ($1, $2, $3, $4, $5, $6, $7, now(), NULL, 0) ON CONFLICT (id) DO NOTHING
                """, b.Id, i.Id, b.ElementId, b.MessageName ?? "", i.BusinessKey, i.DefinitionKey, i.DefinitionVersion));
        }

        foreach (var t in i.Tasks.Where(t => !previousTasks.TryGetValue(t.Id, out var before) || before != WorkflowJson.Serialize(t)))
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO workflow_tasks (instance_id, id, element_id, name, assignee, candidate_users, candidate_groups, due_at,
                    outcomes, status, created_at, closed_at, completed_by, outcome, data, follow_up_at, priority)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
                ON CONFLICT (instance_id, id) DO UPDATE SET assignee = excluded.assignee, candidate_users = excluded.candidate_users,
                    candidate_groups = excluded.candidate_groups, due_at = excluded.due_at, status = excluded.status,
                    closed_at = excluded.closed_at, completed_by = excluded.completed_by, outcome = excluded.outcome, data = excluded.data,
                    follow_up_at = excluded.follow_up_at, priority = excluded.priority
                """, i.Id, t.Id, t.ElementId, t.Name, t.Assignee, t.CandidateUsers.ToArray(), t.CandidateGroups.ToArray(), t.DueAt,
                t.Outcomes.ToArray(), t.Status.ToString(), t.CreatedAt, t.ClosedAt, t.CompletedBy, t.Outcome, Json(WorkflowJson.Serialize(t)),
                t.FollowUpAt, t.Priority));
        }

        foreach (var h in i.History.Where(h => !previousHistory.TryGetValue(h.Id, out var before) || before != (h.Ended, h.Actor, h.Outcome, h.Comment)))
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO workflow_history (instance_id, id, activity_id, activity_type, task_id, started, ended, actor, outcome, comment)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                ON CONFLICT (instance_id, id) DO UPDATE SET ended = excluded.ended, actor = excluded.actor,
                    outcome = excluded.outcome, comment = excluded.comment
                """, i.Id, h.Id, h.ActivityId, h.ActivityType, h.TaskId, h.Started, h.Ended, h.Actor, h.Outcome, h.Comment));
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            cmd.Parameters.Add(value switch
            {
                NpgsqlParameter p => p,
                null => new NpgsqlParameter { Value = DBNull.Value },
                // timestamptz takes UTC only; due dates parsed from a model may carry +07:00.
                DateTimeOffset at => new NpgsqlParameter { Value = at.ToUniversalTime() },
                _ => new NpgsqlParameter { Value = value },
            });
        }

        return cmd;
    }

    private static NpgsqlParameter Jsonb(string json) => new() { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb };

    private static NpgsqlParameter Json(string json) => new() { Value = json, NpgsqlDbType = NpgsqlDbType.Json };
}
