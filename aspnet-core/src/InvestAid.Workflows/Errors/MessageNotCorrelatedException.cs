namespace InvestAid.Workflows;

/// <summary>Message correlation found no waiting instance, or more than one (Camunda's MismatchingMessageCorrelationException).</summary>
public sealed class MessageNotCorrelatedException(string messageName, string? businessKey, int matches)
    : WorkflowException(matches == 0
        ? $"No running instance{(businessKey is null ? "" : $" with business key '{businessKey}'")} waits for message '{messageName}'."
        : $"{matches} running instances wait for message '{messageName}'{(businessKey is null ? "" : $" with business key '{businessKey}'")}; correlate more precisely.")
{
    public string MessageName { get; } = messageName;
    public int Matches { get; } = matches;
}
