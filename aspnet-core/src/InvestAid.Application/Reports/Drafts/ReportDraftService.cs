using System.Globalization;
using FluentValidation;

namespace InvestAid.Reports.Drafts;

/// <summary>
/// Drafts the FDI, ODA and NGO paragraphs of the periodic report in the style the department writes them ("Năm 2025, trên địa bàn
/// tỉnh có 06 dự án ODA … trong đó 01 dự án khởi công mới …"): counts with two digits, numbers in vi-VN, every figure taken from the
/// FDI totals query and from <see cref="AidReportService"/> — the tables' own figures. English follows the same figures.
/// </summary>
public sealed class ReportDraftService(IFdiReportQueries fdi, AidReportService aid)
{
    private static readonly NumberFormatInfo Vi = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", PercentSymbol = "%" };
    private static readonly NumberFormatInfo En = CultureInfo.InvariantCulture.NumberFormat;
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public async Task<ReportDraftDto> DraftAsync(AidReportQuery query, CancellationToken ct = default, IReadOnlySet<Guid>? visibleProjects = null)
    {
        await new AidReportQueryValidator().ValidateAndThrowAsync(query, ct);
        var (from, to) = AidReportService.Period(query);
        var totals = (await fdi.FiguresAsync(FdiDimension.Total, from, to, null, ct)).SingleOrDefault()?.Figures ?? FdiFigures.Empty;
        var oda = await aid.OdaAsync(query, ct, visibleProjects);
        var ngo = await aid.NgoAsync(query, ct, visibleProjects);
        return new ReportDraftDto(from, to,
            [FdiVi(totals, from, to), OdaVi(oda), NgoVi(ngo)],
            [FdiEn(totals, from, to), OdaEn(oda), NgoEn(ngo)]);
    }

    // ---------------------------------------------------------------- formatting

    /// <summary>A count as the reports write it: two digits from one to nine ("01", "09"), grouped above, a plain 0 for none.</summary>
    public static string Count(int n) => n is >= 1 and < 10 ? n.ToString("00", CultureInfo.InvariantCulture) : n.ToString("#,##0", Vi);

