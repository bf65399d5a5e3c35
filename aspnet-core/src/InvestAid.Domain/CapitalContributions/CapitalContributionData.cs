namespace InvestAid.CapitalContributions;

public sealed record CapitalContributionData(
    string InvestorName,
    string CountryCode,
    string TargetEnterprise,
    string? TargetTaxCode,
    decimal ValueUsd,
    decimal? ValueVnd,
    DateOnly Date,
    string? SectorCode,
    string? CommuneCode,
    string? IndustrialZoneCode,
    string? Note,
    Guid? ProjectId = null);
