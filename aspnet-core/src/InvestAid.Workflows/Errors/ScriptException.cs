namespace InvestAid.Workflows;

/// <summary>A condition, expression or script failed or broke a sandbox limit; the command is not saved.</summary>
public sealed class ScriptException(string elementId, string message, Exception? inner = null)
    : WorkflowException($"Script of '{elementId}' failed: {message}", inner)
{
    public string ElementId { get; } = elementId;
}
