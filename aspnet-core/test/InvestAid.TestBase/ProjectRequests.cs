using InvestAid.Projects;

namespace InvestAid.TestBase;

/// <summary>Builders of valid registration requests, to be varied with <c>with</c> in each test.</summary>
public static class ProjectRequests
{
    public static CreateProjectRequest Fdi(string nameVi, decimal capitalUsd = 10_000_000m, DateOnly? ircDate = null, string country = "KR") => new()
    {
        Kind = ProjectKind.Fdi,
        NameVi = nameVi,
        NameEn = "Test FDI project",
        OwnerName = "Công ty TNHH Kiểm thử Việt Nam",
        SectorCode = "26",
        Investors = [new InvestorDto("Test Investor Co., Ltd.", country)],
        Fdi = new FdiDetailsDto("1234567890", ircDate ?? new DateOnly(2024, 3, 15), 50),
        RegisteredCapitalUsd = capitalUsd,
        RegisteredCapitalVnd = capitalUsd * 25_000m,
    };

    public static CreateProjectRequest Oda(string nameVi, string donor = "WB") => new()
    {
        Kind = ProjectKind.Oda,
        NameVi = nameVi,
        DonorCode = donor,
        OwnerName = "Ban QLDA Nông nghiệp tỉnh",
        PlannedStart = new DateOnly(2024, 7, 1),
        PlannedEnd = new DateOnly(2029, 12, 31),
        Oda = new OdaDetailsDto("Cr.7012-VN", new DateOnly(2024, 6, 20), "USD", 45_000_000m, 0m, 5_000_000m, 1m, 25_400m, new DateOnly(2024, 6, 20)),
    };

    public static CreateProjectRequest Ngo(string nameVi, string donor = "BIDMC") => new()
    {
        Kind = ProjectKind.NgoAid,
        NameVi = nameVi,
        DonorCode = donor,
        Ngo = new NgoDetailsDto(AidType.Project, 150_000m, "USD", 1m, null, "12191", "123/QĐ-UBND", new DateOnly(2025, 5, 10)),
    };

    /// <summary>A word no other test uses, to find exactly the rows a test made.</summary>
    public static string UniqueWord() => "kt" + Guid.NewGuid().ToString("N")[..10];
}
