namespace InvestAid.Reports;

/// <summary>The report figures in SQL (one query per figure set), verified in tests against <c>CapitalLedger</c>.</summary>
/// <remarks>
/// Each takes the caller's figure projects (<see cref="Projects.ProjectScope.FigureProjects"/>): null counts every project, else
/// only those (and no capital contribution, which belongs to no project).
/// </remarks>
public interface IFdiReportQueries
{
    /// <summary>
    /// The figures of the period <paramref name="from"/> → <paramref name="to"/> (both days included), grouped by
    /// <paramref name="dimension"/> (one row, code null, for <see cref="FdiDimension.Total"/>), with the ledger as known now.
    /// </summary>
    Task<IReadOnlyList<FdiBreakdownRow>> FiguresAsync(FdiDimension dimension, DateOnly from, DateOnly to, Guid[]? projects, CancellationToken cancellationToken = default);

    /// <summary>
    /// The totals and all four breakdowns of the period in one pass over the ledger: the same figures as
    /// <see cref="FiguresAsync"/> for each <see cref="FdiDimension"/>.
    /// </summary>
    Task<(FdiFigures Totals, FdiBreakdowns Breakdowns)> AllFiguresAsync(DateOnly from, DateOnly to, Guid[]? projects, CancellationToken cancellationToken = default);

    /// <summary>New registered + added capital (USD) of each month from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<MonthlyAmount>> NewAndAddedByMonthAsync(DateOnly from, DateOnly to, Guid[]? projects, CancellationToken cancellationToken = default);

    /// <summary>Count and USD value of aid projects of the given kinds registered (agreement or approval date) in the period.</summary>
    Task<(int Count, decimal ValueUsd)> AidCommitmentsAsync(IReadOnlyList<Projects.ProjectKind> kinds, DateOnly from, DateOnly to, Guid[]? projects, CancellationToken cancellationToken = default);

    /// <summary>
    /// Implemented capital of quarters 1 … <paramref name="quarters"/> of <paramref name="year"/> from the enterprises'
    /// reports, the project-quarters that should have a report (FDI projects registered by the quarter's end and not
    /// terminated before its start, ledger as known now) and how many of them have none.
    /// </summary>
    Task<ImplementedCapitalTotals> ImplementedCapitalAsync(int year, int quarters, Guid[]? projects, CancellationToken cancellationToken = default);

    /// <summary>The Vietnamese and English name of the agency of <paramref name="category"/> in force on <paramref name="day"/>.</summary>
    Task<(string NameVi, string NameEn)?> AgencyInForceAsync(string category, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>The name of the administrative unit of <paramref name="code"/> (the province).</summary>
    Task<string?> AdministrativeUnitNameAsync(string code, CancellationToken cancellationToken = default);
}

public sealed record MonthlyAmount(int Year, int Month, decimal ValueUsd);

public sealed record ImplementedCapitalTotals(decimal ValueUsd, decimal ValueVnd, int ExpectedReports, int MissingReports);
