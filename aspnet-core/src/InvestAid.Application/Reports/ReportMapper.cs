using Riok.Mapperly.Abstractions;

namespace InvestAid.Reports;

/// <summary>Compile-time mapping of the reports feature's records to their DTOs. Report figures are computed by the report services.</summary>
[Mapper]
public static partial class ReportMapper
{
    /// <param name="eTag">The version's ETag (<see cref="Common.RecordVersion.ToETag"/>).</param>
    /// <param name="inUse">Whether this is the template drafts are written with (the latest).</param>
    public static partial ReportTemplateVersionDto ToDto(this ReportTemplateVersion version, string eTag, bool inUse);

    public static partial FdiPublicationDto ToDto(this FdiReportSnapshot snapshot);

    /// <param name="figures">The period's figures, computed or as published.</param>
    /// <param name="published">The publication the figures come from; null when they are computed.</param>
    /// <param name="pendingRevision">How today's figures differ from the published ones; null when they do not.</param>
    [MapProperty(nameof(FdiReportPeriod.From), nameof(FdiMonthlyReportDto.PeriodFrom))]
    [MapProperty(nameof(FdiReportPeriod.PreviousFrom), nameof(FdiMonthlyReportDto.PreviousPeriodFrom))]
    public static partial FdiMonthlyReportDto ToDto(this FdiReportPeriod period, FdiMonthlyFigures figures, FdiPublicationDto? published,
        IReadOnlyList<FdiFigureDifference>? pendingRevision);
}
