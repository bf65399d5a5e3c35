namespace InvestAid.Workflows;

public sealed record WorkflowDefinitionDto(
    string Key, int Version, WorkflowDefinitionStatus Status, string? Name, string? LegalBasis,
    DateOnly? EffectiveFrom, DateOnly? EffectiveTo, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt)
{
    /// <summary>Published anyway, but worth a look: e.g. a user task offered to nobody (only administrators can complete it).</summary>
    public IReadOnlyList<string>? Warnings { get; init; }
}
