using AwesomeAssertions;
using InvestAid.Reports;
using InvestAid.Reports.Drafts;

namespace InvestAid.Application.Reports;

/// <summary>
/// The wording of the drafted report for none, one and several: Vietnamese writes counts with two digits ("01 dự án") and no plural,
/// English agrees noun and verb with the count ("1 project was", "3 projects were") and writes dates as "31 December 2025".
/// </summary>
public sealed class ReportDraftWordingTests
{
    private static readonly DateOnly From = new(2025, 1, 1);
    private static readonly DateOnly To = new(2025, 12, 31);

    [Theory]
    [InlineData(0, "0 projects", "0 dự án")]
    [InlineData(1, "1 project", "01 dự án")]
    [InlineData(3, "3 projects", "03 dự án")]
    [InlineData(1250, "1,250 projects", "1.250 dự án")]
    public void A_count_agrees_with_its_noun(int n, string english, string vietnamese)
    {
        ReportDraftService.CountEn(n, "project").Should().Be(english);
        $"{ReportDraftService.Count(n)} dự án".Should().Be(vietnamese);
    }

    [Fact]
    public void English_dates_numbers_and_times_follow_the_application_culture()
    {
        ReportDraftService.DayEn(new DateOnly(2025, 12, 31)).Should().Be("31 December 2025");
        ReportDraftService.DayEn(new DateOnly(2025, 3, 1)).Should().Be("1 March 2025");
        ReportDraftService.NumberEn(146_422.5m, 1).Should().Be("146,422.5");
        ReportDraftService.Number(146_422.5m, 1).Should().Be("146.422,5");
        ReportDraftService.TimesEn(0).Should().Be("0 times");
        ReportDraftService.TimesEn(1).Should().Be("once");
        ReportDraftService.TimesEn(2).Should().Be("twice");
        ReportDraftService.TimesEn(5).Should().Be("5 times");
    }

    private static FdiFigures Fdi(int n) => new()
    {
        NewProjects = n, NewCapitalUsd = n * 2_500_000m, IncreaseCount = n, IncreaseCapitalUsd = n * 1_000_000m,
        ContributionCount = n, ContributionValueUsd = n * 500_000m, ValidProjects = n, ValidCapitalUsd = n * 10_000_000m, TerminatedProjects = n,
    };

    [Fact]
    public void The_fdi_paragraph_for_none_one_and_several()
    {
        ReportDraftService.FdiEn(Fdi(0), From, To).Text.Should().Be(
            "In 2025, the province issued investment registration certificates to 0 new projects with a total registered capital of USD 0.00 million; "
            + "capital was increased 0 times by a total of USD 0.00 million; 0 capital contributions and share purchases were worth USD 0.00 million. "
            + "Total foreign investment attracted was USD 0.00 million. As of 31 December 2025, 0 FDI projects were valid in the province "
            + "with a total registered capital of USD 0.00 million.");
        ReportDraftService.FdiEn(Fdi(1), From, To).Text.Should().Be(
            "In 2025, the province issued investment registration certificates to 1 new project with a total registered capital of USD 2.50 million; "
            + "capital was increased once by a total of USD 1.00 million; 1 capital contribution or share purchase was worth USD 0.50 million. "
            + "Total foreign investment attracted was USD 0.00 million. As of 31 December 2025, 1 FDI project was valid in the province "
            + "with a total registered capital of USD 10.00 million. 1 project was terminated.");
        ReportDraftService.FdiEn(Fdi(3), From, new DateOnly(2025, 6, 30)).Text.Should().StartWith(
            "From 1 January 2025 to 30 June 2025, the province issued investment registration certificates to 3 new projects")
            .And.Contain("capital was increased 3 times").And.Contain("3 capital contributions and share purchases were worth USD 1.50 million")
            .And.Contain("As of 30 June 2025, 3 FDI projects were valid").And.EndWith("3 projects were terminated.");

        ReportDraftService.FdiVi(Fdi(0), From, To).Text.Should().StartWith("Năm 2025, tỉnh đã cấp mới Giấy chứng nhận đăng ký đầu tư cho 0 dự án")
            .And.NotContain("Chấm dứt");
        ReportDraftService.FdiVi(Fdi(1), From, To).Text.Should().Contain("cho 01 dự án với tổng vốn đăng ký 2,50 triệu USD; điều chỉnh tăng vốn 01 lượt")
            .And.EndWith("Chấm dứt hoạt động 01 dự án.");
        ReportDraftService.FdiVi(Fdi(3), From, To).Text.Should().Contain("cho 03 dự án").And.Contain("Lũy kế đến ngày 31/12/2025, trên địa bàn tỉnh có 03 dự án FDI");
    }

    private static OdaReportRow Total() =>
        new(null, "Tổng cộng", "Total", null, 0, 157_000_000_000m, 43_600_000_000m, null, 0m, 0.2777m, []) { PlanCounterpartVnd = 11_000_000_000m };

    private static OdaReportDto Oda(int running, int started, int completed) => new(2025, To, [], [], [], Total())
    {
        From = From, To = To, PlanYear = 2025,
        Implementation = new OdaImplementation(running, started, completed, [], [], []),
    };

