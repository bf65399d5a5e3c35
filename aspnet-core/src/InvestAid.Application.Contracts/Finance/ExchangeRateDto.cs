namespace InvestAid.Finance;

public sealed record ExchangeRateDto(Guid Id, string Currency, DateOnly Date, decimal RateToVnd, decimal RateToUsd);
