using System.Collections.Concurrent;
using Npgsql;

namespace InvestAid.Benchmarks.Faults;

/// <summary>Every write the API acknowledged (a 2xx with its id), by kind, and the check that each is in the database.</summary>
public sealed class AcknowledgedWrites
{
    public ConcurrentBag<Guid> CapitalEvents { get; } = [];

    public ConcurrentBag<Guid> Dossiers { get; } = [];

    public ConcurrentBag<Guid> Instances { get; } = [];

    /// <summary>Task completions: instance and task id from the receipt.</summary>
    public ConcurrentBag<(Guid Instance, string Task)> Completions { get; } = [];

    /// <summary>Documents: row id and SHA-256 of the file (the file's name in the store).</summary>
    public ConcurrentBag<(Guid Id, string Sha256)> Documents { get; } = [];

    public long Count => CapitalEvents.Count + Dossiers.Count + Instances.Count + Completions.Count + Documents.Count;

    /// <summary>How many acknowledged writes are not in the database (rows) or the store (files), with the detail by kind.</summary>
    public async Task<(long Total, string Detail)> MissingAsync(string checksConnectionString, string storage)
    {
        await using var conn = new NpgsqlConnection(checksConnectionString);
        await conn.OpenAsync();
        async Task<long> Missing(string sql, params object[] values)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            foreach (var v in values)
            {
                cmd.Parameters.AddWithValue(v);
            }
            return (long)(await cmd.ExecuteScalarAsync())!;
        }
        var events = await Missing("SELECT count(*) FROM unnest($1::uuid[]) a(id) WHERE NOT EXISTS (SELECT 1 FROM capital_events e WHERE e.id = a.id)", CapitalEvents.ToArray());
        var dossiers = await Missing("SELECT count(*) FROM unnest($1::uuid[]) a(id) WHERE NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.id = a.id)", Dossiers.ToArray());
        var instances = await Missing("SELECT count(*) FROM unnest($1::uuid[]) a(id) WHERE NOT EXISTS (SELECT 1 FROM workflow_instances i WHERE i.id = a.id)", Instances.ToArray());
        var completions = Completions.ToArray();
        var tasks = await Missing("""
            SELECT count(*) FROM unnest($1::uuid[], $2::text[]) a(instance_id, id)
            WHERE NOT EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.instance_id = a.instance_id AND t.id = a.id AND t.status = 'Completed')
            """, completions.Select(c => c.Instance).ToArray(), completions.Select(c => c.Task).ToArray());
        var documents = Documents.ToArray();
        var rows = await Missing("SELECT count(*) FROM unnest($1::uuid[]) a(id) WHERE NOT EXISTS (SELECT 1 FROM dossier_documents d WHERE d.id = a.id)",
            documents.Select(d => d.Id).ToArray());
        var files = documents.Count(d => !File.Exists(Path.Combine(storage, d.Sha256[..2], d.Sha256)));
        var total = events + dossiers + instances + tasks + rows + files;
        return (total, $"capital events {events}/{CapitalEvents.Count}, dossiers {dossiers}/{Dossiers.Count}, instances {instances}/{Instances.Count}, " +
                       $"completions {tasks}/{completions.Length}, document rows {rows}/{documents.Length}, files {files}");
    }
}
