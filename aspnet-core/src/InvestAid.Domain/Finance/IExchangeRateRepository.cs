namespace InvestAid.Finance;

public interface IExchangeRateRepository
{
    Task<ExchangeRate?> FindAsync(string currency, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The latest rate of <paramref name="currency"/> dated on or before <paramref name="date"/>.</summary>
    Task<ExchangeRate?> OnOrBeforeAsync(string currency, DateOnly date, CancellationToken cancellationToken = default);

    Task<(IReadOnlyList<ExchangeRate> Items, int Total)> ListAsync(string? currency, DateOnly? on, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Inserts the rates, replacing those already recorded for the same currency and day, in one statement (all or none).</summary>
    Task UpsertAsync(IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken = default);
}
