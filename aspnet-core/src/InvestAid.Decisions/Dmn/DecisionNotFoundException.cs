namespace InvestAid.Decisions.Dmn;

public sealed class DecisionNotFoundException(string decisionKey, int? version = null)
    : Exception(version is null ? $"The decision '{decisionKey}' does not exist." : $"The decision '{decisionKey}' version {version} does not exist.")
{
    public string DecisionKey { get; } = decisionKey;
    public int? Version { get; } = version;
}
