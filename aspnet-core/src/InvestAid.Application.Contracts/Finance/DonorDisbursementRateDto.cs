namespace InvestAid.Finance;

/// <summary>Plan vs disbursed of one donor's projects in a year; the donor named in Vietnamese and in English (reference data).</summary>
public sealed record DonorDisbursementRateDto(string? DonorCode, int Year, int Projects, decimal PlanVnd, decimal DisbursedVnd, decimal? DisbursementRate)
{
    public string? DonorNameVi { get; init; }
    public string? DonorNameEn { get; init; }
}
