namespace InvestAid.Reports;

/// <summary>The month of a summary; the cut-off day defaults to the month's last day.</summary>
public sealed record FdiMonthlyQuery
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? CutoffDay { get; init; }
}
