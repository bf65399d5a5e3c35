namespace InvestAid.Workflows;

public sealed class DefinitionNotFoundException(string key, int? version)
    : WorkflowException(version is null ? $"No workflow definition '{key}'." : $"No workflow definition '{key}' version {version}.");
