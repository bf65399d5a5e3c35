using static InvestAid.Legal.LegalStatus;
using static InvestAid.Legal.LegalUnit;

namespace InvestAid.Legal;

/// <summary>
/// The legal documents and parameters of ../shared/reference/legal-bases.md (checked 2 Dec 2026). Where a figure is unconfirmed the
/// last confirmed value is kept and marked <see cref="Unconfirmed"/>, with a note saying what is known.
/// </summary>
public static class LegalSeed
{
    public sealed record Document(string Number, string Kind, string TitleVi, string TitleEn, DateOnly? IssuedOn, DateOnly? EffectiveFrom,
        DateOnly? EffectiveTo, string? ReplacedBy, LegalStatus Status, string? Note);

    public sealed record Parameter(string Name, string TitleVi, string TitleEn, string Value, LegalUnit Unit, DateOnly From, string Document,
        string? Article, string? Clause, LegalStatus Status, string? Note);

    public sealed record Notice(int Year, string Number, DateOnly? IssuedOn, string Title);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    public const string Law61 = "61/2020/QH14";
    public const string Law143 = "143/2025/QH15";
    public const string Decree31 = "31/2021/NĐ-CP";
    public const string Decree19 = "19/2025/NĐ-CP";
    public const string Decree239 = "239/2025/NĐ-CP";
    public const string Decree96 = "96/2026/NĐ-CP";
    public const string Decree80 = "80/2020/NĐ-CP";
    public const string Decree313 = "313/2025/NĐ-CP";
    public const string Decree114 = "114/2021/NĐ-CP";
    public const string Decree20 = "20/2023/NĐ-CP";
    public const string Decree242 = "242/2025/NĐ-CP";
    public const string Law58 = "58/2024/QH15";
    public const string Circular03 = "03/2021/TT-BKHĐT";
    public const string Circular55 = "55/2026/TT-BTC";
    public const string LabourCode = "45/2019/QH14";
    public const string CivilCode = "91/2015/QH13";

