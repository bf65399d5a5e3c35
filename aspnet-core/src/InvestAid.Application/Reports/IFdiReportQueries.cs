namespace InvestAid.Reports;

/// <summary>The report figures in SQL (one query per figure set), verified in tests against <c>CapitalLedger</c>.</summary>
public interface IFdiReportQueries
{
    /// <summary>
    /// The figures of the period <paramref name="from"/> → <paramref name="to"/> (both days included), grouped by
    /// <paramref name="dimension"/> (one row, code null, for <see cref="FdiDimension.Total"/>), with the ledger as known now.
    /// </summary>
    Task<IReadOnlyList<FdiBreakdownRow>> FiguresAsync(FdiDimension dimension, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>New registered + added capital (USD) of each month from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<MonthlyAmount>> NewAndAddedByMonthAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Count and USD value of aid projects of the given kinds registered (agreement or approval date) in the period.</summary>
    Task<(int Count, decimal ValueUsd)> AidCommitmentsAsync(IReadOnlyList<Projects.ProjectKind> kinds, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The Vietnamese and English name of the agency of <paramref name="category"/> in force on <paramref name="day"/>.</summary>
    Task<(string NameVi, string NameEn)?> AgencyInForceAsync(string category, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>The name of the administrative unit of <paramref name="code"/> (the province).</summary>
    Task<string?> AdministrativeUnitNameAsync(string code, CancellationToken cancellationToken = default);
}

public sealed record MonthlyAmount(int Year, int Month, decimal ValueUsd);
