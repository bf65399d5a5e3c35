namespace InvestAid.Workflows.Runtime;

/// <summary>Where the engine finds definitions of running instances and of called processes.</summary>
public interface IWorkflowDefinitionSource
{
    /// <exception cref="DefinitionNotFoundException">No such key and version.</exception>
    WorkflowDefinition Get(string key, int version);

    /// <exception cref="DefinitionNotFoundException">No version of the key.</exception>
    WorkflowDefinition GetLatest(string key);

    /// <summary>The latest version of the key whose camunda:versionTag is <paramref name="versionTag"/> (calledElementBinding="versionTag").</summary>
    /// <exception cref="DefinitionNotFoundException">No version of the key has that tag.</exception>
    WorkflowDefinition GetByVersionTag(string key, string versionTag) => throw new DefinitionNotFoundException(key, null);
}
