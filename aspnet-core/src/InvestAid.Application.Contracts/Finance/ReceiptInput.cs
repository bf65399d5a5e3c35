namespace InvestAid.Finance;

/// <summary>Money received on an NGO commitment. Without <see cref="RateToVnd"/> the rate on or before <see cref="Date"/> is looked up.</summary>
public sealed record ReceiptInput(
    DateOnly Date, decimal Amount, string Currency, string? Reference,
    decimal? RateToVnd = null, decimal? RateToUsd = null, DateOnly? RateDate = null);
