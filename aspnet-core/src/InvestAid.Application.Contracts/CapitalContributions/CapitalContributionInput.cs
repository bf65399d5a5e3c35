namespace InvestAid.CapitalContributions;

/// <param name="ProjectId">The registered project the notice concerns (optional); it must exist and be visible to the caller.</param>
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
    string? Note,
    Guid? ProjectId = null);
