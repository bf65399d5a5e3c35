namespace InvestAid.Finance;

/// <summary>Plan vs disbursed of one donor's projects in a year.</summary>
public sealed record DonorDisbursementRateDto(string? DonorCode, int Year, int Projects, decimal PlanVnd, decimal DisbursedVnd, decimal? DisbursementRate);
