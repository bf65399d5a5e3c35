namespace InvestAid.Reports;

/// <summary>The period's figures by partner country, VSIC section, commune and industrial zone.</summary>
public sealed record FdiBreakdowns(
    IReadOnlyList<FdiBreakdownRow> ByCountry,
    IReadOnlyList<FdiBreakdownRow> BySection,
    IReadOnlyList<FdiBreakdownRow> ByCommune,
    IReadOnlyList<FdiBreakdownRow> ByIndustrialZone);
