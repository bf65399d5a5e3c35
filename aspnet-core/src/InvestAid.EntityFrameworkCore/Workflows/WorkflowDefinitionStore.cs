using System.Collections.Concurrent;
using InvestAid.Common;
using InvestAid.Workflows;
using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Runtime;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>
/// Definitions from the workflow_definitions table. A stored version never changes, so each is parsed
/// once per process and kept; "latest" is the highest published version in force today.
/// </summary>
public sealed class WorkflowDefinitionStore(NpgsqlDataSource dataSource, TimeProvider clock) : IWorkflowDefinitionStore
{
    private readonly ConcurrentDictionary<(string Key, int Version), WorkflowDefinition> parsed = new();

    public WorkflowDefinition Get(string key, int version) =>
        parsed.TryGetValue((key, version), out var known) ? known : parsed.GetOrAdd((key, version), Load(key, version));

    public WorkflowDefinition GetLatest(string key)
    {
        using var cmd = dataSource.CreateCommand("""
            SELECT max(version) FROM workflow_definitions
            WHERE key = $1 AND status = 'Published' AND (effective_from IS NULL OR effective_from <= $2) AND (effective_to IS NULL OR effective_to >= $2)
            """);
        cmd.Parameters.AddWithValue(key);
        cmd.Parameters.AddWithValue(VietnamTime.Today(clock));
        return cmd.ExecuteScalar() is int version ? Get(key, version) : throw new DefinitionNotFoundException(key, null);
    }

    public WorkflowDefinition GetByVersionTag(string key, string versionTag)
    {
        using var cmd = dataSource.CreateCommand("SELECT version FROM workflow_definitions WHERE key = $1 AND status = 'Published' ORDER BY version DESC");
        cmd.Parameters.AddWithValue(key);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var definition = Get(key, reader.GetInt32(0));
            if (definition.Process.VersionTag == versionTag)
            {
                return definition;
            }
        }

        throw new DefinitionNotFoundException(key, null);
    }

    public IReadOnlyList<WorkflowDefinition> LatestStartingOn(InvestAid.Workflows.Bpmn.EventTrigger trigger, string name)
    {
        using var cmd = dataSource.CreateCommand("""
            SELECT key, max(version) FROM workflow_definitions
            WHERE status = 'Published' AND (effective_from IS NULL OR effective_from <= $1) AND (effective_to IS NULL OR effective_to >= $1)
            GROUP BY key ORDER BY key
            """);
        cmd.Parameters.AddWithValue(VietnamTime.Today(clock));
        var latest = new List<(string Key, int Version)>();
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                latest.Add((reader.GetString(0), reader.GetInt32(1)));
            }
        }

        // Each version is parsed once and kept, so a broadcast reads the start events from memory after the first.
        // A stored version the parser no longer takes cannot start anything; it must not stop the signal reaching the others.
        var starting = new List<WorkflowDefinition>();
        foreach (var (key, version) in latest)
        {
            try
            {
                if (Get(key, version) is var definition && IWorkflowDefinitionStore.StartsOn(definition, trigger, name))
                {
                    starting.Add(definition);
                }
            }
            catch (WorkflowException)
            {
            }
        }

        return starting;
    }

    private WorkflowDefinition Load(string key, int version)
    {
        using var cmd = dataSource.CreateCommand("SELECT xml, bindings::text FROM workflow_definitions WHERE key = $1 AND version = $2");
        cmd.Parameters.AddWithValue(key);
        cmd.Parameters.AddWithValue(version);
        using var reader = cmd.ExecuteReader();
        if (!reader.Read())
        {
            throw new DefinitionNotFoundException(key, version);
        }

        // The administrator's bindings stored with the version make its Java elements run a handler or an external task.
        var parser = new BpmnParser { Bindings = WorkflowBindingsJson.Read(reader.IsDBNull(1) ? null : reader.GetString(1)) };
        return new WorkflowDefinition(key, version, parser.Parse(reader.GetString(0), key));
    }
}
