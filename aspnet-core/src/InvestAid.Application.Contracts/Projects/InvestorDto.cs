namespace InvestAid.Projects;

public sealed record InvestorDto(string Name, string CountryCode);
