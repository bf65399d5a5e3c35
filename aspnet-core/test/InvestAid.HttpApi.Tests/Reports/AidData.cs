using InvestAid.EntityFrameworkCore;
using InvestAid.Finance;
using InvestAid.Projects;
using InvestAid.TestBase;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.HttpApi.Reports;

/// <summary>
/// A province's ODA and NGO money for 2025, stored directly. Expected figures (worked by hand):
/// ODA-A (WB, ODA 45M + loan 3M USD): plan revision 1 in force on 31/12 = 125e9 foreign + 10e9 counterpart VND (5.4M USD);
/// disbursed 25e9 ODA + 5.2e9 loan + 2e9 counterpart VND = 32.2e9 (1.28M USD). VAY-B (KEXIM, EUR loan): plan 27e9 VND
/// (1.08M USD at 25,000), disbursed 13.5e9 VND loan (540,000 USD). NGO-A (BIDMC, DAC 12191): 150,000 USD approved 2025,
/// 100,000 USD received (2.5e9 VND). NGO-B (DHF, field "Giáo dục"): 216,000 USD approved 2024, 54,000 USD received (1.35e9 VND).
/// NGO-C ended in 2024 and is out.
/// </summary>
internal static class AidData
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static int _counter;

    public sealed record Seeded(Project OdaA, Project LoanB, Project NgoA, Project NgoB, Project NgoC);

    private static Project Active(Project p, DateOnly on)
    {
        p.Submit(on, Now);
        p.StartReview(on, Now);
        p.Approve(on, Now);
        p.Activate(on, Now);
        return p;
    }

    private static string Code(string prefix) => $"{prefix}-T-{Interlocked.Increment(ref _counter):D5}";

    public static Project Oda(string donor, ProjectKind kind, string currency, decimal oda, decimal loan) =>
        Active(new Project(Code(kind == ProjectKind.Oda ? "ODA" : "VAY"), kind, new ProjectProfile
        {
            NameVi = "Dự án " + donor,
            NameEn = "Project " + donor,
            DonorCode = donor,
            DacCode = "14030",
            PlannedStart = new DateOnly(2024, 7, 1),
            PlannedEnd = new DateOnly(2028, 6, 30),
            Oda = new OdaDetails("AG-" + donor, new DateOnly(2024, 6, 20), currency, oda, loan, 1_000_000m, 1m, 25_400m, new DateOnly(2024, 6, 20)),
        }, Now), new DateOnly(2024, 6, 20));

    public static Project Ngo(string donor, string? dac, string? field, decimal amount, string currency, decimal rateToUsd, DateOnly approved, DateOnly? plannedEnd) =>
        Active(new Project(Code("NGO"), ProjectKind.NgoAid, new ProjectProfile
        {
            NameVi = "Viện trợ " + donor,
            DonorCode = donor,
            DacCode = dac,
            PlannedStart = approved,
            PlannedEnd = plannedEnd,
            Ngo = new NgoDetails(AidType.Project, amount, currency, rateToUsd, "BVDKT", field, "QĐ-" + donor, approved),
        }, Now), approved);

    public static Money Usd(decimal amount, decimal rateToVnd, DateOnly on) => new(amount, "USD", rateToVnd, 1m, on);

    public static async Task<Seeded> SeedAsync(TestDatabase database)
    {
        await using (var conn = new NpgsqlConnection(database.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("DELETE FROM exchange_rates", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        var odaA = Oda("WB", ProjectKind.Oda, "USD", 45_000_000m, 3_000_000m);
        var loanB = Oda("KEXIM", ProjectKind.ConcessionalLoan, "EUR", 0m, 10_000_000m);
        var ngoA = Ngo("BIDMC", "12191", "Y tế", 150_000m, "USD", 1m, new DateOnly(2025, 5, 10), null);
        var ngoB = Ngo("DHF", null, " Giáo dục ", 200_000m, "EUR", 1.08m, new DateOnly(2024, 3, 1), new DateOnly(2026, 12, 31));
        var ngoC = Ngo("BIDMC", "12191", null, 90_000m, "USD", 1m, new DateOnly(2023, 1, 5), new DateOnly(2024, 6, 30));
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
        db.Projects.AddRange(odaA, loanB, ngoA, ngoB, ngoC);
        db.AddRange(
            new ExchangeRate("USD", new DateOnly(2025, 1, 2), 25_000m, 1m, Now),
            new CapitalPlanRevision(odaA.Id, 2025, 0, new DateOnly(2025, 1, 15), null, "USD", 4_000_000m, 400_000m, 100_000_000_000m, 10_000_000_000m, Now, "test"),
            new CapitalPlanRevision(odaA.Id, 2025, 1, new DateOnly(2025, 6, 1), "Bổ sung", "USD", 5_000_000m, 400_000m, 125_000_000_000m, 10_000_000_000m, Now, "test"),
            new CapitalPlanRevision(odaA.Id, 2025, 2, new DateOnly(2026, 1, 10), "Kéo dài", "USD", 9_000_000m, 400_000m, 225_000_000_000m, 10_000_000_000m, Now, "test"),
            new CapitalPlanRevision(loanB.Id, 2025, 0, new DateOnly(2025, 3, 1), null, "EUR", 1_000_000m, 0m, 27_000_000_000m, 0m, Now, "test"),
            new Disbursement(odaA.Id, new DateOnly(2024, 12, 20), Usd(700_000m, 25_400m, new DateOnly(2024, 12, 20)), DisbursementSource.Oda, "GN-2024", Now, "test"),
            new Disbursement(odaA.Id, new DateOnly(2025, 2, 10), Usd(1_000_000m, 25_000m, new DateOnly(2025, 2, 10)), DisbursementSource.Oda, "GN-01", Now, "test"),
            new Disbursement(odaA.Id, new DateOnly(2025, 3, 1), new Money(2_000_000_000m, "VND", 1m, 0.00004m, new DateOnly(2025, 3, 1)), DisbursementSource.Counterpart, "DU-01", Now, "test"),
            new Disbursement(odaA.Id, new DateOnly(2025, 8, 1), Usd(200_000m, 26_000m, new DateOnly(2025, 7, 31)), DisbursementSource.Loan, "GN-02", Now, "test"),
            new Disbursement(loanB.Id, new DateOnly(2025, 9, 1), new Money(500_000m, "EUR", 27_000m, 1.08m, new DateOnly(2025, 9, 1)), DisbursementSource.Loan, "GN-B1", Now, "test"),
            new AidReceipt(ngoA.Id, new DateOnly(2025, 6, 1), Usd(100_000m, 25_000m, new DateOnly(2025, 6, 1)), "TN-01", Now, "test"),
            new AidReceipt(ngoA.Id, new DateOnly(2026, 1, 5), Usd(50_000m, 26_000m, new DateOnly(2026, 1, 5)), "TN-02", Now, "test"),
            new AidReceipt(ngoB.Id, new DateOnly(2025, 2, 1), new Money(50_000m, "EUR", 27_000m, 1.08m, new DateOnly(2025, 1, 31)), "TN-B1", Now, "test"));
        await db.SaveChangesAsync();
        return new Seeded(odaA, loanB, ngoA, ngoB, ngoC);
    }
}
