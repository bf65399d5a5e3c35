namespace InvestAid.Projects;

/// <summary>Province-unique project codes: series, year, four-digit number (FDI-2022-0007).</summary>
public static class ProjectCodes
{
    public static string Series(ProjectKind kind) => kind switch
    {
        ProjectKind.Fdi => "FDI",
        ProjectKind.Oda => "ODA",
        ProjectKind.ConcessionalLoan => "VAY",
        ProjectKind.NgoAid => "NGO",
        _ => "DTN",
    };

    public static string Format(string series, int year, int number) => $"{series}-{year}-{number:0000}";
}
