namespace InvestAid.Projects;

/// <summary>A foreign investor of an FDI project (nhà đầu tư nước ngoài), with its nationality (ISO 3166-1 alpha-2).</summary>
public sealed record Investor(string Name, string CountryCode);
