namespace InvestAid.EnterpriseReports;

public interface IEnterpriseReportRepository
{
    void Add(EnterpriseReport report);

    Task<EnterpriseReport?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>Every revision of one project's report for one period, oldest first.</summary>
    Task<IReadOnlyList<EnterpriseReport>> RevisionsAsync(Guid projectId, ReportPeriodKind kind, int year, int quarter, CancellationToken ct = default);

    /// <summary>Reports, newest first, filtered by project, status and period, of <paramref name="projectIds"/> only unless null.</summary>
    Task<(IReadOnlyList<EnterpriseReport> Items, int Total)> ListAsync(Guid? projectId, IReadOnlyCollection<Guid>? projectIds, EnterpriseReportStatus? status,
        int? year, int? quarter, int page, int pageSize, CancellationToken ct = default);

    /// <summary>The latest revision of every report of a period that is not superseded (for consolidation and the missing list).</summary>
    Task<IReadOnlyList<EnterpriseReport>> CurrentOfPeriodAsync(ReportPeriodKind kind, int year, int quarter, CancellationToken ct = default);

    /// <summary>Code, Vietnamese name and owner's name of the projects named, for lists.</summary>
    Task<IReadOnlyDictionary<Guid, (string Code, string Name, string? OwnerName)>> ProjectNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);

    /// <summary>FDI projects that owe a report for the period: registered by its end and not terminated before its start.</summary>
    Task<IReadOnlyList<(Guid Id, string Code, string Name, string? OwnerName, Guid? OwnerUserId)>> ProjectsOwingAsync(DateOnly periodStart, DateOnly periodEnd,
        CancellationToken ct = default);
}
