namespace InvestAid.Reports;

/// <summary>The year of an ODA or NGO aid report.</summary>
public sealed record AidReportQuery
{
    public int? Year { get; init; }
}
