namespace InvestAid.Reports;

/// <summary>
/// The monthly FDI summary. For a published month, <see cref="Figures"/> are the frozen ones and
/// <see cref="PendingRevision"/> lists what recomputing now would change (null when nothing would).
/// </summary>
public sealed record FdiMonthlyReportDto(
    int Year,
    int Month,
    DateOnly PeriodFrom,
    DateOnly Cutoff,
    DateOnly PreviousPeriodFrom,
    DateOnly PreviousCutoff,
    FdiMonthlyFigures Figures,
    FdiPublicationDto? Published,
    IReadOnlyList<FdiFigureDifference>? PendingRevision);
