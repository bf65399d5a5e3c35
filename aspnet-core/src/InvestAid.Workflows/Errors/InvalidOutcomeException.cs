namespace InvestAid.Workflows;

/// <summary>The outcome is not one the task offers.</summary>
public sealed class InvalidOutcomeException(string taskId, string? outcome, IReadOnlyList<string> allowed)
    : WorkflowException($"Outcome '{outcome}' is not allowed for task '{taskId}'; expected one of: {string.Join(", ", allowed)}.")
{
    public string? Outcome { get; } = outcome;
    public IReadOnlyList<string> Allowed { get; } = allowed;
}
