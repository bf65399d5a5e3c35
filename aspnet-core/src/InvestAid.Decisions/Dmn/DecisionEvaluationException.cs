namespace InvestAid.Decisions.Dmn;

/// <summary>A decision that gives no valid result for its inputs (e.g. no rule or several rules under UNIQUE).</summary>
public sealed class DecisionEvaluationException(string decisionId, string message) : Exception($"Decision '{decisionId}': {message}")
{
    public string DecisionId { get; } = decisionId;
}
