namespace InvestAid.Projects;

/// <summary>A project as it stands (or as it stood on <see cref="AsOf"/>, when asked).</summary>
public sealed record ProjectDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string? NationalCode { get; init; }
    public ProjectKind Kind { get; init; }
    public ProjectStatus Status { get; init; }
    public string NameVi { get; init; } = "";
    public string? NameEn { get; init; }
    public string? OwnerName { get; init; }
    public Guid? OwnerUserId { get; init; }
    public string? CommuneCode { get; init; }
    public IReadOnlyList<string> CommuneCodes { get; init; } = [];
    public string? IndustrialZoneCode { get; init; }
    public string? Address { get; init; }
    public decimal? Latitude { get; init; }
    public decimal? Longitude { get; init; }
    public string? SectorCode { get; init; }
    public string? DacCode { get; init; }
    public string? DonorCode { get; init; }
    public DateOnly? PlannedStart { get; init; }
    public DateOnly? PlannedEnd { get; init; }
    public DateOnly? ActualStart { get; init; }
    public DateOnly? ActualEnd { get; init; }
    public string? Objectives { get; init; }
    public DateOnly? RegisteredOn { get; init; }
    public decimal RegisteredCapitalUsd { get; init; }
    public decimal RegisteredCapitalVnd { get; init; }
    public FdiDetailsDto? Fdi { get; init; }
    public OdaDetailsDto? Oda { get; init; }
    public NgoDetailsDto? Ngo { get; init; }
    public IReadOnlyList<InvestorDto> Investors { get; init; } = [];
    public IReadOnlyList<CapitalEventDto> CapitalEvents { get; init; } = [];
    public DateOnly? AsOf { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>The version to send back in <c>If-Match</c> (also in the ETag header).</summary>
    public string Version { get; init; } = "";
}
