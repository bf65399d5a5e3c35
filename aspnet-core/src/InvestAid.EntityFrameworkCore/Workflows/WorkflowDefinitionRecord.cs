namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>One uploaded version of a procedure; immutable once published.</summary>
public sealed class WorkflowDefinitionRecord
{
    public Guid Id { get; set; }
    public string Key { get; set; } = "";
    public int Version { get; set; }
    public string Status { get; set; } = "";
    public string? Name { get; set; }
    public string? LegalBasis { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Xml { get; set; } = "";

    /// <summary>Administrator bindings of the version, element id → handler name or <c>topic:&lt;name&gt;</c> (JSON object); null when none.</summary>
    public string? Bindings { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
}
