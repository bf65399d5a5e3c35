namespace InvestAid.Finance;

public sealed record ExchangeRateInput(string Currency, DateOnly Date, decimal RateToVnd, decimal RateToUsd);
