namespace InvestAid.Workflows.Runtime;

/// <summary>Where the engine finds definitions of running instances and of called processes.</summary>
public interface IWorkflowDefinitionSource
{
    /// <exception cref="DefinitionNotFoundException">No such key and version.</exception>
    WorkflowDefinition Get(string key, int version);

    /// <exception cref="DefinitionNotFoundException">No version of the key.</exception>
    WorkflowDefinition GetLatest(string key);
}
