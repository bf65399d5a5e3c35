namespace InvestAid.Finance;

public sealed record ReceiptDto(
    Guid Id, Guid ProjectId, DateOnly Date, decimal Amount, string Currency, decimal RateToVnd, decimal RateToUsd, DateOnly RateDate,
    decimal AmountVnd, decimal AmountUsd, string? Reference);
