namespace InvestAid.Finance;

/// <summary>Rates of a currency (or all), newest first; with <see cref="On"/>, only the rate in force on that day (on or before it).</summary>
public sealed record ExchangeRateQuery(string? Currency = null, DateOnly? On = null, int? Page = null, int? PageSize = null)
{
    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? 50;
}
