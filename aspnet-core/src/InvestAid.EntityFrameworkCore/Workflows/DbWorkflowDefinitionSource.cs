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
public sealed class DbWorkflowDefinitionSource(NpgsqlDataSource dataSource, TimeProvider clock) : IWorkflowDefinitionSource
{
    private static readonly BpmnParser Parser = new();
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

    private WorkflowDefinition Load(string key, int version)
    {
        using var cmd = dataSource.CreateCommand("SELECT xml FROM workflow_definitions WHERE key = $1 AND version = $2");
        cmd.Parameters.AddWithValue(key);
        cmd.Parameters.AddWithValue(version);
        var xml = cmd.ExecuteScalar() as string ?? throw new DefinitionNotFoundException(key, version);
        return new WorkflowDefinition(key, version, Parser.Parse(xml, key));
    }
}
