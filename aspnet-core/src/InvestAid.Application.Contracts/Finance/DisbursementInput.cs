namespace InvestAid.Finance;

/// <summary>A disbursement. Without <see cref="RateToVnd"/> the rate on or before <see cref="Date"/> is looked up.</summary>
public sealed record DisbursementInput(
    DateOnly Date, decimal Amount, string Currency, DisbursementSource Source, string? Reference,
    decimal? RateToVnd = null, decimal? RateToUsd = null, DateOnly? RateDate = null, Guid? FreezeExceptionId = null);