    public static readonly IReadOnlyList<Document> Documents =
    [
        new(Law61, "Luật", "Luật Đầu tư", "Law on Investment", D(2020, 6, 17), D(2021, 1, 1), D(2026, 2, 28), Law143, Confirmed, null),
        new(Law143, "Luật", "Luật Đầu tư (sửa đổi)", "Law on Investment", D(2025, 12, 11), D(2026, 3, 1), null, null, Secondary,
            "7 chương, 52 điều; thay thế Luật 61/2020. Nội dung theo nguồn thứ cấp (vir.com.vn, luatvietnam.vn): thành lập doanh nghiệp trước hoặc sau GCNĐKĐT; UBND cấp tỉnh (Chủ tịch) chấp thuận chủ trương 13 nhóm dự án (Điều 24); bỏ điều chỉnh chủ trương khi vốn thay đổi từ 20 %."),
        new(Decree31, "Nghị định", "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư", "Decree guiding the Law on Investment",
            D(2021, 3, 26), D(2021, 3, 26), D(2026, 3, 30), Decree96, Confirmed, null),
        new(Decree19, "Nghị định", "Quy định về thủ tục đầu tư đặc biệt", "Decree on the special investment procedure", null, null, D(2026, 3, 30), Decree96,
            Unconfirmed, "Ngày ban hành và hiệu lực chưa xác nhận; bị thay thế bởi Nghị định 96/2026."),
        new(Decree239, "Nghị định", "Sửa đổi, bổ sung Nghị định 31/2021/NĐ-CP", "Decree amending Decree 31/2021", D(2025, 9, 3), D(2025, 9, 3), D(2026, 3, 30),
            Decree96, Confirmed, "Hiệu lực từ ngày ký. GCNĐKĐT mới 10 ngày; chấp thuận chủ trương cấp tỉnh 26 ngày (trước 50)."),
        new(Decree96, "Nghị định", "Quy định chi tiết Luật Đầu tư 143/2025/QH15", "Decree guiding Law 143/2025", D(2026, 3, 31), D(2026, 3, 31), null, null,
            Secondary, "Hiệu lực từ ngày ký; thay thế Nghị định 31/2021, 19/2025 và 239/2025. Thời hạn cấp, điều chỉnh GCNĐKĐT, đăng ký góp vốn và chấp thuận chủ trương: CHƯA XÁC NHẬN (một nguồn thương mại: GCNĐKĐT 10 ngày làm việc, Điều 39). Thủ tục \"luồng xanh\" trong KCN/KCNC/khu thương mại tự do: Luật Điều 28, Nghị định Điều 46–50, khoảng 15 ngày (nguồn thứ cấp)."),
        new(Decree80, "Nghị định", "Quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức (ODA)",
            "Non-refundable aid not classified as ODA", D(2020, 7, 8), D(2020, 9, 17), D(2025, 12, 7), Decree313, Confirmed, null),
        new(Decree313, "Nghị định", "Quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức (ODA)",
            "Non-refundable aid not classified as ODA", D(2025, 12, 8), D(2025, 12, 8), null, null, Confirmed,
            "Xác nhận từ văn bản (Điều 1–2): phạm vi, các trường hợp loại trừ, tiếp nhận sau phê duyệt, tài khoản viện trợ riêng. Các bước, thời hạn thẩm định, lấy ý kiến, thông báo nhà tài trợ, thu hồi và báo cáo: CHƯA XÁC NHẬN."),
        new(Decree114, "Nghị định", "Quản lý và sử dụng vốn ODA, vốn vay ưu đãi của nhà tài trợ nước ngoài", "ODA and concessional loans",
            D(2021, 12, 16), D(2021, 12, 16), D(2025, 9, 9), Decree242, Confirmed, null),
        new(Decree20, "Nghị định", "Sửa đổi, bổ sung Nghị định 114/2021/NĐ-CP", "Decree amending Decree 114/2021", D(2023, 5, 4), D(2023, 5, 4), D(2025, 9, 9),
            Decree242, Confirmed, null),
        new(Decree242, "Nghị định", "Quản lý và sử dụng vốn ODA, vốn vay ưu đãi nước ngoài", "ODA and concessional loans", D(2025, 9, 10), D(2025, 9, 10),
            null, null, Secondary, "Bốn phương thức; bỏ bước phê duyệt, thẩm định trung gian; Bộ Tài chính chủ trì. Các bước và thời hạn của tỉnh: CHƯA XÁC NHẬN."),
        new(Law58, "Luật", "Luật Đầu tư công", "Law on Public Investment", null, D(2025, 1, 1), null, null, Secondary,
            "UBND các cấp quyết định chủ trương đầu tư dự án nhóm B, C của địa phương."),
        new(Circular03, "Thông tư", "Mẫu văn bản, báo cáo liên quan đến hoạt động đầu tư (sửa đổi bởi 25/2023/TT-BKHĐT)", "Investment forms and reports",
            null, null, null, Circular55, Secondary, "Báo cáo doanh nghiệp FDI: quý trước ngày 10 tháng đầu quý sau, năm trước 31/3."),
        new(Circular55, "Thông tư", "Mẫu văn bản, báo cáo về đầu tư (~49 mẫu)", "Model texts and reports on investment", null, null, null, null, Unconfirmed,
            "Được cho là thay thế Thông tư 03/2021; ngày ban hành, hiệu lực và thời hạn báo cáo theo chế độ mới: CHƯA XÁC NHẬN."),
        new(LabourCode, "Luật", "Bộ luật Lao động", "Labour Code", D(2019, 11, 20), D(2021, 1, 1), null, null, Confirmed,
            "Điều 112: ngày nghỉ lễ, Tết; Điều 111(3): nghỉ bù."),
        new(CivilCode, "Luật", "Bộ luật Dân sự", "Civil Code", D(2015, 11, 24), D(2017, 1, 1), null, null, Confirmed,
            "Điều 148(5): thời hạn kết thúc vào ngày nghỉ thì ngày kết thúc là ngày làm việc tiếp theo."),
    ];

    private const string UnconfirmedKeep = "CHƯA XÁC NHẬN từ văn bản chính thức: giữ giá trị xác nhận gần nhất.";

