namespace InvestAid.Finance;

public sealed record CapitalPlanDto(
    Guid Id, Guid ProjectId, int Year, int Revision, DateOnly EffectiveDate, string? Reason, string Currency,
    decimal ForeignAmount, decimal CounterpartAmount, decimal ForeignVnd, decimal CounterpartVnd, decimal TotalVnd, DateTimeOffset RecordedAt);
