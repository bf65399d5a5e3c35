namespace InvestAid.Workflows;

/// <summary>A start by message named a message that no start event of the definition catches.</summary>
public sealed class MessageStartNotDefinedException(string definitionKey, int version, string messageName)
    : WorkflowException($"Version {version} of '{definitionKey}' has no message start event for '{messageName}'.")
{
    public string MessageName { get; } = messageName;
}
