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
            else if (project.Ngo is { } ngo && project.Status is ProjectStatus.Active or ProjectStatus.Completed)
            {
                AddNgoReceipts(records, rng, project, ngo, today, now);
            }
            if (project.Ngo is { } aid && NgoSchedules.TryGetValue(project.Code, out var schedule))
            {
                foreach (var (due, amount) in schedule)
                {
                    records.Add(new ExpectedReceipt(project.Id, due, amount, aid.Currency, Math.Round(amount * aid.RateToUsd, 2), $"Cam kết năm {due.Year}", now));
                }
            }
            if (project.Code == NgoInProcedureProjectCode)
            {
                var dossier = new Dossiers.Dossier(project.Id, "ngo-aid-approval", new DateOnly(2025, 12, 8), "Hội Chữ thập đỏ tỉnh Hưng Yên", null, now);
                if (project.Ngo?.ApprovalDate is { } decided && decided <= today)
                {
                    dossier.Decide(true, project.Ngo.ApprovalDecisionNumber, decided, now);
                }
                records.Add(dossier);
            }
        }
        records.AddRange(DemoExchangeRates(now));

        return records;
    }

    /// <summary>
    /// The per-year commitment schedule (expected receipts) of the multi-year NGO aid: each year's instalment, in the aid's currency,
    /// due on 30 June (or at the start / end when the aid runs part of a year). Demo amounts.
    /// </summary>
    private static readonly Dictionary<string, (DateOnly Due, decimal Amount)[]> NgoSchedules = new()
    {
        ["NGO-2022-0001"] = [(new(2022, 6, 30), 80_000m), (new(2023, 6, 30), 70_000m), (new(2024, 6, 30), 60_000m), (new(2025, 3, 31), 35_000m)],
        ["NGO-2023-0001"] = [(new(2023, 11, 30), 30_000m), (new(2024, 6, 30), 50_000m), (new(2025, 6, 30), 45_000m), (new(2026, 6, 30), 25_000m)],
        ["NGO-2024-0001"] = [(new(2024, 6, 30), 100_000m), (new(2025, 6, 30), 110_000m), (new(2026, 6, 30), 100_000m)],
        ["NGO-2025-0001"] = [(new(2025, 9, 30), 60_000m), (new(2026, 6, 30), 70_000m), (new(2027, 6, 30), 55_000m)],
        ["NGO-2025-0002"] = [(new(2026, 6, 30), 50_000m), (new(2027, 6, 30), 45_000m)],
        [NgoInProcedureProjectCode] = [(new(2026, 6, 30), 80_000m), (new(2027, 3, 31), 60_000m)],
    };

    /// <summary>
    /// DEMO exchange rates — NOT official rates: rounded yearly values of the order of the State Bank's and the market's, made up for
    /// the demo because no published source can be reached here. One per currency on 2 January of each year 2015–2026 (rate to VND and
    /// to USD). Replace them with the rates the department actually uses before relying on any USD figure.
    /// </summary>
    public static IReadOnlyList<Finance.ExchangeRate> DemoExchangeRates(DateTimeOffset now)
    {
        var rates = new List<Finance.ExchangeRate>();
        for (var year = 2015; year <= LastDemoDay.Year; year++)
        {
            var usdVnd = UsdVndRate(year);
            foreach (var currency in new[] { "USD", "EUR", "JPY", "KRW", "XDR" })
            {
                var toUsd = DemoRateToUsd(currency, year);
                rates.Add(new Finance.ExchangeRate(currency, new DateOnly(year, 1, 2), Math.Round(toUsd * usdVnd, 4), toUsd, now));
            }
        }
        return rates;
    }

    /// <summary>DEMO rate of a currency to USD in a year (rounded, made up in the order of the market's).</summary>
    private static decimal DemoRateToUsd(string currency, int year) => currency switch
    {
        "EUR" => year switch { <= 2016 => 1.10m, 2017 => 1.13m, 2018 => 1.18m, 2019 => 1.12m, 2020 => 1.14m, 2021 => 1.18m, 2022 => 1.05m, 2023 => 1.08m, 2024 => 1.08m, 2025 => 1.13m, _ => 1.16m },
        "JPY" => year switch { <= 2019 => 0.0090m, 2020 => 0.0094m, 2021 => 0.0091m, 2022 => 0.0076m, 2023 => 0.0071m, 2024 => 0.0066m, _ => 0.0066m },
        "KRW" => year switch { <= 2019 => 0.00086m, 2020 => 0.00085m, 2021 => 0.00087m, 2022 => 0.00077m, 2023 => 0.00077m, 2024 => 0.00073m, _ => 0.00071m },
        "XDR" => year switch { <= 2019 => 1.39m, 2020 => 1.41m, 2021 => 1.42m, 2022 => 1.33m, 2023 => 1.34m, 2024 => 1.33m, _ => 1.36m },
        _ => 1m,
    };

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

    /// <summary>A disbursement converted at the (demo) rate of its own year, dated 2 January of it — the rate's day is its IATI value-date.</summary>
    private static Money Money(OdaDetails oda, decimal amount, DateOnly day)
    {
        var toUsd = DemoRateToUsd(oda.Currency, day.Year);
        return new(amount, oda.Currency, Math.Round(toUsd * UsdVndRate(day.Year), 4), toUsd, new DateOnly(day.Year, 1, 2));
    }

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
