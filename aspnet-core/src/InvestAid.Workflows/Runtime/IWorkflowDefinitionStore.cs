namespace InvestAid.Workflows.Runtime;

/// <summary>Where the engine finds definitions of running instances and of called processes.</summary>
public interface IWorkflowDefinitionStore
{
    /// <exception cref="DefinitionNotFoundException">No such key and version.</exception>
    WorkflowDefinition Get(string key, int version);

    /// <exception cref="DefinitionNotFoundException">No version of the key.</exception>
    WorkflowDefinition GetLatest(string key);

    /// <summary>The latest version of the key whose camunda:versionTag is <paramref name="versionTag"/> (calledElementBinding="versionTag").</summary>
    /// <exception cref="DefinitionNotFoundException">No version of the key has that tag.</exception>
    WorkflowDefinition GetByVersionTag(string key, string versionTag) => throw new DefinitionNotFoundException(key, null);

    /// <summary>
    /// The latest version of every key whose process starts on a <paramref name="trigger"/> event named <paramref name="name"/>
    /// (a signal or message start event of the process, not of an event sub-process): what a broadcast signal or an uncorrelated message starts.
    /// </summary>
    IReadOnlyList<WorkflowDefinition> LatestStartingOn(Bpmn.EventTrigger trigger, string name) => [];

    /// <summary>Whether the process starts on a <paramref name="trigger"/> event named <paramref name="name"/>.</summary>
    static bool StartsOn(WorkflowDefinition definition, Bpmn.EventTrigger trigger, string name) =>
        definition.Process.StartEvents.Any(s => s.Event is { } e && e.Trigger == trigger && e.Reference == name);
}
