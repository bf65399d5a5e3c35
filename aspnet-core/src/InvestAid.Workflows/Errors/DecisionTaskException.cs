namespace InvestAid.Workflows;

/// <summary>A business rule task whose decision is missing or gave no usable result; the command is not saved.</summary>
public sealed class DecisionTaskException(string elementId, string message, Exception? inner = null)
    : WorkflowException($"Business rule task '{elementId}': {message}", inner)
{
    public string ElementId { get; } = elementId;
}
