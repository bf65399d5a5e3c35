namespace InvestAid.CapitalContributions;

public sealed record CapitalContributionInput(
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
    string? Note);
