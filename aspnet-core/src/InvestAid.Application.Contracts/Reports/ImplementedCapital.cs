namespace InvestAid.Reports;

/// <summary>
/// Implemented (disbursed) FDI capital of a period (vốn thực hiện), summed from the enterprises' quarterly reports of
/// the quarters of the year that END on or before the cut-off day: a quarter still in progress on the cut-off day is
/// left out whole (enterprises report by quarter, by the 10th of the next month), so <see cref="Through"/> says where
/// the figure stops. It is an estimate when a project that was valid in one of those quarters (registered by the
/// quarter's end, not terminated before its start) has no report for it; <see cref="MissingReports"/> counts them.
/// </summary>
public sealed record ImplementedCapital(decimal ValueUsd, bool IsEstimate, string? Note)
{
    public decimal ValueVnd { get; init; }
    /// <summary>Complete quarters in the period (0 when the cut-off falls in the first quarter).</summary>
    public int Quarters { get; init; }
    /// <summary>The end of the last complete quarter, or null when there is none.</summary>
    public DateOnly? Through { get; init; }
    /// <summary>Project-quarters that should have a report (valid FDI projects × complete quarters).</summary>
    public int ExpectedReports { get; init; }
    public int MissingReports { get; init; }
}
