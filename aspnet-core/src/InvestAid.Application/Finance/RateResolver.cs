using InvestAid.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace InvestAid.Finance;

/// <summary>
/// Completes an amount with its rates: the ones the caller gave, otherwise the reference rate of the
/// currency on or before the day (VND is 1 to VND, USD is 1 to USD). A missing rate is a 400 on the field.
/// </summary>
public sealed class RateResolver(IExchangeRateRepository rates)
{
    public async Task<Money> ResolveAsync(decimal amount, string currency, DateOnly day, decimal? rateToVnd, decimal? rateToUsd, DateOnly? rateDate,
        string field, CancellationToken ct)
    {
        currency = currency.ToUpperInvariant();
        var on = rateDate ?? day;
        var usedDate = on;
        if (rateToVnd is null)
        {
            if (currency == FinanceConsts.Vnd)
            {
                rateToVnd = 1m;
            }
            else
            {
                var rate = await rates.OnOrBeforeAsync(currency, on, ct) ?? throw Missing(field, currency, on);
                rateToVnd = rate.RateToVnd;
                rateToUsd ??= rate.RateToUsd;
                usedDate = rate.Date;
            }
        }
        if (rateToUsd is null)
        {
            if (currency == FinanceConsts.Usd)
            {
                rateToUsd = 1m;
            }
            else
            {
                // Cross through VND: the USD rate on the same day.
                var usd = await rates.OnOrBeforeAsync(FinanceConsts.Usd, on, ct) ?? throw Missing(field, FinanceConsts.Usd, on);
                rateToUsd = Math.Round(rateToVnd.Value / usd.RateToVnd, 10);
            }
        }
        return new Money(amount, currency, rateToVnd.Value, rateToUsd.Value, usedDate);
    }

    /// <summary>The rate to USD of <paramref name="currency"/> on or before <paramref name="day"/> (1 for USD).</summary>
    public async Task<decimal> RateToUsdAsync(string currency, DateOnly day, string field, CancellationToken ct)
    {
        currency = currency.ToUpperInvariant();
        if (currency == FinanceConsts.Usd)
        {
            return 1m;
        }
        var rate = await rates.OnOrBeforeAsync(currency, day, ct) ?? throw Missing(field, currency, day);
        return rate.RateToUsd;
    }

    private static ValidationException Missing(string field, string currency, DateOnly on) =>
        ValidationText.Invalid(field, "finance.noRate", currency, on);
}
