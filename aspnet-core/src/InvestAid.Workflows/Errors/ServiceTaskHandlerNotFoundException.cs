namespace InvestAid.Workflows;

public sealed class ServiceTaskHandlerNotFoundException(string elementId, string handler)
    : WorkflowException($"Service task '{elementId}' needs handler '{handler}', which is not registered.")
{
    public string Handler { get; } = handler;
}
