namespace InvestAid.Projects;

/// <summary>The descriptive fields of a project, as entered by an officer; validated before it reaches the aggregate.</summary>
public sealed record ProjectProfile
{
    public required string NameVi { get; init; }
    public string? NameEn { get; init; }
    public string? NationalCode { get; init; }
    public string? OwnerName { get; init; }
    public Guid? OwnerUserId { get; init; }
    public string? CommuneCode { get; init; }
    /// <summary>Every commune the project lies in, when it spans several (the communes named in the approval).</summary>
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
    public FdiDetails? Fdi { get; init; }
    public OdaDetails? Oda { get; init; }
    public NgoDetails? Ngo { get; init; }
    public IReadOnlyList<Investor>? Investors { get; init; }
}
