using System.Globalization;
using System.Net;
using AwesomeAssertions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InvestAid.Errors;
using InvestAid.Hosting;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;

namespace InvestAid.HttpApi.Reports;

/// <summary>The yearly ODA and NGO reports through the API, as JSON and as Excel read back cell by cell.</summary>
public sealed class AidReportTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private async Task<AidData.Seeded> SeedAsync()
    {
        await ReportData.ClearAsync(factory.Database);
        return await AidData.SeedAsync(factory.Database);
    }

    [Fact]
    public async Task Oda_report_sets_the_plan_in_force_at_year_end_against_the_years_disbursements()
    {
        var seeded = await SeedAsync();
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");

        var report = await client.GetJsonAsync<OdaReportDto>("/api/v1/reports/oda?year=2025");

        report.PlanAsOf.Should().Be(new DateOnly(2025, 12, 31));
        report.ByProject.Select(p => p.Code).Should().Equal(seeded.OdaA.Code, seeded.LoanB.Code);
        var a = report.ByProject[0];
        a.PlanVnd.Should().Be(135_000_000_000m, "revision 1 is in force on 31 December; revision 2 takes effect in 2026");
        a.PlanUsd.Should().Be(5_400_000m);
        a.DisbursedVnd.Should().Be(32_200_000_000m, "the December 2024 disbursement is not in the year");
        a.DisbursedUsd.Should().Be(1_280_000m);
        a.DisbursementRate.Should().Be(0.2385m);
        var b = report.ByProject[1];
        b.PlanVnd.Should().Be(27_000_000_000m);
        b.PlanUsd.Should().Be(1_080_000m, "a EUR plan is valued in USD at the USD rate of its effective date");
        b.DisbursedUsd.Should().Be(540_000m);
        b.DisbursementRate.Should().Be(0.5m);

        report.ByDonor.Select(d => d.Code).Should().Equal("WB", "KEXIM");
        report.ByDonor[0].Kinds.Should().Equal("Oda");
        report.ByDonor[1].Kinds.Should().Equal("ConcessionalLoan");
        report.BySource.Select(s => (s.Code, s.PlanVnd, s.DisbursedVnd)).Should().Equal(
            ("Oda", 117_187_500_000m, 25_000_000_000m),
            ("Loan", 34_812_500_000m, 18_700_000_000m),
            ("Counterpart", 10_000_000_000m, 2_000_000_000m));
        report.Total.Projects.Should().Be(2);
        report.Total.PlanVnd.Should().Be(162_000_000_000m);
        report.Total.DisbursedVnd.Should().Be(45_700_000_000m);
        report.Total.PlanUsd.Should().Be(6_480_000m);
        report.Total.DisbursedUsd.Should().Be(1_820_000m);
        report.Total.DisbursementRate.Should().Be(0.2821m);
        foreach (var grouping in new[] { report.ByProject, report.ByDonor, report.BySource })
        {
            grouping.Sum(r => r.PlanVnd).Should().Be(report.Total.PlanVnd);
            grouping.Sum(r => r.DisbursedUsd).Should().Be(report.Total.DisbursedUsd);
        }
        (await client.GetJsonAsync<OdaReportDto>("/api/v1/reports/oda?year=2024")).Total.DisbursedVnd.Should().Be(17_780_000_000m);
    }

    [Fact]
    public async Task Ngo_report_gives_commitments_and_receipts_by_donor_and_field()
    {
        var seeded = await SeedAsync();
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");

        var report = await client.GetJsonAsync<NgoReportDto>("/api/v1/reports/ngo?year=2025");

        report.Programmes.Should().Be(2);
        report.DonorOrganisations.Should().Be(2);
        report.ByProgramme.Select(p => p.Code).Should().Equal(seeded.NgoA.Code, seeded.NgoB.Code);
        report.Total.Should().BeEquivalentTo(new NgoReportRow(null, "Tổng cộng", "Total", 2, 150_000m, 366_000m, 154_000m, 3_850_000_000m));
        var bidmc = report.ByDonor.Single(d => d.Code == "BIDMC");
        bidmc.CommittedInYearUsd.Should().Be(150_000m);
        bidmc.ReceivedUsd.Should().Be(100_000m, "the January 2026 receipt is not in the year");
        report.ByField.Select(f => f.Code).Should().BeEquivalentTo(["12191", "Giáo dục"]);
        report.ByField.Single(f => f.Code == "Giáo dục").ReceivedVnd.Should().Be(1_350_000_000m);

        var y2023 = await client.GetJsonAsync<NgoReportDto>("/api/v1/reports/ngo?year=2023");
        y2023.ByProgramme.Select(p => p.Code).Should().Equal(seeded.NgoC.Code);
        y2023.Total.CommittedInYearUsd.Should().Be(90_000m);
    }

    [Theory]
    [InlineData("oda", "year=1850")]
    [InlineData("ngo", "year=1850")]
    [InlineData("oda", "")]
    [InlineData("ngo", "year=2101&format=xlsx")]
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

    [Fact]
    public async Task Oda_excel_has_the_provincial_layout_in_millions_of_dong_and_usd()
    {
        var seeded = await SeedAsync();
        using var doc = await DownloadAsync("/api/v1/reports/oda?year=2025&format=xlsx");

        doc.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value).Should().Equal(AidExcelReport.OdaSheets);
        var projects = Sheet(doc, "Theo dự án");
        Text(projects, "A1").Should().Be("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN");
        Text(projects, "A2").Should().Be("SỞ TÀI CHÍNH TỈNH HƯNG YÊN");
        Text(projects, "A5").Should().Be("BÁO CÁO TÌNH HÌNH GIẢI NGÂN VỐN ODA VÀ VỐN VAY ƯU ĐÃI NĂM 2025");
        Text(projects, "H7").Should().Be("Đơn vị: triệu đồng / triệu USD");
        projects.Descendants<MergeCell>().Select(m => m.Reference!.Value).Should().Contain(["A5:I5", "A1:B1", "G1:I1", "H7:I7"]);
        Text(projects, "A8").Should().Be("STT");
        Text(projects, "E8").Should().Be("Kế hoạch vốn (triệu đồng)");
        Text(projects, "A9").Should().Be("1");
        Text(projects, "B9").Should().Be(seeded.OdaA.Code);
        Text(projects, "D9").Should().Be("WB");
        Number(projects, "E9").Should().Be(135_000m);
        Number(projects, "H9").Should().Be(1.28m);
        Number(projects, "I9").Should().Be(23.85m);
        FormatOf(doc, Cell(projects, "E9")).Should().Be("#,##0.00");
        Text(projects, "C11").Should().Be("Tổng cộng");
        Number(projects, "E11").Should().Be(162_000m);
        Number(projects, "F11").Should().Be(45_700m);
        Number(projects, "G11").Should().Be(6.48m);
        FormatOf(doc, Cell(projects, "G11")).Should().Be("#,##0.00");

        var sources = Sheet(doc, "Theo nguồn vốn");
        Text(sources, "C9").Should().Be("Vốn ODA");
        Number(sources, "E9").Should().Be(117_187.5m);
        Text(sources, "C12").Should().Be("Tổng cộng");
        Number(sources, "D12").Should().Be(2m);
        FormatOf(doc, Cell(sources, "D12")).Should().Be("#,##0");
    }

    [Fact]
    public async Task Ngo_excel_names_the_agency_in_force_on_31_december()
    {
        await SeedAsync();
        using var doc2024 = await DownloadAsync("/api/v1/reports/ngo?year=2024&format=xlsx");
        doc2024.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value).Should().Equal(AidExcelReport.NgoSheets);
        var donors = Sheet(doc2024, "Theo nhà tài trợ");
        Text(donors, "A2").Should().Be("SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH HƯNG YÊN");
        Text(donors, "G7").Should().Be("Đơn vị: triệu đồng / triệu USD");

        using var doc = await DownloadAsync("/api/v1/reports/ngo?year=2025&format=xlsx");
        var fields = Sheet(doc, "Theo lĩnh vực");
        Text(fields, "A2").Should().Be("SỞ TÀI CHÍNH TỈNH HƯNG YÊN");
        Text(fields, "A8").Should().Be("STT");
        Text(fields, "C11").Should().Be("Tổng cộng");
        Number(fields, "D11").Should().Be(2m);
        Number(fields, "F11").Should().Be(0.366m);
        Number(fields, "H11").Should().Be(3_850m);
        FormatOf(doc, Cell(fields, "H11")).Should().Be("#,##0.00");
    }
}
