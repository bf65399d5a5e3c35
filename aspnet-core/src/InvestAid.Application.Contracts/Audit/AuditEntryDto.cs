namespace InvestAid.Audit;

public sealed record AuditEntryDto(
    Guid Id,
    string EntityType,
    Guid EntityId,
    string Action,
    string? UserName,
    DateTimeOffset At,
    string? Summary,
    string? Before,
    string? After);
