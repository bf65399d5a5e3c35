namespace InvestAid.CapitalContributions;

public sealed record CapitalContributionDto(
    Guid Id,
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
    string Version)
{
    /// <summary>The registered project the notice concerns, if any.</summary>
    public Guid? ProjectId { get; init; }
    /// <summary>That project's code (e.g. FDI-2025-0007).</summary>
    public string? ProjectCode { get; init; }
    /// <summary>That project's Vietnamese name.</summary>
    public string? ProjectNameVi { get; init; }
    /// <summary>That project's English name, if any.</summary>
    public string? ProjectNameEn { get; init; }
}