    private const string OdaNoFigure = "CHƯA XÁC NHẬN: tài liệu tham chiếu không nêu thời hạn thẩm định của tỉnh theo Nghị định 114/2021 hay "
        + "Nghị định 242/2025 (các bước và thời hạn của tỉnh chưa xác nhận); không điều, khoản nào được trích. Giá trị làm việc do tỉnh đặt "
        + "(tương tự 20 ngày thẩm định viện trợ phi chính phủ, Nghị định 80/2020 Điều 10(6) — không phải quy định về ODA); sửa khi đối chiếu văn bản.";

    public static readonly IReadOnlyList<Parameter> Parameters =
    [
        // FDI: new investment registration certificate (GCNĐKĐT)
        new("ircIssuePeriod", "Thời hạn cấp mới GCNĐKĐT (dự án không thuộc diện chấp thuận chủ trương)", "New IRC issuance period",
            "15", CalendarDays, D(2021, 1, 1), Law61, "38", "1", Confirmed, "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ."),
        new("ircIssuePeriod", "Thời hạn cấp mới GCNĐKĐT (dự án không thuộc diện chấp thuận chủ trương)", "New IRC issuance period",
            "10", CalendarDays, D(2025, 9, 3), Decree239, "1", "9, 10, 12", Confirmed, "Sửa đổi Nghị định 31/2021."),
        new("ircIssuePeriod", "Thời hạn cấp mới GCNĐKĐT (dự án không thuộc diện chấp thuận chủ trương)", "New IRC issuance period",
            "10", CalendarDays, D(2026, 3, 31), Decree96, "39", null, Unconfirmed,
            UnconfirmedKeep + " (10 ngày, Nghị định 239/2025). Một nguồn thương mại nêu 10 ngày làm việc, Điều 39."),
        new("ircIssueAfterPolicyPeriod", "Thời hạn cấp GCNĐKĐT sau khi có quyết định chấp thuận chủ trương", "IRC after investment-policy approval",
            "5", WorkingDays, D(2021, 1, 1), Law61, "38", "1", Confirmed, null),
        new("ircIssueAfterPolicyPeriod", "Thời hạn cấp GCNĐKĐT sau khi có quyết định chấp thuận chủ trương", "IRC after investment-policy approval",
            "5", WorkingDays, D(2026, 3, 1), Law143, null, null, Unconfirmed, UnconfirmedKeep + " (5 ngày làm việc, Luật 61/2020 Điều 38(1))."),
        new("ircAfterCompanyMonths", "Thời hạn được cấp GCNĐKĐT khi đã thành lập doanh nghiệp trước", "IRC deadline when the company was registered first",
            "12", Months, D(2026, 3, 1), Law143, null, null, Secondary, "Nhà đầu tư được thành lập tổ chức kinh tế trước hoặc sau khi cấp GCNĐKĐT; nếu trước thì trong 12 tháng (nguồn thứ cấp)."),
        new("policyApprovalProvincePeriod", "Thời hạn chấp thuận chủ trương đầu tư của UBND cấp tỉnh", "Provincial investment-policy approval period",
            "26", CalendarDays, D(2025, 9, 3), Decree239, "1", "10", Confirmed, "Trước đây 50 ngày."),
        new("policyApprovalProvincePeriod", "Thời hạn chấp thuận chủ trương đầu tư của UBND cấp tỉnh", "Provincial investment-policy approval period",
            "26", CalendarDays, D(2026, 3, 31), Decree96, null, null, Unconfirmed, UnconfirmedKeep + " (26 ngày, Nghị định 239/2025). Luật 143/2025 Điều 24: Chủ tịch UBND tỉnh chấp thuận 13 nhóm dự án."),
        new("policyAdjustmentCapitalPercent", "Mức thay đổi tổng vốn đầu tư phải điều chỉnh chủ trương (0 = không áp dụng)", "Capital change requiring a policy adjustment (0 = none)",
            "20", Percent, D(2021, 1, 1), Law61, "41", "3", Confirmed, null),
        new("policyAdjustmentCapitalPercent", "Mức thay đổi tổng vốn đầu tư phải điều chỉnh chủ trương (0 = không áp dụng)", "Capital change requiring a policy adjustment (0 = none)",
            "0", Percent, D(2026, 3, 1), Law143, null, null, Secondary, "Luật 143/2025 bãi bỏ quy định điều chỉnh chủ trương khi vốn thay đổi từ 20 % (nguồn thứ cấp)."),
        new("greenChannelPeriod", "Thời hạn thủ tục đầu tư đặc biệt (\"luồng xanh\") trong KCN, KCNC, khu thương mại tự do", "Green-channel procedure period",
            "15", CalendarDays, D(2026, 3, 31), Decree96, "46–50", null, Secondary, "Luật 143/2025 Điều 28; khoảng 15 ngày (nguồn thứ cấp)."),

        // FDI: adjustment and capital contribution
        new("ircAdjustPeriod", "Thời hạn điều chỉnh GCNĐKĐT (không thuộc diện chấp thuận chủ trương)", "IRC adjustment period",
            "10", WorkingDays, D(2021, 3, 26), Decree31, null, null, Unconfirmed, "10 ngày làm việc; điều khoản chưa xác nhận."),
        new("ircAdjustPeriod", "Thời hạn điều chỉnh GCNĐKĐT (không thuộc diện chấp thuận chủ trương)", "IRC adjustment period",
            "10", WorkingDays, D(2025, 9, 3), Decree239, null, null, Unconfirmed, "Các tỉnh công bố 3 hoặc 7 ngày làm việc tùy nội dung điều chỉnh (chưa xác nhận); giữ 10 ngày làm việc."),
        new("ircAdjustPeriod", "Thời hạn điều chỉnh GCNĐKĐT (không thuộc diện chấp thuận chủ trương)", "IRC adjustment period",
            "10", WorkingDays, D(2026, 3, 31), Decree96, null, null, Unconfirmed, UnconfirmedKeep + " (10 ngày làm việc)."),
        new("capitalContributionPeriod", "Thời hạn đăng ký góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài", "Capital-contribution registration period",
            "15", CalendarDays, D(2021, 3, 26), Decree31, "66", "3", Confirmed, "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ."),
        new("capitalContributionPeriod", "Thời hạn đăng ký góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài", "Capital-contribution registration period",
            "15", CalendarDays, D(2026, 3, 31), Decree96, null, null, Unconfirmed,
            UnconfirmedKeep + " (15 ngày, Nghị định 31/2021 Điều 66(3)). Sau Nghị định 239/2025 các tỉnh công bố 10 ngày (chưa xác nhận)."),

        // Non-ODA aid
        new("ngoAppraisalPeriod", "Thời hạn thẩm định khoản viện trợ phi chính phủ", "NGO aid appraisal period",
            "20", CalendarDays, D(2020, 9, 17), Decree80, "10", "6", Confirmed, "Kể từ khi nhận đủ hồ sơ hợp lệ."),
        new("ngoAppraisalPeriod", "Thời hạn thẩm định khoản viện trợ phi chính phủ", "NGO aid appraisal period",
            "20", CalendarDays, D(2025, 12, 8), Decree313, null, null, Unconfirmed, UnconfirmedKeep + " (20 ngày, Nghị định 80/2020 Điều 10(6))."),
        new("ngoConsultationPeriod", "Thời hạn cơ quan được lấy ý kiến trả lời (viện trợ phi chính phủ)", "Consultation deadline (NGO aid)",
            "10", WorkingDays, D(2020, 9, 17), Decree80, "10", "3", Confirmed,
            "Nghị định 80/2020 không quy định thời hạn trả lời: do tỉnh quy định (giá trị của tỉnh)."),
        new("ngoConsultationPeriod", "Thời hạn cơ quan được lấy ý kiến trả lời (viện trợ phi chính phủ)", "Consultation deadline (NGO aid)",
            "10", WorkingDays, D(2025, 12, 8), Decree313, null, null, Unconfirmed, "Do tỉnh quy định; quy định của Nghị định 313/2025 chưa xác nhận."),
        new("ngoDonorNoticePeriod", "Thời hạn thông báo nhà tài trợ sau khi phê duyệt", "Donor notice after approval",
            "5", CalendarDays, D(2020, 9, 17), Decree80, "11", "2", Confirmed, "Gửi quyết định cho các Bộ (kế hoạch/tài chính)."),
        new("ngoDonorNoticePeriod", "Thời hạn thông báo nhà tài trợ sau khi phê duyệt", "Donor notice after approval",
            "5", CalendarDays, D(2025, 12, 8), Decree313, null, null, Unconfirmed, "Không xác nhận lại được từ văn bản Nghị định 313/2025; giữ 5 ngày, sửa được."),
        new("pmuThresholdUsd", "Mức viện trợ được dùng đơn vị trực thuộc thay Ban quản lý dự án", "Aid below which an in-house unit may replace a PMU",
            "200000", Usd, D(2020, 9, 17), Decree80, "12", "1", Confirmed, "Là lựa chọn, không bắt buộc."),
        new("pmuThresholdUsd", "Mức viện trợ được dùng đơn vị trực thuộc thay Ban quản lý dự án", "Aid below which an in-house unit may replace a PMU",
            "200000", Usd, D(2025, 12, 8), Decree313, null, null, Unconfirmed, UnconfirmedKeep),
        new("ngoRevocationMonths", "Thời hạn chưa triển khai sau phê duyệt thì có thể thu hồi", "Not started after approval → revocation",
            "6", Months, D(2020, 9, 17), Decree80, "4", "7", Confirmed, null),
        new("ngoRevocationMonths", "Thời hạn chưa triển khai sau phê duyệt thì có thể thu hồi", "Not started after approval → revocation",
            "6", Months, D(2025, 12, 8), Decree313, null, null, Unconfirmed, UnconfirmedKeep),
        new("ngoPeriodicReportMonths", "Kỳ báo cáo của chủ khoản viện trợ và Ban quản lý dự án", "Aid owner's periodic report",
            "6", Months, D(2020, 9, 17), Decree80, "13", "9", Confirmed, "6 tháng và hằng năm."),
        new("ngoPeriodicReportMonths", "Kỳ báo cáo của chủ khoản viện trợ và Ban quản lý dự án", "Aid owner's periodic report",
            "6", Months, D(2025, 12, 8), Decree313, null, null, Unconfirmed, UnconfirmedKeep),
        new("ngoYearlyReportDue", "Hạn báo cáo năm của cơ quan chủ quản gửi các Bộ", "Managing agency's yearly report",
            "01-15", DayOfYear, D(2020, 9, 17), Decree80, "14", "4", Confirmed, null),
        new("ngoYearlyReportDue", "Hạn báo cáo năm của cơ quan chủ quản gửi các Bộ", "Managing agency's yearly report",
            "01-15", DayOfYear, D(2025, 12, 8), Decree313, null, null, Unconfirmed, UnconfirmedKeep),
        new("ngoCompletionReportMonths", "Thời hạn báo cáo kết thúc khoản viện trợ", "Completion report",
            "6", Months, D(2020, 9, 17), Decree80, "15", "5", Confirmed, null),
        new("ngoCompletionReportMonths", "Thời hạn báo cáo kết thúc khoản viện trợ", "Completion report",
            "6", Months, D(2025, 12, 8), Decree313, null, null, Unconfirmed, UnconfirmedKeep),
        new("ngoSettlementDue", "Hạn phê duyệt quyết toán năm khoản viện trợ ngoài ngân sách", "Yearly settlement of non-budget aid",
            "06-30", DayOfYear, D(2020, 9, 17), Decree80, "23", "9(b)", Confirmed, null),
        new("ngoSettlementDue", "Hạn phê duyệt quyết toán năm khoản viện trợ ngoài ngân sách", "Yearly settlement of non-budget aid",
            "06-30", DayOfYear, D(2025, 12, 8), Decree313, null, null, Unconfirmed, UnconfirmedKeep),
        new("ngoEmergencyReliefMonths", "Cứu trợ khẩn cấp thực hiện trong thời hạn này không thuộc phạm vi", "Emergency relief excluded when carried out within",
            "3", Months, D(2025, 12, 8), Decree313, "1", null, Confirmed, "Cứu trợ khẩn cấp được phê duyệt và thực hiện trong 3 tháng không thuộc phạm vi điều chỉnh."),

        // ODA
        new("odaConsultationPeriod", "Thời hạn cơ quan được lấy ý kiến trả lời (ODA)", "Consultation deadline (ODA)",
            "10", CalendarDays, D(2021, 12, 16), Decree114, null, null, Confirmed, null),
        new("odaConsultationPeriod", "Thời hạn cơ quan được lấy ý kiến trả lời (ODA)", "Consultation deadline (ODA)",
            "10", CalendarDays, D(2025, 9, 10), Decree242, null, null, Unconfirmed, UnconfirmedKeep),
        new("odaNoConsultationThresholdUsd", "Khoản ODA không phải lấy ý kiến khi không vượt quá", "ODA that may skip consultation up to",
            "200000", Usd, D(2021, 12, 16), Decree114, null, null, Confirmed, null),
        // The province's own appraisal of an ODA proposal and of an annual capital plan: the reference states no time limit under Decree 114/2021
        // or 242/2025, so the figure is the province's working value, marked unconfirmed, until a lawyer reads the official text.
        new("odaProposalAppraisalPeriod", "Thời hạn Sở Tài chính thẩm định đề xuất chương trình, dự án ODA, vốn vay ưu đãi (giá trị của tỉnh)",
            "ODA proposal appraisal period (province's value)", "20", CalendarDays, D(2025, 9, 10), Decree242, null, null, Unconfirmed, OdaNoFigure),
        new("odaAnnualPlanAppraisalPeriod", "Thời hạn Sở Tài chính thẩm định kế hoạch vốn năm dự án ODA, vốn vay ưu đãi (giá trị của tỉnh)",
            "ODA annual capital plan appraisal period (province's value)", "20", CalendarDays, D(2025, 9, 10), Decree242, null, null, Unconfirmed, OdaNoFigure),
        new("odaOverallPlanPeriod", "Thời hạn lập kế hoạch tổng thể sau khi ký hiệp định", "Overall plan after signing the agreement",
            "30", CalendarDays, D(2021, 12, 16), Decree114, null, null, Secondary, "Theo tài liệu tham chiếu (\"as stated\"); điều khoản chưa xác nhận."),

        // FDI enterprise reports
        new("fdiQuarterlyReportDay", "Hạn báo cáo quý của doanh nghiệp FDI (trước ngày … tháng đầu quý sau)", "FDI enterprise quarterly report day",
            "10", Count, D(2021, 1, 1), Circular03, null, null, Secondary, "Qua Hệ thống thông tin quốc gia về đầu tư."),
        new("fdiQuarterlyReportDay", "Hạn báo cáo quý của doanh nghiệp FDI (trước ngày … tháng đầu quý sau)", "FDI enterprise quarterly report day",
            "10", Count, D(2026, 3, 31), Circular55, null, null, Unconfirmed, UnconfirmedKeep),
        new("fdiYearlyReportDue", "Hạn báo cáo năm của doanh nghiệp FDI", "FDI enterprise yearly report",
            "03-31", DayOfYear, D(2021, 1, 1), Circular03, null, null, Secondary, null),
        new("fdiYearlyReportDue", "Hạn báo cáo năm của doanh nghiệp FDI", "FDI enterprise yearly report",
            "03-31", DayOfYear, D(2026, 3, 31), Circular55, null, null, Unconfirmed, UnconfirmedKeep),
    ];

    public static readonly IReadOnlyList<Notice> Notices =
    [
        new(2024, "8662/VPCP-KGVX", D(2023, 11, 3), "Nghỉ Tết Âm lịch, Quốc khánh 2024"),
        new(2024, "2450/VPCP-KGVX", D(2024, 4, 12), "Hoán đổi ngày làm việc dịp 30/4 – 1/5/2024"),
        new(2025, "8726/VPCP-KGVX", D(2024, 11, 26), "Nghỉ lễ, Tết năm 2025"),
        new(2025, "6150/TB-BLĐTBXH", null, "Thông báo nghỉ lễ, Tết năm 2025"),
        new(2026, "9441/TB-BNV", D(2025, 10, 16), "Thông báo nghỉ lễ, Tết năm 2026"),
        new(2026, "12729/VPCP-KGVX", D(2025, 12, 25), "Hoán đổi ngày làm việc dịp Tết Dương lịch 2026"),
    ];
}
