using InvestAid.Finance;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Finance;

public sealed class ExchangeRateRepository(InvestAidDbContext db) : IExchangeRateRepository
{
    public Task<ExchangeRate?> FindAsync(string currency, DateOnly date, CancellationToken cancellationToken = default) =>
        db.Set<ExchangeRate>().FirstOrDefaultAsync(r => r.Currency == currency && r.Date == date, cancellationToken);

    public Task<ExchangeRate?> OnOrBeforeAsync(string currency, DateOnly date, CancellationToken cancellationToken = default) =>
        db.Set<ExchangeRate>().AsNoTracking().Where(r => r.Currency == currency && r.Date <= date)
            .OrderByDescending(r => r.Date).FirstOrDefaultAsync(cancellationToken);

    public async Task<(IReadOnlyList<ExchangeRate> Items, int Total)> ListAsync(string? currency, DateOnly? on, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = db.Set<ExchangeRate>().AsNoTracking().Where(r => currency == null || r.Currency == currency);
        if (on is { } day)
        {
            // The rate in force on the day, per currency: the latest dated on or before it.
            query = query.Where(r => r.Date <= day
                && r.Date == db.Set<ExchangeRate>().Where(o => o.Currency == r.Currency && o.Date <= day).Max(o => o.Date));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.Currency).ThenByDescending(r => r.Date).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task UpsertAsync(IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken = default)
    {
        var ids = rates.Select(r => r.Id).ToArray();
        var currencies = rates.Select(r => r.Currency).ToArray();
        var dates = rates.Select(r => r.Date).ToArray();
        var toVnd = rates.Select(r => r.RateToVnd).ToArray();
        var toUsd = rates.Select(r => r.RateToUsd).ToArray();
        var now = rates.Count > 0 ? rates[0].UpdatedAt.ToUniversalTime() : DateTimeOffset.UtcNow;
        // Concurrent saves of the same day's rate must not fail on the unique index: the last one wins.
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO exchange_rates (id, currency, date, rate_to_vnd, rate_to_usd, updated_at)
            SELECT * , {now} FROM unnest({ids}, {currencies}, {dates}, {toVnd}, {toUsd})
            ON CONFLICT (currency, date) DO UPDATE SET rate_to_vnd = excluded.rate_to_vnd, rate_to_usd = excluded.rate_to_usd, updated_at = excluded.updated_at
            """, cancellationToken);
    }
}
