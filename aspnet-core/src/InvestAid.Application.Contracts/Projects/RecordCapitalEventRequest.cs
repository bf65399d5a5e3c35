namespace InvestAid.Projects;

public sealed record RecordCapitalEventRequest(
    CapitalEventType Type,
    DateOnly EffectiveDate,
    decimal CapitalChangeUsd,
    decimal? CapitalChangeVnd,
    string? CertificateNumber,
    string? Note,
    Guid? CorrectsEventId,
    Guid? FreezeExceptionId = null);
