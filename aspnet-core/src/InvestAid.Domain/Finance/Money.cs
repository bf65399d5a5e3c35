namespace InvestAid.Finance;

/// <summary>An amount in its original currency with the rates used to express it in VND and USD, and the rates' date.</summary>
public sealed record Money(decimal Amount, string Currency, decimal RateToVnd, decimal RateToUsd, DateOnly RateDate)
{
    public decimal AmountVnd => Math.Round(Amount * RateToVnd, 0, MidpointRounding.AwayFromZero);
    public decimal AmountUsd => Math.Round(Amount * RateToUsd, 2, MidpointRounding.AwayFromZero);
}
