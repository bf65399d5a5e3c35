namespace InvestAid.Finance;

public sealed record DisbursementDto(
    Guid Id, Guid ProjectId, DateOnly Date, decimal Amount, string Currency, decimal RateToVnd, decimal RateToUsd, DateOnly RateDate,
    decimal AmountVnd, decimal AmountUsd, DisbursementSource Source, string? Reference);
