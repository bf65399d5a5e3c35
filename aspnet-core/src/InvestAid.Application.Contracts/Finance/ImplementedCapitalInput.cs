namespace InvestAid.Finance;

/// <summary>An enterprise's report of implemented capital for one quarter; a second report for the quarter replaces the first.</summary>
public sealed record ImplementedCapitalInput(int Year, int Quarter, decimal AmountUsd, decimal? AmountVnd, DateOnly SubmittedOn, Guid? FreezeExceptionId = null);
