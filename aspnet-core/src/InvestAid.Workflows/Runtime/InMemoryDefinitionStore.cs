using System.Collections.Concurrent;
using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Runtime;

/// <summary>Definitions held in memory: for tests and for procedures shipped with the application.</summary>
public sealed class InMemoryDefinitionStore : IWorkflowDefinitionStore
{
    private readonly ConcurrentDictionary<(string Key, int Version), WorkflowDefinition> definitions = new();

    /// <summary>Adds the process as the next version of its key.</summary>
    public WorkflowDefinition Publish(BpmnProcess process)
    {
        lock (definitions)
        {
            var version = definitions.Keys.Where(k => k.Key == process.Key).Select(k => k.Version).DefaultIfEmpty(0).Max() + 1;
            var definition = new WorkflowDefinition(process.Key, version, process);
            definitions[(process.Key, version)] = definition;
            return definition;
        }
    }

    public WorkflowDefinition Get(string key, int version) =>
        definitions.TryGetValue((key, version), out var definition) ? definition : throw new DefinitionNotFoundException(key, version);

    public WorkflowDefinition GetByVersionTag(string key, string versionTag) =>
        definitions.Values.Where(d => d.Key == key && d.Process.VersionTag == versionTag).MaxBy(d => d.Version) ?? throw new DefinitionNotFoundException(key, null);

    public WorkflowDefinition GetLatest(string key) =>
        definitions.Values.Where(d => d.Key == key).MaxBy(d => d.Version) ?? throw new DefinitionNotFoundException(key, null);

    public IReadOnlyList<WorkflowDefinition> LatestStartingOn(EventTrigger trigger, string name) =>
        [.. definitions.Values.GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!)
            .Where(d => IWorkflowDefinitionStore.StartsOn(d, trigger, name)).OrderBy(d => d.Key, StringComparer.Ordinal)];
}
