using InvestAid.Finance;
using InvestAid.Projects;

namespace InvestAid.Demo;

public static partial class DemoDataFactory
{
    /// <summary>
    /// Money over time for the demo's aid projects, last year and this year up to today: each ODA / concessional-loan
    /// project in implementation gets its annual capital plan (adopted mid-January, some revised on 1 July) and
    /// disbursements every month or two, foreign and counterpart; each approved or running NGO aid gets two to four
    /// receipts. Deterministic, so the demo's dashboard and reports show the same figures on every machine.
    /// </summary>
    public static IReadOnlyList<object> CreateFinance(IReadOnlyList<Project> projects, DateTimeOffset now)
    {
        var rng = new Random(Seed + 7);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var records = new List<object>();
        foreach (var project in projects)
        {
            if (project.Oda is { } oda && project.Status is ProjectStatus.Active or ProjectStatus.Completed)
            {
                AddOdaYears(records, rng, project, oda, today, now);
            }
            else if (project.Ngo is { } ngo && project.Status is ProjectStatus.Approved or ProjectStatus.Active or ProjectStatus.Completed)
            {
                AddNgoReceipts(records, rng, project, ngo, today, now);
            }
        }

        return records;
    }

    private static void AddOdaYears(List<object> records, Random rng, Project project, OdaDetails oda, DateOnly today, DateTimeOffset now)
    {
        var foreignTotal = oda.OdaAmount + oda.LoanAmount;
        var foreignSource = oda.LoanAmount > oda.OdaAmount ? DisbursementSource.Loan : DisbursementSource.Oda;
        for (var year = today.Year - 1; year <= today.Year; year++)
        {
            var adopted = new DateOnly(year, 1, 15);
            if (adopted > today)
            {
                continue;
            }

            var share = 0.18m + (decimal)rng.NextDouble() * 0.17m;
            var foreign = Math.Round(foreignTotal * share, 0);
            var counterpart = Math.Round(oda.CounterpartAmount * share, 0);
            records.Add(Plan(project, oda, year, 0, adopted, null, foreign, counterpart, now));
            var revised = new DateOnly(year, 7, 1);
            if (rng.Next(3) == 0 && revised <= today)
            {
                var factor = 0.85m + (decimal)rng.NextDouble() * 0.3m;
                foreign = Math.Round(foreign * factor, 0);
                counterpart = Math.Round(counterpart * factor, 0);
                records.Add(Plan(project, oda, year, 1, revised, "Điều chỉnh kế hoạch vốn giữa năm theo tiến độ thực hiện", foreign, counterpart, now));
            }

            // Disbursed through the year: about 45–95 % of the plan by December, less so far this year.
            var target = 0.45m + (decimal)rng.NextDouble() * 0.5m;
            var paidForeign = 0m;
            var number = 0;
            for (var day = new DateOnly(year, 2, 10 + rng.Next(15)); day <= today && day.Year == year; day = day.AddDays(30 + rng.Next(35)))
            {
                var amount = Math.Round(foreign * (0.06m + (decimal)rng.NextDouble() * 0.08m), 0);
                if (amount <= 0 || paidForeign + amount > foreign * target)
                {
                    break;
                }

                paidForeign += amount;
                number++;
                records.Add(new Disbursement(project.Id, day, Money(oda, amount, day), foreignSource,
                    $"{project.Code}/GN-{year}-{number:00}", now, "officer@investaid.local"));
                if (oda.CounterpartAmount > 0 && number % 2 == 0)
                {
                    var local = Math.Round(counterpart * (0.1m + (decimal)rng.NextDouble() * 0.1m), 0);
                    records.Add(new Disbursement(project.Id, day, Money(oda, local, day), DisbursementSource.Counterpart,
                        $"{project.Code}/DU-{year}-{number:00}", now, "officer@investaid.local"));
                }
            }
        }
    }

    private static CapitalPlanRevision Plan(Project project, OdaDetails oda, int year, int revision, DateOnly effective, string? reason,
        decimal foreign, decimal counterpart, DateTimeOffset now) =>
        new(project.Id, year, revision, effective, reason, oda.Currency, foreign, counterpart,
            Math.Round(foreign * oda.RateToVnd, 0), Math.Round(counterpart * oda.RateToVnd, 0), now, "officer@investaid.local");

    private static Money Money(OdaDetails oda, decimal amount, DateOnly day) =>
        new(amount, oda.Currency, oda.RateToVnd, oda.RateToUsd, oda.RateDate ?? day);

    private static void AddNgoReceipts(List<object> records, Random rng, Project project, NgoDetails ngo, DateOnly today, DateTimeOffset now)
    {
        var start = ngo.ApprovalDate ?? today.AddMonths(-10);
        var count = 2 + rng.Next(3);
        var day = start.AddDays(20 + rng.Next(40));
        for (var i = 1; i <= count && day <= today; i++, day = day.AddDays(60 + rng.Next(90)))
        {
            var amount = Math.Round(ngo.CommittedAmount * (0.12m + (decimal)rng.NextDouble() * 0.15m), 0);
            var usdVnd = UsdVndRate(day.Year);
            var money = new Money(amount, ngo.Currency, Math.Round(ngo.RateToUsd * usdVnd, 2), ngo.RateToUsd, day);
            records.Add(new AidReceipt(project.Id, day, money, $"{project.Code}/TN-{day.Year}-{i:00}", now, "officer@investaid.local"));
        }
    }
}
