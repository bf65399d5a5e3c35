namespace InvestAid.Workflows;

/// <summary>A stored version of a procedure with its legal basis and the dates it is in force.</summary>
public sealed record WorkflowDefinitionInfo(
    string Key, int Version, WorkflowDefinitionStatus Status, string? Name, string? LegalBasis,
    DateOnly? EffectiveFrom, DateOnly? EffectiveTo, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt)
{
    public bool IsInForceOn(DateOnly day) =>
        Status == WorkflowDefinitionStatus.Published && (EffectiveFrom is null || EffectiveFrom <= day) && (EffectiveTo is null || day <= EffectiveTo);
}
