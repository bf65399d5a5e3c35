namespace InvestAid.Reports;

/// <summary>
/// What a published snapshot freezes: this period, the same period of the previous year, the change in %
/// per figure (null when the previous figure is 0) and the breakdowns of this period.
/// </summary>
public sealed record FdiMonthlyFigures(
    FdiFigures Current,
    FdiFigures Previous,
    IReadOnlyDictionary<string, decimal?> ChangePercent,
    ImplementedCapital Implemented,
    FdiBreakdowns Breakdowns);
