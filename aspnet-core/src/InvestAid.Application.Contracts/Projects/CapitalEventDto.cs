namespace InvestAid.Projects;

public sealed record CapitalEventDto(
    Guid Id,
    CapitalEventType Type,
    DateOnly EffectiveDate,
    decimal CapitalChangeUsd,
    decimal CapitalChangeVnd,
    string? CertificateNumber,
    string? Note,
    Guid? CorrectsEventId,
    bool IsSuperseded,
    DateTimeOffset RecordedAt,
    string? RecordedBy);
