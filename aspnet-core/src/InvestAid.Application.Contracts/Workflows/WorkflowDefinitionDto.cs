namespace InvestAid.Workflows;

public sealed record WorkflowDefinitionDto(
    string Key, int Version, WorkflowDefinitionStatus Status, string? Name, string? LegalBasis,
    DateOnly? EffectiveFrom, DateOnly? EffectiveTo, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);
