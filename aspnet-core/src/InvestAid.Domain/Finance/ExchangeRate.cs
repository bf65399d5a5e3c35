using InvestAid.Common;

namespace InvestAid.Finance;

/// <summary>
/// The rate of one currency on one day, to VND and to USD (reference data). Amounts elsewhere keep their
/// original currency and the rate used; this table answers "the rate on or before a date" when none is given.
/// </summary>
public sealed class ExchangeRate : Entity
{
    private ExchangeRate() { }

    public ExchangeRate(string currency, DateOnly date, decimal rateToVnd, decimal rateToUsd, DateTimeOffset now)
    {
        Currency = currency.ToUpperInvariant();
        Date = date;
        Set(rateToVnd, rateToUsd, now);
    }

    public string Currency { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public decimal RateToVnd { get; private set; }
    public decimal RateToUsd { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Set(decimal rateToVnd, decimal rateToUsd, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rateToVnd);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rateToUsd);
        RateToVnd = rateToVnd;
        RateToUsd = rateToUsd;
        UpdatedAt = now;
    }
}
