namespace InvestAid.Projects;

public sealed record ProjectListItemDto(
    Guid Id,
    string Code,
    ProjectKind Kind,
    ProjectStatus Status,
    string NameVi,
    string? NameEn,
    string? OwnerName,
    string? DonorCode,
    string? CommuneCode,
    string? IndustrialZoneCode,
    string? SectorCode,
    string? InvestorCountries,
    DateOnly? RegisteredOn,
    decimal RegisteredCapitalUsd,
    DateTimeOffset UpdatedAt);
