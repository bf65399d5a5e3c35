namespace InvestAid.Reports;

/// <summary>The breakdowns of the monthly FDI summary.</summary>
public enum FdiDimension
{
    /// <summary>No breakdown: the province's totals.</summary>
    Total = 0,
    /// <summary>Partner country: the nationality of the project's FIRST investor (the one registered first), or of the contributing investor.</summary>
    Country = 1,
    /// <summary>VSIC 2018 section, from the project's division through the reference list.</summary>
    Section = 2,
    Commune = 3,
    IndustrialZone = 4,
}
