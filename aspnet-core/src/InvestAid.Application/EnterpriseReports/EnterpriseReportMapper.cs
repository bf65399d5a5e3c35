using Riok.Mapperly.Abstractions;

namespace InvestAid.EnterpriseReports;

/// <summary>Compile-time mapping of enterprise reports to their DTOs; the project's names and the deadline come from the caller.</summary>
[Mapper]
public static partial class EnterpriseReportMapper
{
    public static partial EnterpriseReportDto ToDto(this EnterpriseReport report, string projectCode, string projectName, string? enterpriseName,
        DateOnly dueDate, bool filedLate);
}
