using Riok.Mapperly.Abstractions;

namespace InvestAid.Reports;

/// <summary>Compile-time mapping of the reports feature's records to their DTOs. Report figures are computed by the report services.</summary>
[Mapper]
public static partial class ReportMapper
{
    /// <param name="eTag">The version's ETag (<see cref="Common.RecordVersion.ToETag"/>).</param>
    /// <param name="inUse">Whether this is the template drafts are written with (the latest).</param>
    public static partial ReportTemplateVersionDto ToDto(this ReportTemplateVersion version, string eTag, bool inUse);
}
