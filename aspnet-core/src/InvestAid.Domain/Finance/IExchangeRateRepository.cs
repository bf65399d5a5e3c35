namespace InvestAid.Finance;

public interface IExchangeRateRepository
{
    Task<ExchangeRate?> FindAsync(string currency, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The latest rate of <paramref name="currency"/> dated on or before <paramref name="date"/>.</summary>
    Task<ExchangeRate?> OnOrBeforeAsync(string currency, DateOnly date, CancellationToken cancellationToken = default);

    Task<(IReadOnlyList<ExchangeRate> Items, int Total)> ListAsync(string? currency, DateOnly? on, int skip, int take, CancellationToken cancellationToken = default);

    void Add(ExchangeRate rate);
}
