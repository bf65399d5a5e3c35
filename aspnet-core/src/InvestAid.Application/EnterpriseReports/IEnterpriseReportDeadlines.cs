namespace InvestAid.EnterpriseReports;

/// <summary>When an FDI enterprise's report for a period is due. Today's values come from <see cref="StatutoryEnterpriseReportDeadlines"/>;
/// the legal-parameters register can stand in for it without touching the callers.</summary>
public interface IEnterpriseReportDeadlines
{
    DateOnly DueDate(ReportPeriodKind kind, int year, int quarter);

    /// <summary>Days after the due date at which a missing report is escalated to the leader.</summary>
    int EscalateAfterDays { get; }

    /// <summary>Days before the due date from which reminders go out.</summary>
    int RemindBeforeDays { get; }
}

/// <summary>
/// Decree 31/2021/NĐ-CP Art. 102(1) with Circular 03/2021/TT-BKHĐT: the quarterly report by the 10th of the month after the
/// quarter, the yearly report by 31 March of the next year.
/// </summary>
public sealed class StatutoryEnterpriseReportDeadlines : IEnterpriseReportDeadlines
{
    public DateOnly DueDate(ReportPeriodKind kind, int year, int quarter) => kind == ReportPeriodKind.Yearly
        ? new DateOnly(year + 1, 3, 31)
        : new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(9);

    public int EscalateAfterDays => 15;

    public int RemindBeforeDays => 5;
}
