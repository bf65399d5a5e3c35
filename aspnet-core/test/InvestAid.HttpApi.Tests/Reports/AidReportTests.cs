using System.Globalization;
using System.Net;
using AwesomeAssertions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InvestAid.EntityFrameworkCore;
using InvestAid.Errors;
using InvestAid.Finance;
using InvestAid.Hosting;
using InvestAid.Projects;
using InvestAid.Reports;
using InvestAid.Reports.Drafts;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Reports;

/// <summary>
/// A province's 2025 replayed through the API — ODA plans with a revision, projects starting and closing, a plan without a USD
/// rate, NGO aid approved and running, multi-year commitment schedules, a dossier still in procedure — then every figure of the
/// ODA and NGO reports checked as JSON, as Excel cell by cell, on the dashboard and in the drafted report text (JSON and .docx).
/// </summary>
public sealed class AidReportTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static int _counter;

    private sealed record Year2025(Project WbA, Project KeximB, Project AdbC, Project JicaD, Project KoicaE,
        Project BidmcN1, Project DhfN2, Project RtrN3, Project PlanN4, Project WviN5, Project HfhN7);

    private static string Code(string prefix) => $"{prefix}-R-{Interlocked.Increment(ref _counter):D5}";

    private static Project Walk(Project p, DateOnly approved, DateOnly? active = null, DateOnly? completed = null)
    {
        p.Submit(approved.AddDays(-30), Now);
        p.StartReview(approved.AddDays(-20), Now);
        p.Approve(approved, Now);
        if (active is { } a) p.Activate(a, Now);
        if (completed is { } c) p.Complete(c, Now);
        return p;
    }

    private static Project Oda(string donor, ProjectKind kind, OdaDetails oda, DateOnly? start, DateOnly? end, string dac = "14030") =>
        new(Code(kind == ProjectKind.Oda ? "ODA" : "VAY"), kind, new ProjectProfile
        {
            NameVi = "Dự án " + donor, NameEn = "Project " + donor, DonorCode = donor, DacCode = dac, CommuneCode = "33001",
            PlannedStart = start ?? new DateOnly(2026, 4, 1), PlannedEnd = new DateOnly(2029, 12, 31), ActualStart = start, ActualEnd = end,
            Objectives = "Mục tiêu của dự án " + donor, Oda = oda,
        }, Now);

    private static Project Ngo(string donor, decimal amount, string currency, decimal rateToUsd, DateOnly? approved, string dac, string commune,
        DateOnly? start, DateOnly? plannedEnd, DateOnly? end = null) =>
        new(Code("NGO"), ProjectKind.NgoAid, new ProjectProfile
        {
            NameVi = "Viện trợ " + donor, DonorCode = donor, DacCode = dac, CommuneCode = commune,
            PlannedStart = start ?? approved, PlannedEnd = plannedEnd, ActualStart = start, ActualEnd = end,
            Ngo = new NgoDetails(AidType.Project, amount, currency, rateToUsd, "BVDKT", dac, approved is null ? null : "QĐ-" + donor, approved),
        }, Now);

    private async Task<Year2025> ReplayAsync()
    {
        await ReportData.ClearAsync(factory.Database);
        var wbA = Walk(Oda("WB", ProjectKind.Oda, new OdaDetails("Cr. 1", new DateOnly(2024, 6, 20), "USD", 45_000_000m, 0m, 5_000_000m, 1m, 25_400m, new DateOnly(2024, 6, 20)),
            new DateOnly(2024, 7, 1), null), new DateOnly(2024, 6, 20), new DateOnly(2024, 7, 1));
        var keximB = Walk(Oda("KEXIM", ProjectKind.ConcessionalLoan, new OdaDetails("EDCF 2", new DateOnly(2024, 12, 1), "EUR", 0m, 10_000_000m, 1_000_000m, 1.08m, 27_000m, new DateOnly(2024, 12, 1)),
            new DateOnly(2025, 4, 1), null), new DateOnly(2024, 12, 1), new DateOnly(2025, 4, 1));
        var adbC = Walk(Oda("ADB", ProjectKind.Oda, new OdaDetails("L 3", new DateOnly(2020, 5, 1), "USD", 20_000_000m, 0m, 2_000_000m, 1m, 23_200m, new DateOnly(2020, 5, 1)),
            new DateOnly(2021, 1, 1), new DateOnly(2025, 6, 30)), new DateOnly(2020, 5, 1), new DateOnly(2021, 1, 1), new DateOnly(2025, 6, 30));
        var jicaD = Walk(Oda("JICA", ProjectKind.Oda, new OdaDetails("VN25-1", new DateOnly(2025, 10, 1), "JPY", 3_000_000_000m, 0m, 500_000_000m, 0.0066m, 171m, new DateOnly(2025, 10, 1)),
            null, null), new DateOnly(2025, 10, 1));
        // No rate recorded with this agreement: its VND plan cannot be priced in USD unless a dated rate is chosen.
        var koicaE = Walk(Oda("KOICA", ProjectKind.Oda, new OdaDetails("K-5", new DateOnly(2022, 3, 1), "KRW", 9_000_000_000m, 0m, 1_000_000_000m, 0m, 0m, null),
            new DateOnly(2023, 1, 1), null), new DateOnly(2022, 3, 1), new DateOnly(2023, 1, 1));

        var n1 = Walk(Ngo("BIDMC", 150_000m, "USD", 1m, new DateOnly(2025, 5, 10), "12191", "33", new DateOnly(2025, 6, 1), new DateOnly(2027, 5, 31)),
            new DateOnly(2025, 5, 10), new DateOnly(2025, 6, 1));
        var n2 = Walk(Ngo("DHF", 30_000m, "USD", 1m, new DateOnly(2025, 8, 1), "11220", "33", null, null), new DateOnly(2025, 8, 1));
        var n3 = Walk(Ngo("RTR", 240_000m, "USD", 1m, new DateOnly(2023, 3, 1), "11220", "33024", new DateOnly(2023, 4, 1), new DateOnly(2026, 3, 31)),
            new DateOnly(2023, 3, 1), new DateOnly(2023, 4, 1));
        var n4 = Walk(Ngo("PLAN", 100_000m, "EUR", 1.1m, new DateOnly(2024, 2, 1), "14030", "33101", new DateOnly(2024, 3, 1), new DateOnly(2025, 12, 31)),
            new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 1));
        var n5 = Walk(Ngo("WVI", 120_000m, "USD", 1m, new DateOnly(2024, 9, 16), "72010", "33026", new DateOnly(2024, 9, 18), new DateOnly(2024, 12, 31), new DateOnly(2024, 12, 31)),
            new DateOnly(2024, 9, 16), new DateOnly(2024, 9, 18), new DateOnly(2024, 12, 31));
        var n7 = new Project(Code("NGO"), ProjectKind.NgoAid, new ProjectProfile
        {
            NameVi = "Viện trợ HFH", DonorCode = "HFH", DacCode = "16010", CommuneCode = "33030",
            Ngo = new NgoDetails(AidType.Project, 140_000m, "USD", 1m, "HCTD", "16010", null, null),
        }, Now);
        n7.Submit(new DateOnly(2025, 11, 20), Now);
        n7.StartReview(new DateOnly(2025, 11, 27), Now);
        var fdi = ReportData.Fdi(new DateOnly(2025, 3, 10), 2_500_000m);

        await ReportData.SaveAsync(factory.Database, [wbA, keximB, adbC, jicaD, koicaE, n1, n2, n3, n4, n5, n7, fdi]);
        await using (var scope = factory.Database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
            db.Set<ExchangeRate>().RemoveRange(db.Set<ExchangeRate>());
            db.AddRange(
                new ExchangeRate("USD", new DateOnly(2025, 1, 2), 25_000m, 1m, Now),
                // A plan in VND on a project whose agreement carries no rate (recorded as the province adopted it).
                new CapitalPlanRevision(koicaE.Id, 2025, 0, new DateOnly(2025, 1, 20), null, "VND", 5_000_000_000m, 1_000_000_000m, 5_000_000_000m, 1_000_000_000m, Now, "test"),
                new InvestAid.Dossiers.Dossier(n2.Id, "ngo-aid-approval", new DateOnly(2025, 6, 10), "Quỹ DHF", null, Now),
                new InvestAid.Dossiers.Dossier(n7.Id, "ngo-aid-approval", new DateOnly(2025, 11, 20), "Hội Chữ thập đỏ tỉnh", null, Now));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            var decided = db.Set<InvestAid.Dossiers.Dossier>().Single(d => d.ProjectId == n2.Id);
            decided.Decide(true, "QĐ-DHF", new DateOnly(2025, 8, 1), Now);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        async Task Post<T>(Project p, string what, T body) =>
            (await officer.PostJsonAsync($"/api/v1/projects/{p.Id}/{what}", body)).EnsureSuccessStatusCode();
        // WB: the 2025 plan and its mid-year revision (in force on 31 December); a 2026 revision that must not count.
        await Post(wbA, "plans", new CapitalPlanInput(2025, new DateOnly(2025, 1, 15), null, "USD", 4_000_000m, 400_000m, 100_000_000_000m, 10_000_000_000m));
        await Post(wbA, "plans", new CapitalPlanInput(2025, new DateOnly(2025, 6, 1), "Bổ sung", "USD", 5_000_000m, 400_000m, 125_000_000_000m, 10_000_000_000m));
        await Post(wbA, "plans", new CapitalPlanInput(2025, new DateOnly(2026, 1, 10), "Kéo dài", "USD", 9_000_000m, 400_000m, 225_000_000_000m, 10_000_000_000m));
        await Post(wbA, "disbursements", new DisbursementInput(new DateOnly(2024, 12, 20), 700_000m, "USD", DisbursementSource.Oda, "GN-2024", 25_400m, 1m, new DateOnly(2024, 12, 20)));
        await Post(wbA, "disbursements", new DisbursementInput(new DateOnly(2025, 2, 10), 1_000_000m, "USD", DisbursementSource.Oda, "GN-01", 25_000m, 1m, new DateOnly(2025, 2, 10)));
        await Post(wbA, "disbursements", new DisbursementInput(new DateOnly(2025, 3, 1), 2_000_000_000m, "VND", DisbursementSource.Counterpart, "DU-01", 1m, 0.00004m, new DateOnly(2025, 3, 1)));
        // KEXIM: EUR plan priced with the agreement's rate (1.08 USD per EUR).
        await Post(keximB, "plans", new CapitalPlanInput(2025, new DateOnly(2025, 3, 1), null, "EUR", 1_000_000m, 0m, 27_000_000_000m, 0m));
        await Post(keximB, "disbursements", new DisbursementInput(new DateOnly(2025, 9, 1), 500_000m, "EUR", DisbursementSource.Loan, "GN-B1", 27_000m, 1.08m, new DateOnly(2025, 9, 1)));
        // ADB: closing in June, a last disbursement.
        await Post(adbC, "disbursements", new DisbursementInput(new DateOnly(2025, 5, 5), 200_000m, "USD", DisbursementSource.Oda, "GN-C1", 25_500m, 1m, new DateOnly(2025, 5, 5)));
        // NGO: multi-year commitment schedules and receipts.
        await Post(n1, "receipts/schedule", new ExpectedReceiptInput(new DateOnly(2025, 12, 31), 50_000m, "USD", "2025"));
        await Post(n1, "receipts/schedule", new ExpectedReceiptInput(new DateOnly(2026, 12, 31), 60_000m, "USD", "2026"));
        await Post(n1, "receipts/schedule", new ExpectedReceiptInput(new DateOnly(2027, 5, 31), 40_000m, "USD", "2027"));
        await Post(n3, "receipts/schedule", new ExpectedReceiptInput(new DateOnly(2023, 12, 31), 80_000m, "USD", "2023"));
        await Post(n3, "receipts/schedule", new ExpectedReceiptInput(new DateOnly(2024, 12, 31), 80_000m, "USD", "2024"));
        await Post(n3, "receipts/schedule", new ExpectedReceiptInput(new DateOnly(2025, 12, 31), 60_000m, "USD", "2025"));
        await Post(n3, "receipts/schedule", new ExpectedReceiptInput(new DateOnly(2026, 3, 31), 20_000m, "USD", "2026"));
        await Post(n1, "receipts", new ReceiptInput(new DateOnly(2025, 6, 15), 30_000m, "USD", "TN-01", 25_000m, 1m, new DateOnly(2025, 6, 15)));
        await Post(n1, "receipts", new ReceiptInput(new DateOnly(2026, 1, 5), 50_000m, "USD", "TN-02", 26_000m, 1m, new DateOnly(2026, 1, 5)));
        await Post(n3, "receipts", new ReceiptInput(new DateOnly(2025, 2, 1), 60_000m, "USD", "TN-03", 25_000m, 1m, new DateOnly(2025, 2, 1)));
        return new Year2025(wbA, keximB, adbC, jicaD, koicaE, n1, n2, n3, n4, n5, n7);
    }

    [Fact]
    public async Task A_replayed_year_gives_the_same_figures_in_json_excel_dashboard_and_draft()
    {
        var y = await ReplayAsync();
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");

        // ---- ODA JSON
        var oda = await client.GetJsonAsync<OdaReportDto>("/api/v1/reports/oda?year=2025");
        oda.From.Should().Be(new DateOnly(2025, 1, 1));
        oda.PlanAsOf.Should().Be(new DateOnly(2025, 12, 31));
        oda.ByProject.Select(p => p.Code).Should().BeEquivalentTo([y.WbA.Code, y.KeximB.Code, y.AdbC.Code, y.KoicaE.Code],
            "the JICA agreement signed in 2025 has not started and is not in implementation");
        oda.Implementation.InImplementation.Should().Be(4);
        oda.Implementation.NewlyStartedCodes.Should().Equal(y.KeximB.Code);
        oda.Implementation.CompletedCodes.Should().Equal(y.AdbC.Code);
        var a = oda.ByProject.Single(p => p.Code == y.WbA.Code);
        a.PlanVnd.Should().Be(125_000_000_000m, "revision 1 is in force on 31 December; counterpart apart");
        a.PlanRevision.Should().Be(1);
        a.PlanCounterpartVnd.Should().Be(10_000_000_000m);
        a.PlanUsd.Should().Be(5_000_000m);
        a.PlanCounterpartUsd.Should().Be(400_000m);
        a.DisbursedVnd.Should().Be(25_000_000_000m, "foreign only; the December 2024 disbursement is not in the year");
        a.DisbursedCounterpartVnd.Should().Be(2_000_000_000m);
        a.DisbursementRate.Should().Be(0.2m);
        var b = oda.ByProject.Single(p => p.Code == y.KeximB.Code);
        b.PlanUsd.Should().Be(1_080_000m, "a EUR plan is priced with the agreement's own rate");
        b.StartedInPeriod.Should().BeTrue();
        b.DisbursedVnd.Should().Be(13_500_000_000m);
        var e = oda.ByProject.Single(p => p.Code == y.KoicaE.Code);
        e.PlanVnd.Should().Be(5_000_000_000m);
        e.PlanUsd.Should().BeNull("no rate: flagged, never 0");
        e.UsdRateMissing.Should().BeTrue();
        oda.Total.UsdRateMissing.Should().BeTrue();
        oda.Total.PlanUsd.Should().BeNull();
        oda.Total.PlanVnd.Should().Be(157_000_000_000m);
        oda.Total.PlanCounterpartVnd.Should().Be(11_000_000_000m);
        oda.Total.DisbursedVnd.Should().Be(43_600_000_000m);
        oda.Total.DisbursedUsd.Should().Be(1_740_000m);
        oda.Total.DisbursedCounterpartVnd.Should().Be(2_000_000_000m);
        oda.Total.DisbursementRate.Should().Be(0.2777m);
        oda.BySource.Select(s => (s.Code, s.PlanVnd, s.DisbursedVnd, s.PlanCounterpartVnd)).Should().Equal(
            ("Oda", 130_000_000_000m, 30_100_000_000m, 0m),
            ("Loan", 27_000_000_000m, 13_500_000_000m, 0m),
            ("Counterpart", 0m, 0m, 11_000_000_000m));
        foreach (var grouping in new[] { oda.ByProject, oda.ByDonor, oda.BySource })
        {
            grouping.Sum(r => r.PlanVnd).Should().Be(oda.Total.PlanVnd);
            grouping.Sum(r => r.PlanCounterpartVnd).Should().Be(oda.Total.PlanCounterpartVnd);
            grouping.Sum(r => r.DisbursedUsd).Should().Be(oda.Total.DisbursedUsd);
        }
        var dated = await client.GetJsonAsync<OdaReportDto>("/api/v1/reports/oda?year=2025&rateDate=2025-12-31");
        dated.ByProject.Single(p => p.Code == y.KoicaE.Code).PlanUsd.Should().Be(200_000m, "5 billion VND at the dated 25,000");
        dated.ByProject.Single(p => p.Code == y.KeximB.Code).PlanUsd.Should().Be(1_080_000m);
        dated.Total.UsdRateMissing.Should().BeFalse();
        dated.Total.PlanUsd.Should().Be(6_280_000m);
        var half = await client.GetJsonAsync<OdaReportDto>("/api/v1/reports/oda?from=2025-01-01&to=2025-05-31");
        half.ByProject.Single(p => p.Code == y.WbA.Code).PlanVnd.Should().Be(100_000_000_000m, "the first plan is in force on 31 May");
        half.Implementation.NewlyStarted.Should().Be(1, "KEXIM started on 1 April");
        half.Implementation.Completed.Should().Be(0);

        // ---- NGO JSON
        var ngo = await client.GetJsonAsync<NgoReportDto>("/api/v1/reports/ngo?year=2025");
        ngo.Approved.Count.Should().Be(2);
        ngo.Approved.CommittedUsd.Should().Be(180_000m);
        ngo.Approved.ByDecision.Select(d => (d.Code, d.DecisionNumber, d.CommittedUsd)).Should().Equal(
            (y.BidmcN1.Code, "QĐ-BIDMC", 150_000m), (y.DhfN2.Code, "QĐ-DHF", 30_000m));
        ngo.Programmes.Should().Be(3, "approved-not-started DHF and the closed WVI are not being implemented");
        ngo.DonorOrganisations.Should().Be(3);
        ngo.ByProgramme.Select(p => p.Code).Should().Equal(y.BidmcN1.Code, y.RtrN3.Code, y.PlanN4.Code);
        ngo.ApprovedNotStarted.Select(p => p.Code).Should().Equal(y.DhfN2.Code);
        ngo.ByProgramme.Single(p => p.Code == y.BidmcN1.Code).CommitmentInPeriodUsd.Should().Be(50_000m, "the 2025 instalment of a three-year schedule");
        ngo.ByProgramme.Single(p => p.Code == y.PlanN4.Code).CommitmentInPeriodUsd.Should().Be(59_836.07m, "no schedule: 365 of 671 days of 110,000 USD");
        ngo.ByProgramme.Single(p => p.Code == y.PlanN4.Code).ScheduleMissing.Should().BeTrue();
        ngo.Total.CommitmentInPeriodUsd.Should().Be(169_836.07m);
        ngo.Total.CommittedUsd.Should().Be(500_000m);
        ngo.Total.ReceivedUsd.Should().Be(90_000m);
        ngo.Total.ReceivedVnd.Should().Be(2_250_000_000m);
        ngo.ReceivedInPeriodUsd.Should().Be(90_000m);
        ngo.ByField.Select(f => (f.Code, f.Programmes)).Should().Equal(("GDDT", 1), ("YTE", 1), ("PTKTXH", 1));
        ngo.ByPlace.Select(p => (p.Code, p.Programmes)).Should().Equal((AidReportService.ProvinceWide, 1), ("33024", 1), ("33101", 1));
        ngo.ByPlace.Single(p => p.Code == "33101").NameVi.Should().Be("Phường Hiến Nam (thành phố Hưng Yên) (nay là Phường Phố Hiến)");
        ngo.Dossiers.Received.Should().Be(2);
        ngo.Dossiers.Waiting.Should().Be(1);
        ngo.Dossiers.ByProcedure.Single().WaitingProjectCodes.Should().Equal(y.HfhN7.Code);
        foreach (var grouping in new[] { ngo.ByDonor, ngo.ByField, ngo.ByPlace, ngo.ByProgramme })
        {
            grouping.Sum(r => r.CommitmentInPeriodUsd).Should().Be(ngo.Total.CommitmentInPeriodUsd);
            grouping.Sum(r => r.ReceivedUsd).Should().Be(ngo.Total.ReceivedUsd);
            grouping.Sum(r => r.Programmes).Should().Be(ngo.Programmes);
        }

        // ---- Excel = JSON
        using (var doc = await DownloadAsync("/api/v1/reports/oda/xlsx?year=2025"))
        {
            doc.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value).Should().Equal(AidExcelReport.OdaSheets);
            var projects = Sheet(doc, "Theo dự án");
            Text(projects, "A2").Should().Be("SỞ TÀI CHÍNH TỈNH HƯNG YÊN");
            Text(projects, "A5").Should().Be("BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC DỰ ÁN ODA VÀ VỐN VAY ƯU ĐÃI NĂM 2025");
            Text(projects, "A6").Should().StartWith("(Từ 01/01/2025 đến 31/12/2025: 4 dự án đang thực hiện, trong đó 1 dự án khởi công mới, 1 dự án hoàn thành;");
            Text(projects, "E8").Should().Be("Kế hoạch vốn nước ngoài (triệu đồng)");
            var last = 9 + oda.ByProject.Count;
            Text(projects, $"C{last}").Should().Be("Tổng cộng");
            Number(projects, $"E{last}").Should().Be(oda.Total.PlanVnd / 1_000_000m);
            Number(projects, $"F{last}").Should().Be(oda.Total.DisbursedVnd / 1_000_000m);
            Number(projects, $"H{last}").Should().Be(oda.Total.PlanCounterpartVnd / 1_000_000m);
            Number(projects, $"I{last}").Should().Be(oda.Total.DisbursedCounterpartVnd / 1_000_000m);
            Text(projects, $"J{last}").Should().Be(AidExcelReport.NoRate, "a missing rate shows, never 0");
            Number(projects, $"K{last}").Should().Be(oda.Total.DisbursedUsd);
            var row = 9 + oda.ByProject.ToList().FindIndex(p => p.Code == y.KoicaE.Code);
            Text(projects, $"J{row}").Should().Be(AidExcelReport.NoRate);
            FormatOf(doc, Cell(projects, $"E{last}")).Should().Be("#,##0.00");
        }
        using (var doc = await DownloadAsync("/api/v1/reports/ngo/xlsx?year=2025"))
        {
            doc.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value).Should().Equal(AidExcelReport.NgoSheets);
            var donors = Sheet(doc, "Theo nhà tài trợ");
            Text(donors, "G7").Should().Be(AidExcelReport.NgoUnit);
            Text(donors, "C12").Should().Be("Tổng cộng");
            Number(donors, "D12").Should().Be(3m);
            Number(donors, "E12").Should().Be(ngo.Total.CommittedUsd);
            Number(donors, "F12").Should().Be(169_836.07m, "USD, not millions");
            Number(donors, "G12").Should().Be(90_000m);
            var approved = Sheet(doc, "Phê duyệt trong kỳ");
            Text(approved, "C9").Should().Contain("QĐ QĐ-BIDMC ngày 10/05/2025");
            Number(approved, "E11").Should().Be(180_000m);
            var places = Sheet(doc, "Theo địa bàn");
            Text(places, "C9").Should().Be("Toàn tỉnh");
            var dossiers = Sheet(doc, "Hồ sơ đang xử lý");
            Number(dossiers, "D9").Should().Be(2m);
            Number(dossiers, "E9").Should().Be(1m);
            Text(dossiers, "F9").Should().Be(y.HfhN7.Code);
        }

        // ---- Dashboard = JSON
        var dashboard = await client.GetJsonAsync<DashboardDto>("/api/v1/dashboard?year=2025");
        dashboard.Kpis.OdaInImplementation.Should().Be(oda.Implementation.InImplementation);
        dashboard.Kpis.OdaNewlyStarted.Should().Be(1);
        dashboard.Kpis.OdaPlanForeignVnd.Should().Be(oda.Total.PlanVnd);
        dashboard.Kpis.OdaDisbursementRate.Should().Be(oda.Total.DisbursementRate);
        dashboard.OdaByDonor.Sum(d => d.PlanVnd).Should().Be(oda.Total.PlanVnd, "foreign capital only on the dashboard too");
        dashboard.OdaByDonor.Single(d => d.Code == "KOICA").UsdRateMissing.Should().BeTrue();
        dashboard.Kpis.NgoApproved.Should().Be(2);
        dashboard.Kpis.NgoInImplementation.Should().Be(3);
        dashboard.Kpis.NgoCommitmentInPeriodUsd.Should().Be(ngo.Total.CommitmentInPeriodUsd);

        // ---- Draft = JSON
        var draft = await client.GetJsonAsync<ReportDraftDto>("/api/v1/reports/draft?year=2025");
        var vi = draft.Vi.ToDictionary(p => p.Section, p => p.Text);
        vi["fdi"].Should().StartWith("Năm 2025, tỉnh đã cấp mới Giấy chứng nhận đăng ký đầu tư cho 01 dự án với tổng vốn đăng ký 2,50 triệu USD;");
        vi["oda"].Should().Be("Năm 2025, trên địa bàn tỉnh có 04 dự án ODA và vốn vay ưu đãi đang thực hiện, trong đó 01 dự án khởi công mới và 01 dự án hoàn thành; "
            + "tổng kế hoạch vốn nước ngoài năm 2025 là 157.000 triệu đồng, vốn đối ứng 11.000 triệu đồng. Giải ngân vốn nước ngoài đạt 43.600 triệu đồng, "
            + "bằng 27,8% kế hoạch; vốn đối ứng giải ngân 2.000 triệu đồng. (Một số kế hoạch vốn chưa có tỷ giá quy đổi USD.)");
        vi["ngo"].Should().Be("Từ đầu năm 2025 đến ngày 31/12/2025, Ủy ban nhân dân tỉnh đã phê duyệt 02 khoản viện trợ phi chính phủ nước ngoài với tổng giá trị "
            + "180.000 USD: BIDMC 150.000 USD, DHF 30.000 USD. Hiện có 03 chương trình, dự án của 03 tổ chức phi chính phủ nước ngoài đang triển khai với tổng giá trị "
            + "cam kết năm 2025 là 169.836 USD; lĩnh vực: giáo dục – đào tạo 01, y tế 01, phát triển kinh tế – xã hội 01; 01 dự án triển khai trên phạm vi toàn tỉnh, "
            + "02 dự án tại 02 xã, phường. Giá trị tiếp nhận trong kỳ đạt 90.000 USD. Có 01 khoản viện trợ đã được phê duyệt nhưng chưa triển khai. "
            + "01 dự án đang hoàn thiện hồ sơ trình phê duyệt.");
        var figure = draft.Vi.Single(p => p.Section == "oda").Segments.Single(s => s.Key == "oda.newlyStarted");
        figure.Rows.Should().Equal(y.KeximB.Code);
        figure.Link.Should().Be("/reports?tab=oda&from=2025-01-01&to=2025-12-31#oda-projects");
        draft.Vi.Single(p => p.Section == "ngo").Segments.Single(s => s.Key == "ngo.dossiersWaiting").Rows.Should().Equal(y.HfhN7.Code);
        draft.En.Single(p => p.Section == "ngo").Text.Should().Contain("3 programmes of 3 foreign NGOs are being implemented with a commitment for 2025 of USD 169,836");

        // ---- Draft .docx from the template: the same text.
        var response = await client.GetAsync("/api/v1/reports/draft/docx?year=2025", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.Should().Be(ReportDraftDocument.ContentType);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false))
        {
            var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
            paragraphs.Should().Contain([vi["fdi"], vi["oda"], vi["ngo"], "2. Vốn ODA và vốn vay ưu đãi", "SỞ TÀI CHÍNH TỈNH HƯNG YÊN"]);
            paragraphs.Should().NotContain(p => p.Contains("{{"));

            // Every figure is a hyperlink to its rows on the web page (the codes in rows=, which the page marks).
            var targets = word.MainDocumentPart.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.OriginalString);
            var links = word.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Hyperlink>()
                .Select(h => (Text: h.InnerText, Target: targets[h.Id!.Value!])).ToList();
            links.Should().HaveCount(draft.Vi.Sum(p => p.Segments.Count(s => s.Link is not null)));
            links.Should().Contain(l => l.Text == figure.Text
                && l.Target.EndsWith($"/reports?tab=oda&from=2025-01-01&to=2025-12-31&rows={y.KeximB.Code}#oda-projects", StringComparison.Ordinal));
            links.Should().OnlyContain(l => l.Target.StartsWith("http", StringComparison.Ordinal) && l.Target.Contains("/reports?tab=", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Every_report_row_the_donor_chart_and_the_iati_export_name_the_donor_in_vietnamese_and_english()
    {
        var y = await ReplayAsync();
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");

        var oda = await client.GetJsonAsync<OdaReportDto>("/api/v1/reports/oda?year=2025");
        var wb = oda.ByProject.Single(p => p.Code == y.WbA.Code);
        (wb.DonorCode, wb.DonorNameVi, wb.DonorNameEn).Should().Be(("WB", "Ngân hàng Thế giới", "World Bank"));
        oda.ByProject.Should().OnlyContain(p => p.DonorNameVi != null && p.DonorNameEn != null);
        var kexim = oda.ByDonor.Single(d => d.Code == "KEXIM");
        kexim.DonorNameVi.Should().StartWith("Ngân hàng Xuất nhập khẩu Hàn Quốc");
        kexim.DonorNameEn.Should().StartWith("Export-Import Bank of Korea");

        var ngo = await client.GetJsonAsync<NgoReportDto>("/api/v1/reports/ngo?year=2025");
        var bidmc = ngo.ByProgramme.Single(p => p.Code == y.BidmcN1.Code);
        (bidmc.DonorNameVi, bidmc.DonorNameEn).Should().Be(("Trung tâm Y tế Beth Israel Deaconess", "Beth Israel Deaconess Medical Center"));
        ngo.ByDonor.Concat(ngo.Approved.ByDonor).Concat(ngo.Approved.ByDecision).Concat(ngo.ByProgramme)
            .Should().OnlyContain(r => r.DonorNameVi != null && r.DonorNameEn != null);
        ngo.Approved.ByDonor.Single(d => d.Code == "DHF").DonorNameEn.Should().Be("DHF (foreign non-governmental organisation)");

        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var chart = await officer.GetJsonAsync<List<DonorDisbursementRateDto>>("/api/v1/finance/disbursement-rates?year=2025");
        var bar = chart.Single(d => d.DonorCode == "WB");
        (bar.DonorNameVi, bar.DonorNameEn).Should().Be(("Ngân hàng Thế giới", "World Bank"));
        chart.Should().OnlyContain(d => d.DonorCode == null || d.DonorNameVi != null);

        var xml = await (await officer.GetAsync("/api/v1/export/iati?kind=oda&year=2025")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var doc = System.Xml.Linq.XDocument.Parse(xml);
        var funders = doc.Descendants("participating-org").Where(o => (string?)o.Attribute("role") == "1").ToList();
        funders.Should().NotBeEmpty();
        funders.Should().OnlyContain(o => o.Elements("narrative").First().Value != (string?)null
            && !new[] { "WB", "KEXIM", "ADB", "JICA", "KOICA" }.Contains(o.Elements("narrative").First().Value), "a donor is named, not coded");
        funders.Select(o => o.Elements("narrative").First().Value).Should().Contain("Ngân hàng Thế giới");
    }

    [Fact]
    public async Task The_visible_projects_filter_leaves_other_projects_out_of_every_figure()
    {
        var y = await ReplayAsync();
        await using var scope = factory.Database.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<AidReportService>();
        var oda = await service.OdaAsync(new AidReportQuery { Year = 2025 }, TestContext.Current.CancellationToken, new HashSet<Guid> { y.WbA.Id });
        oda.ByProject.Select(p => p.Code).Should().Equal(y.WbA.Code);
        oda.Total.PlanVnd.Should().Be(125_000_000_000m);
        var ngo = await service.NgoAsync(new AidReportQuery { Year = 2025 }, TestContext.Current.CancellationToken, new HashSet<Guid> { y.RtrN3.Id });
        ngo.Programmes.Should().Be(1);
        ngo.Approved.Count.Should().Be(0);
        ngo.Dossiers.Waiting.Should().Be(0);
    }

    [Theory]
    [InlineData("oda", "year=1850")]
    [InlineData("ngo", "year=1850")]
    [InlineData("oda", "")]
    [InlineData("ngo/xlsx", "year=2101")]
    public async Task A_bad_year_answers_400_naming_the_field(string report, string query)
    {
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");
        var problem = await (await client.GetAsync($"/api/v1/reports/{report}?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("year", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Reports_need_a_signed_in_user()
    {
        (await factory.CreateClient().GetAsync("/api/v1/reports/oda?year=2025")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<SpreadsheetDocument> DownloadAsync(string path)
    {
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.Should().Be(HttpResultsExtensions.XlsxContentType);
        return SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
    }

    private static Worksheet Sheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    private static Cell Cell(Worksheet sheet, string reference) => sheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static string Text(Worksheet sheet, string reference) => Cell(sheet, reference).CellValue?.Text ?? "";

    private static decimal Number(Worksheet sheet, string reference) => decimal.Parse(Text(sheet, reference), CultureInfo.InvariantCulture);

    private static string FormatOf(SpreadsheetDocument doc, Cell cell)
    {
        var styles = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        var id = format.NumberFormatId!.Value;
        return id == 3 ? "#,##0" : styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId! == id).FormatCode!.Value!;
    }
}
