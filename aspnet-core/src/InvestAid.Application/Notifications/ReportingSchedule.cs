using InvestAid.Projects;
using InvestAid.Workflows.Calendar;

namespace InvestAid.Notifications;

/// <summary>
/// The periodic reports each kind of project owes and their due dates.
/// FDI (Law on Investment 61/2020 Art. 72; Decree 31/2021 Art. 102): quarterly by the 10th of the month after the
/// quarter, yearly by 31 March of the next year. NGO aid (Decree 80/2020 Art. 13(9)): every 6 months and yearly —
/// the decree sets no day, so this schedule uses the 15th of the month after the period (*unconfirmed*, adjust here).
/// ODA (Decree 114/2021 → 242/2025): monthly and quarterly — the 15th of the month after the period (*unconfirmed*).
/// </summary>
public static class ReportingSchedule
{
    public static IEnumerable<(ProjectKind[] Kinds, ReportDeadline Deadline)> Deadlines(int year, IWorkingDayCalendar calendar)
    {
        ReportDeadline Due(string type, string period, DateOnly legal, string label) =>
            new(type, period, legal, calendar.NextWorkingDayOnOrAfter(legal), label);

        ProjectKind[] fdi = [ProjectKind.Fdi];
        ProjectKind[] ngo = [ProjectKind.NgoAid];
        ProjectKind[] oda = [ProjectKind.Oda, ProjectKind.ConcessionalLoan];
        for (var q = 1; q <= 4; q++)
        {
            var after = new DateOnly(year, q * 3, 1).AddMonths(1);
            yield return (fdi, Due("fdi-quarterly", $"{year}Q{q}", new DateOnly(after.Year, after.Month, 10), $"Báo cáo tình hình thực hiện dự án quý {q}/{year}"));
            yield return (oda, Due("oda-quarterly", $"{year}Q{q}", new DateOnly(after.Year, after.Month, 15), $"Báo cáo quý {q}/{year} của dự án ODA"));
        }
        yield return (fdi, Due("fdi-yearly", $"{year}", new DateOnly(year + 1, 3, 31), $"Báo cáo tình hình thực hiện dự án năm {year}"));
        for (var m = 1; m <= 12; m++)
        {
            var after = new DateOnly(year, m, 1).AddMonths(1);
            yield return (oda, Due("oda-monthly", $"{year}-{m:00}", new DateOnly(after.Year, after.Month, 15), $"Báo cáo tháng {m}/{year} của dự án ODA"));
        }
        yield return (ngo, Due("ngo-half-year", $"{year}H1", new DateOnly(year, 7, 15), $"Báo cáo 6 tháng đầu năm {year} của khoản viện trợ"));
        yield return (ngo, Due("ngo-yearly", $"{year}", new DateOnly(year + 1, 1, 15), $"Báo cáo năm {year} của khoản viện trợ"));
    }

    /// <summary>The deadlines whose reminder window — from <paramref name="leadDays"/> before the legal date to the effective due date — holds <paramref name="today"/>.</summary>
    public static IEnumerable<(ProjectKind[] Kinds, ReportDeadline Deadline)> InReminderWindow(DateOnly today, int leadDays, IWorkingDayCalendar calendar) =>
        Enumerable.Range(today.Year - 1, 2)
            .SelectMany(y => Deadlines(y, calendar))
            .Where(d => today >= d.Deadline.LegalDue.AddDays(-leadDays) && today <= d.Deadline.EffectiveDue);
}
