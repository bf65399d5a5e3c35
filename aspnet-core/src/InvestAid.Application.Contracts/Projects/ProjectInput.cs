namespace InvestAid.Projects;

/// <summary>What an officer enters to create or edit a project. The details block must match the project's kind.</summary>
public record ProjectInput
{
    public string NameVi { get; init; } = "";
    public string? NameEn { get; init; }
    public string? NationalCode { get; init; }
    public string? OwnerName { get; init; }
    public Guid? OwnerUserId { get; init; }
    public string? CommuneCode { get; init; }
    /// <summary>Every commune the project lies in when it spans several (administrative-unit codes).</summary>
    public IReadOnlyList<string>? CommuneCodes { get; init; }
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
    public FdiDetailsDto? Fdi { get; init; }
    public OdaDetailsDto? Oda { get; init; }
    public NgoDetailsDto? Ngo { get; init; }
    public IReadOnlyList<InvestorDto>? Investors { get; init; }
}
