using AwesomeAssertions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InvestAid.Hosting;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;

namespace InvestAid.HttpApi.Reports;

/// <summary>The Excel report opened and read back cell by cell.</summary>
public sealed class FdiMonthlyExcelTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private async Task<SpreadsheetDocument> DownloadAsync(string query)
    {
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");
        var response = await client.GetAsync($"/api/v1/reports/fdi-monthly/xlsx?{query}");
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.Should().Be(HttpResultsExtensions.XlsxContentType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return SpreadsheetDocument.Open(new MemoryStream(bytes), false);
    }

    private static Worksheet Sheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    private static Cell Cell(Worksheet sheet, string reference) =>
        sheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static string Text(Worksheet sheet, string reference) => Cell(sheet, reference).CellValue?.Text ?? "";

    private static string FormatOf(SpreadsheetDocument doc, Cell cell)
    {
        var styles = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        var id = format.NumberFormatId!.Value;
        return id == 3 ? "#,##0" : styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId! == id).FormatCode!.Value!;
    }

    private static int RowOf(Worksheet sheet, string label) =>
        (int)sheet.Descendants<Row>().First(r => r.Elements<Cell>().Any(c => c.CellValue?.Text == label)).RowIndex!.Value;

    [Fact]
    public async Task The_report_has_the_provincial_layout_and_the_figures_in_millions_of_USD()
    {
        await ReportData.ClearAsync(factory.Database);
        var a = ReportData.Fdi(new DateOnly(2025, 1, 20), 12_345_678.90m, "KR");
        a.Record(InvestAid.Projects.CapitalEventType.Adjustment, new DateOnly(2025, 3, 5), 2_500_000m);
        await ReportData.SaveAsync(factory.Database, [a, ReportData.Fdi(new DateOnly(2024, 2, 1), 4_000_000m, "JP")]);

        using var doc = await DownloadAsync("year=2025&month=3");
        doc.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value)
            .Should().Equal("Tổng hợp", "Theo đối tác", "Theo ngành VSIC", "Theo xã, phường", "Theo KCN");
        var summary = Sheet(doc, "Tổng hợp");
        Text(summary, "A5").Should().Be("BÁO CÁO TÌNH HÌNH THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI (FDI) 01/01 – 31/03/2025");
        Text(summary, "A1").Should().Be("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN");
        Text(summary, "D3").Should().MatchRegex(@"^Hưng Yên, ngày \d\d tháng \d\d năm \d{4}$");
        Text(summary, "E7").Should().Be("Đơn vị: triệu USD");
        summary.Descendants<MergeCell>().Select(m => m.Reference!.Value).Should().Contain(["A5:F5", "A1:B1", "D1:F1", "A2:B2"]);
        summary.Descendants<Column>().Should().NotBeEmpty();
        string[] headers = ["STT", "Chỉ tiêu", "Đơn vị", "Kỳ này", "Cùng kỳ năm trước", "So sánh (%)"];
        headers.Select((h, i) => Text(summary, $"{(char)('A' + i)}8")).Should().Equal(headers);

        var newCapital = RowOf(summary, "Vốn đăng ký cấp mới");
        decimal.Parse(Text(summary, $"D{newCapital}"), System.Globalization.CultureInfo.InvariantCulture).Should().Be(12.3456789m);
        decimal.Parse(Text(summary, $"E{newCapital}"), System.Globalization.CultureInfo.InvariantCulture).Should().Be(4m);
        FormatOf(doc, Cell(summary, $"D{newCapital}")).Should().Be("#,##0.00");
        var newProjects = RowOf(summary, "Dự án cấp mới");
        Text(summary, $"D{newProjects}").Should().Be("1");
        FormatOf(doc, Cell(summary, $"D{newProjects}")).Should().Be("#,##0");
        var total = RowOf(summary, "Tổng vốn đăng ký cấp mới và tăng thêm");
        decimal.Parse(Text(summary, $"D{total}"), System.Globalization.CultureInfo.InvariantCulture).Should().Be(14.8456789m);

        var byCountry = Sheet(doc, "Theo đối tác");
        Text(byCountry, "B9").Should().Be("KR");
        decimal.Parse(Text(byCountry, "J9"), System.Globalization.CultureInfo.InvariantCulture).Should().Be(14.8456789m);
        Text(byCountry, "B10").Should().Be("JP", "a project registered earlier still counts in the cumulative figures");
        Text(byCountry, "C11").Should().Be("Tổng cộng");
    }

    [Theory]
    [InlineData(2025, 2, "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH HƯNG YÊN")]
    [InlineData(2025, 3, "SỞ TÀI CHÍNH TỈNH HƯNG YÊN")]
    [InlineData(2024, 12, "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH HƯNG YÊN")]
    public async Task The_heading_names_the_planning_department_in_force_on_the_cutoff_day(int year, int month, string agency)
    {
        using var doc = await DownloadAsync($"year={year}&month={month}");
        Text(Sheet(doc, "Tổng hợp"), "A2").Should().Be(agency);
        Text(Sheet(doc, "Theo KCN"), "A2").Should().Be(agency);
    }
}