    /// <summary>vi-VN number, grouping with dots and the given decimals (146.422; 1.628,89).</summary>
    public static string Number(decimal value, int decimals = 0) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals), Vi);

    public static string NumberEn(decimal value, int decimals = 0) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals), En);

    /// <summary>An English count with its noun in the singular for one, the plural otherwise ("1 project", "0 projects", "3 projects").</summary>
    public static string CountEn(int n, string singular, string? plural = null) =>
        $"{NumberEn(n)} {(n == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>How many times, in English: "once", "twice", "3 times" (and "0 times").</summary>
    public static string TimesEn(int n) => n switch { 1 => "once", 2 => "twice", _ => $"{NumberEn(n)} times" };

    public static string WasWere(int n) => n == 1 ? "was" : "were";

    public static string IsAre(int n) => n == 1 ? "is" : "are";

    /// <summary>An English date as the application writes it (en-GB, unambiguous): "31 December 2025".</summary>
    public static string DayEn(DateOnly d) => d.ToString("d MMMM yyyy", EnGb);

    /// <summary>VND as million VND, no decimals.</summary>
    public static decimal MillionVnd(decimal vnd) => Math.Round(vnd / 1_000_000m, 0, MidpointRounding.AwayFromZero);

    public static decimal MillionUsd(decimal usd) => Math.Round(usd / 1_000_000m, 2, MidpointRounding.AwayFromZero);

    private static string PeriodVi(DateOnly from, DateOnly to) =>
        from == new DateOnly(from.Year, 1, 1) && to == new DateOnly(from.Year, 12, 31) ? $"Năm {from.Year}" : $"Từ ngày {Day(from)} đến ngày {Day(to)}";

    private static string PeriodEn(DateOnly from, DateOnly to) =>
        from == new DateOnly(from.Year, 1, 1) && to == new DateOnly(from.Year, 12, 31) ? $"In {from.Year}" : $"From {DayEn(from)} to {DayEn(to)}";

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Link(string tab, DateOnly from, DateOnly to, string anchor) =>
        $"/reports?tab={tab}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}#{anchor}";

    private sealed class Builder(string section, string heading)
    {
        private readonly List<DraftSegment> _segments = [];

        public Builder T(string text)
        {
            _segments.Add(new DraftSegment(text));
            return this;
        }

        public Builder F(string text, string key, string link, IReadOnlyList<string>? rows = null)
        {
            _segments.Add(new DraftSegment(text, key, link, rows));
            return this;
        }

        public DraftParagraph Build() => new(section, heading, _segments);
    }

    // ---------------------------------------------------------------- FDI

    public static DraftParagraph FdiVi(FdiFigures f, DateOnly from, DateOnly to)
    {
        var link = Link("fdi", from, to, "fdi-totals");
        var b = new Builder("fdi", "Thu hút đầu tư trực tiếp nước ngoài (FDI)")
            .T($"{PeriodVi(from, to)}, tỉnh đã cấp mới Giấy chứng nhận đăng ký đầu tư cho ")
            .F($"{Count(f.NewProjects)} dự án", "fdi.newProjects", link)
            .T(" với tổng vốn đăng ký ").F($"{Number(MillionUsd(f.NewCapitalUsd), 2)} triệu USD", "fdi.newCapitalUsd", link)
            .T("; điều chỉnh tăng vốn ").F($"{Count(f.IncreaseCount)} lượt", "fdi.increaseCount", link)
            .T(" với tổng vốn tăng thêm ").F($"{Number(MillionUsd(f.IncreaseCapitalUsd), 2)} triệu USD", "fdi.increaseCapitalUsd", link)
            .T("; ").F($"{Count(f.ContributionCount)} lượt", "fdi.contributionCount", link)
            .T(" góp vốn, mua cổ phần, mua phần vốn góp với giá trị ").F($"{Number(MillionUsd(f.ContributionValueUsd), 2)} triệu USD", "fdi.contributionValueUsd", link)
            .T(". Tổng vốn đầu tư nước ngoài thu hút đạt ").F($"{Number(MillionUsd(f.TotalWithContributionsUsd), 2)} triệu USD", "fdi.totalWithContributionsUsd", link)
            .T($". Lũy kế đến ngày {Day(to)}, trên địa bàn tỉnh có ").F($"{Count(f.ValidProjects)} dự án FDI", "fdi.validProjects", link)
            .T(" còn hiệu lực với tổng vốn đăng ký ").F($"{Number(MillionUsd(f.ValidCapitalUsd), 2)} triệu USD", "fdi.validCapitalUsd", link).T(".");
        if (f.TerminatedProjects > 0)
        {
            b.T(" Chấm dứt hoạt động ").F($"{Count(f.TerminatedProjects)} dự án", "fdi.terminatedProjects", link).T(".");
        }
        return b.Build();
    }

    public static DraftParagraph FdiEn(FdiFigures f, DateOnly from, DateOnly to)
    {
        var link = Link("fdi", from, to, "fdi-totals");
        var b = new Builder("fdi", "Foreign direct investment (FDI)")
            .T($"{PeriodEn(from, to)}, the province issued investment registration certificates to ")
            .F(CountEn(f.NewProjects, "new project"), "fdi.newProjects", link)
            .T(" with a total registered capital of ").F($"USD {NumberEn(MillionUsd(f.NewCapitalUsd), 2)} million", "fdi.newCapitalUsd", link)
            .T("; capital was increased ").F(TimesEn(f.IncreaseCount), "fdi.increaseCount", link)
            .T(" by a total of ").F($"USD {NumberEn(MillionUsd(f.IncreaseCapitalUsd), 2)} million", "fdi.increaseCapitalUsd", link)
            .T("; ").F(CountEn(f.ContributionCount, "capital contribution or share purchase", "capital contributions and share purchases"), "fdi.contributionCount", link)
            .T($" {WasWere(f.ContributionCount)} worth ").F($"USD {NumberEn(MillionUsd(f.ContributionValueUsd), 2)} million", "fdi.contributionValueUsd", link)
            .T(". Total foreign investment attracted was ").F($"USD {NumberEn(MillionUsd(f.TotalWithContributionsUsd), 2)} million", "fdi.totalWithContributionsUsd", link)
            .T($". As of {DayEn(to)}, ").F(CountEn(f.ValidProjects, "FDI project"), "fdi.validProjects", link)
            .T($" {WasWere(f.ValidProjects)} valid in the province with a total registered capital of ").F($"USD {NumberEn(MillionUsd(f.ValidCapitalUsd), 2)} million", "fdi.validCapitalUsd", link).T(".");
        if (f.TerminatedProjects > 0)
        {
            b.T(" ").F(CountEn(f.TerminatedProjects, "project"), "fdi.terminatedProjects", link).T($" {WasWere(f.TerminatedProjects)} terminated.");
        }
        return b.Build();
    }

    // ---------------------------------------------------------------- ODA

    public static DraftParagraph OdaVi(OdaReportDto r)
    {
        var i = r.Implementation;
        var t = r.Total;
        var projects = Link("oda", r.From, r.To, "oda-projects");
        var b = new Builder("oda", "Vốn ODA và vốn vay ưu đãi")
            .T($"{PeriodVi(r.From, r.To)}, trên địa bàn tỉnh có ")
            .F($"{Count(i.InImplementation)} dự án", "oda.inImplementation", projects, i.InImplementationCodes)
            .T(" ODA và vốn vay ưu đãi đang thực hiện, trong đó ")
            .F($"{Count(i.NewlyStarted)} dự án", "oda.newlyStarted", projects, i.NewlyStartedCodes).T(" khởi công mới");
        if (i.Completed > 0)
        {
            b.T(" và ").F($"{Count(i.Completed)} dự án", "oda.completed", projects, i.CompletedCodes).T(" hoàn thành");
        }
        b.T($"; tổng kế hoạch vốn nước ngoài năm {r.PlanYear} là ")
            .F($"{Number(MillionVnd(t.PlanVnd))} triệu đồng", "oda.planForeignVnd", projects, Codes(r))
            .T(", vốn đối ứng ").F($"{Number(MillionVnd(t.PlanCounterpartVnd))} triệu đồng", "oda.planCounterpartVnd", projects, Codes(r))
            .T(". Giải ngân vốn nước ngoài đạt ").F($"{Number(MillionVnd(t.DisbursedVnd))} triệu đồng", "oda.disbursedForeignVnd", projects, Codes(r));
        if (t.DisbursementRate is { } rate)
        {
            b.T(", bằng ").F($"{Number(rate * 100m, 1)}%", "oda.disbursementRate", projects).T(" kế hoạch");
        }
        b.T("; vốn đối ứng giải ngân ").F($"{Number(MillionVnd(t.DisbursedCounterpartVnd))} triệu đồng", "oda.disbursedCounterpartVnd", projects, Codes(r)).T(".");
        if (t.UsdRateMissing)
        {
            b.T(" (Một số kế hoạch vốn chưa có tỷ giá quy đổi USD.)");
        }
        return b.Build();
    }

    public static DraftParagraph OdaEn(OdaReportDto r)
    {
        var i = r.Implementation;
        var t = r.Total;
        var projects = Link("oda", r.From, r.To, "oda-projects");
        var b = new Builder("oda", "ODA and concessional loans")
            .T($"{PeriodEn(r.From, r.To)}, ")
            .F(CountEn(i.InImplementation, "ODA or concessional-loan project", "ODA and concessional-loan projects"), "oda.inImplementation", projects, i.InImplementationCodes)
            .T($" {WasWere(i.InImplementation)} being implemented in the province, of which ")
            .F(NumberEn(i.NewlyStarted), "oda.newlyStarted", projects, i.NewlyStartedCodes).T($" {WasWere(i.NewlyStarted)} newly started");
        if (i.Completed > 0)
        {
            b.T(" and ").F(NumberEn(i.Completed), "oda.completed", projects, i.CompletedCodes).T($" {WasWere(i.Completed)} completed");
        }
        b.T($"; the foreign-capital plan for {r.PlanYear} totals ")
            .F($"VND {NumberEn(MillionVnd(t.PlanVnd))} million", "oda.planForeignVnd", projects, Codes(r))
            .T(" and the counterpart-capital plan ").F($"VND {NumberEn(MillionVnd(t.PlanCounterpartVnd))} million", "oda.planCounterpartVnd", projects, Codes(r))
            .T(". Foreign capital disbursed amounted to ").F($"VND {NumberEn(MillionVnd(t.DisbursedVnd))} million", "oda.disbursedForeignVnd", projects, Codes(r));
        if (t.DisbursementRate is { } rate)
        {
            b.T(", ").F($"{NumberEn(rate * 100m, 1)}%", "oda.disbursementRate", projects).T(" of the plan");
        }
        b.T("; counterpart capital disbursed amounted to ").F($"VND {NumberEn(MillionVnd(t.DisbursedCounterpartVnd))} million", "oda.disbursedCounterpartVnd", projects, Codes(r)).T(".");
        if (t.UsdRateMissing)
        {
            b.T(" (Some capital plans have no exchange rate to USD yet.)");
        }
        return b.Build();
    }

    private static IReadOnlyList<string> Codes(OdaReportDto r) => [.. r.ByProject.Select(p => p.Code ?? "")];

    // ---------------------------------------------------------------- NGO

    /// <summary>Programmes in communes: how many programmes, in how many distinct communes (a row of several communes names each).</summary>
    private static (int Programmes, int Communes, int ProvinceWide) Places(NgoReportDto r) =>
        (r.ByPlace.Where(p => p.Code != AidReportService.ProvinceWide).Sum(p => p.Programmes),
         r.ByPlace.Where(p => p.Code != AidReportService.ProvinceWide)
             .SelectMany(p => (p.Code ?? "").Split(AidReportService.PlaceSeparator)).Distinct(StringComparer.Ordinal).Count(),
         r.ByPlace.Where(p => p.Code == AidReportService.ProvinceWide).Sum(p => p.Programmes));

    public static DraftParagraph NgoVi(NgoReportDto r)
    {
        var approvedLink = Link("ngo", r.From, r.To, "ngo-approved");
        var programmes = Link("ngo", r.From, r.To, "ngo-programmes");
        var codes = r.ByProgramme.Select(p => p.Code ?? "").ToList();
        var since = r.From == new DateOnly(r.From.Year, 1, 1) ? $"Từ đầu năm {r.From.Year} đến ngày {Day(r.To)}" : $"Từ ngày {Day(r.From)} đến ngày {Day(r.To)}";
        var b = new Builder("ngo", "Viện trợ phi chính phủ nước ngoài")
            .T($"{since}, Ủy ban nhân dân tỉnh đã phê duyệt ")
            .F($"{Count(r.Approved.Count)} khoản viện trợ", "ngo.approved", approvedLink, [.. r.Approved.ByDecision.Select(p => p.Code ?? "")])
            .T(" phi chính phủ nước ngoài");
        if (r.Approved.Count > 0)
        {
            b.T(" với tổng giá trị ").F($"{Number(r.Approved.CommittedUsd)} USD", "ngo.approvedUsd", approvedLink).T(": ");
            var first = true;
            foreach (var d in r.Approved.ByDecision)
            {
                b.T(first ? "" : ", ");
                b.F($"{d.DonorCode ?? d.DonorNameVi ?? d.Code} {Number(d.CommittedUsd)} USD", $"ngo.approved.{d.Code}", approvedLink, [d.Code ?? ""]);
                first = false;
            }
        }
        b.T(". Hiện có ").F($"{Count(r.Programmes)} chương trình, dự án", "ngo.programmes", programmes, codes)
            .T(" của ").F($"{Count(r.DonorOrganisations)} tổ chức phi chính phủ nước ngoài", "ngo.organisations", Link("ngo", r.From, r.To, "ngo-donors"), codes)
            .T($" đang triển khai với tổng giá trị cam kết {(r.From.Year == r.To.Year ? "năm " + r.To.Year : "trong kỳ")} là ")
            .F($"{Number(r.Total.CommitmentInPeriodUsd)} USD", "ngo.commitmentInPeriodUsd", programmes, codes);
        if (r.ByField.Count > 0)
        {
            b.T("; lĩnh vực: ");
            var fieldsLink = Link("ngo", r.From, r.To, "ngo-fields");
            for (var k = 0; k < r.ByField.Count; k++)
            {
                var f = r.ByField[k];
                b.T(k == 0 ? "" : ", ").F($"{(f.NameVi ?? f.Code ?? "").ToLower(CultureInfo.InvariantCulture)} {Count(f.Programmes)}", $"ngo.field.{f.Code}", fieldsLink);
            }
        }
        var (inCommunes, communes, provinceWide) = Places(r);
        var placesLink = Link("ngo", r.From, r.To, "ngo-places");
        if (provinceWide > 0 || inCommunes > 0)
        {
            b.T("; ");
            if (provinceWide > 0)
            {
                b.F($"{Count(provinceWide)} dự án", "ngo.provinceWide", placesLink).T(" triển khai trên phạm vi toàn tỉnh");
            }
            if (inCommunes > 0)
            {
                b.T(provinceWide > 0 ? ", " : "").F($"{Count(inCommunes)} dự án", "ngo.inCommunes", placesLink)
                    .T(" tại ").F($"{Count(communes)} xã, phường", "ngo.communes", placesLink);
            }
        }
        b.T(". Giá trị tiếp nhận trong kỳ đạt ").F($"{Number(r.ReceivedInPeriodUsd)} USD", "ngo.receivedUsd", programmes, codes).T(".");
        if (r.ApprovedNotStarted.Count > 0)
        {
            b.T(" Có ").F($"{Count(r.ApprovedNotStarted.Count)} khoản viện trợ", "ngo.approvedNotStarted", Link("ngo", r.From, r.To, "ngo-not-started"),
                [.. r.ApprovedNotStarted.Select(p => p.Code ?? "")]).T(" đã được phê duyệt nhưng chưa triển khai.");
        }
        if (r.Dossiers.Waiting > 0)
        {
            b.T(" ").F($"{Count(r.Dossiers.Waiting)} dự án", "ngo.dossiersWaiting", Link("ngo", r.From, r.To, "ngo-dossiers"),
                [.. r.Dossiers.ByProcedure.SelectMany(p => p.WaitingProjectCodes)]).T(" đang hoàn thiện hồ sơ trình phê duyệt.");
        }
        return b.Build();
    }

    public static DraftParagraph NgoEn(NgoReportDto r)
    {
        var approvedLink = Link("ngo", r.From, r.To, "ngo-approved");
        var programmes = Link("ngo", r.From, r.To, "ngo-programmes");
        var codes = r.ByProgramme.Select(p => p.Code ?? "").ToList();
        var since = r.From == new DateOnly(r.From.Year, 1, 1) ? $"From the start of {r.From.Year} to {DayEn(r.To)}" : $"From {DayEn(r.From)} to {DayEn(r.To)}";
        var b = new Builder("ngo", "Foreign non-governmental aid")
            .T($"{since}, the provincial People's Committee approved ")
            .F(CountEn(r.Approved.Count, "foreign NGO aid grant"), "ngo.approved", approvedLink, [.. r.Approved.ByDecision.Select(p => p.Code ?? "")]);
        if (r.Approved.Count > 0)
        {
            b.T(r.Approved.Count == 1 ? " worth " : " worth a total of ").F($"USD {NumberEn(r.Approved.CommittedUsd)}", "ngo.approvedUsd", approvedLink).T(": ");
            var first = true;
            foreach (var d in r.Approved.ByDecision)
            {
                b.T(first ? "" : ", ").F($"{d.DonorCode ?? d.Code} USD {NumberEn(d.CommittedUsd)}", $"ngo.approved.{d.Code}", approvedLink, [d.Code ?? ""]);
                first = false;
            }
        }
        b.T(". ").F(CountEn(r.Programmes, "programme"), "ngo.programmes", programmes, codes)
            .T(" of ").F(CountEn(r.DonorOrganisations, "foreign NGO"), "ngo.organisations", Link("ngo", r.From, r.To, "ngo-donors"), codes)
            .T($" {IsAre(r.Programmes)} being implemented with a commitment {(r.From.Year == r.To.Year ? "for " + r.To.Year : "for the period")} of ")
            .F($"USD {NumberEn(r.Total.CommitmentInPeriodUsd)}", "ngo.commitmentInPeriodUsd", programmes, codes);
        if (r.ByField.Count > 0)
        {
            b.T("; fields: ");
            var fieldsLink = Link("ngo", r.From, r.To, "ngo-fields");
            for (var k = 0; k < r.ByField.Count; k++)
            {
                var f = r.ByField[k];
                b.T(k == 0 ? "" : ", ").F($"{(f.NameEn ?? f.Code ?? "").ToLower(CultureInfo.InvariantCulture)} {NumberEn(f.Programmes)}", $"ngo.field.{f.Code}", fieldsLink);
            }
        }
        var (inCommunes, communes, provinceWide) = Places(r);
        var placesLink = Link("ngo", r.From, r.To, "ngo-places");
        if (provinceWide > 0 || inCommunes > 0)
        {
            b.T("; ");
            if (provinceWide > 0)
            {
                b.F(NumberEn(provinceWide), "ngo.provinceWide", placesLink).T($" {IsAre(provinceWide)} province-wide");
            }
            if (inCommunes > 0)
            {
                b.T(provinceWide > 0 ? " and " : "").F(NumberEn(inCommunes), "ngo.inCommunes", placesLink)
                    .T($" {IsAre(inCommunes)} in ").F(CountEn(communes, "commune"), "ngo.communes", placesLink);
            }
        }
        b.T(". Receipts in the period amounted to ").F($"USD {NumberEn(r.ReceivedInPeriodUsd)}", "ngo.receivedUsd", programmes, codes).T(".");
        if (r.ApprovedNotStarted.Count > 0)
        {
            var n = r.ApprovedNotStarted.Count;
            b.T(" ").F(CountEn(n, "approved aid grant"), "ngo.approvedNotStarted", Link("ngo", r.From, r.To, "ngo-not-started"),
                [.. r.ApprovedNotStarted.Select(p => p.Code ?? "")]).T(n == 1 ? " has not started yet." : " have not started yet.");
        }
        if (r.Dossiers.Waiting > 0)
        {
            var n = r.Dossiers.Waiting;
            b.T(" ").F(CountEn(n, "project"), "ngo.dossiersWaiting", Link("ngo", r.From, r.To, "ngo-dossiers"),
                [.. r.Dossiers.ByProcedure.SelectMany(p => p.WaitingProjectCodes)]).T(n == 1 ? " is completing its dossier for approval." : " are completing their dossiers for approval.");
        }
        return b.Build();
    }
}