    [Fact]
    public void The_oda_paragraph_for_none_one_and_several()
    {
        ReportDraftService.OdaEn(Oda(0, 0, 0)).Text.Should().StartWith(
            "In 2025, 0 ODA and concessional-loan projects were being implemented in the province, of which 0 were newly started; "
            + "the foreign-capital plan for 2025 totals VND 157,000 million and the counterpart-capital plan VND 11,000 million. "
            + "Foreign capital disbursed amounted to VND 43,600 million, 27.8% of the plan;");
        ReportDraftService.OdaEn(Oda(1, 1, 1)).Text.Should().StartWith(
            "In 2025, 1 ODA or concessional-loan project was being implemented in the province, of which 1 was newly started and 1 was completed;");
        ReportDraftService.OdaEn(Oda(4, 2, 3)).Text.Should().StartWith(
            "In 2025, 4 ODA and concessional-loan projects were being implemented in the province, of which 2 were newly started and 3 were completed;");

        ReportDraftService.OdaVi(Oda(0, 0, 0)).Text.Should().StartWith("Năm 2025, trên địa bàn tỉnh có 0 dự án ODA và vốn vay ưu đãi đang thực hiện, trong đó 0 dự án khởi công mới;");
        ReportDraftService.OdaVi(Oda(1, 1, 1)).Text.Should().StartWith("Năm 2025, trên địa bàn tỉnh có 01 dự án ODA và vốn vay ưu đãi đang thực hiện, trong đó 01 dự án khởi công mới và 01 dự án hoàn thành;");
        ReportDraftService.OdaVi(Oda(4, 2, 3)).Text.Should().Contain("có 04 dự án").And.Contain("bằng 27,8% kế hoạch");
    }

    private static NgoReportRow Row(string code, int programmes, string? vi = null, string? en = null) =>
        new(code, vi ?? code, en ?? code, programmes, 150_000m, 50_000m, 30_000m, 750_000_000m) { DonorCode = code };

    private static NgoReportDto Ngo(int n)
    {
        var programmes = Enumerable.Range(1, n).Select(i => Row($"NGO-{i}", 1)).ToList();
        var approved = Enumerable.Range(1, n).Select(i => Row($"D{i}", 1)).ToList();
        return new NgoReportDto(2025, n, n, [], n == 0 ? [] : [Row("YTE", n, "Y tế", "Health")], programmes, Row("TOTAL", n) with { CommitmentInPeriodUsd = 83_888m })
        {
            From = From, To = To,
            Approved = new NgoApproved(n, n * 150_000m, [], approved),
            ByPlace = n == 0 ? [] : [Row(AidReportService.ProvinceWide, n == 1 ? 1 : n - 1), .. n == 1 ? Array.Empty<NgoReportRow>() : [Row("33001", 1)]],
            ApprovedNotStarted = [.. programmes],
            Dossiers = new NgoDossiers(n, n, n == 0 ? [] : [new NgoDossierRow("ngo-aid-approval", "vi", "en", n, n, [])]),
            ReceivedInPeriodUsd = 30_000m * n,
        };
    }

    [Fact]
    public void The_ngo_paragraph_for_none_one_and_several()
    {
        ReportDraftService.NgoEn(Ngo(0)).Text.Should().Be(
            "From the start of 2025 to 31 December 2025, the provincial People's Committee approved 0 foreign NGO aid grants. "
            + "0 programmes of 0 foreign NGOs are being implemented with a commitment for 2025 of USD 83,888. Receipts in the period amounted to USD 0.");
        ReportDraftService.NgoEn(Ngo(1)).Text.Should().Be(
            "From the start of 2025 to 31 December 2025, the provincial People's Committee approved 1 foreign NGO aid grant worth USD 150,000: D1 USD 150,000. "
            + "1 programme of 1 foreign NGO is being implemented with a commitment for 2025 of USD 83,888; fields: health 1; 1 is province-wide. "
            + "Receipts in the period amounted to USD 30,000. 1 approved aid grant has not started yet. 1 project is completing its dossier for approval.");
        ReportDraftService.NgoEn(Ngo(3)).Text.Should().Be(
            "From the start of 2025 to 31 December 2025, the provincial People's Committee approved 3 foreign NGO aid grants worth a total of USD 450,000: "
            + "D1 USD 150,000, D2 USD 150,000, D3 USD 150,000. 3 programmes of 3 foreign NGOs are being implemented with a commitment for 2025 of USD 83,888; "
            + "fields: health 3; 2 are province-wide and 1 is in 1 commune. Receipts in the period amounted to USD 90,000. "
            + "3 approved aid grants have not started yet. 3 projects are completing their dossiers for approval.");

        ReportDraftService.NgoVi(Ngo(0)).Text.Should().Be(
            "Từ đầu năm 2025 đến ngày 31/12/2025, Ủy ban nhân dân tỉnh đã phê duyệt 0 khoản viện trợ phi chính phủ nước ngoài. "
            + "Hiện có 0 chương trình, dự án của 0 tổ chức phi chính phủ nước ngoài đang triển khai với tổng giá trị cam kết năm 2025 là 83.888 USD. "
            + "Giá trị tiếp nhận trong kỳ đạt 0 USD.");
        ReportDraftService.NgoVi(Ngo(1)).Text.Should().Contain("đã phê duyệt 01 khoản viện trợ phi chính phủ nước ngoài với tổng giá trị 150.000 USD: D1 150.000 USD.")
            .And.Contain("Hiện có 01 chương trình, dự án của 01 tổ chức").And.Contain("01 dự án triển khai trên phạm vi toàn tỉnh.")
            .And.EndWith("01 dự án đang hoàn thiện hồ sơ trình phê duyệt.");
        ReportDraftService.NgoVi(Ngo(3)).Text.Should().Contain("02 dự án triển khai trên phạm vi toàn tỉnh, 01 dự án tại 01 xã, phường")
            .And.Contain("Có 03 khoản viện trợ đã được phê duyệt nhưng chưa triển khai.");
    }
}
