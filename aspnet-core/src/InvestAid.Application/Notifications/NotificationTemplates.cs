using System.Globalization;

namespace InvestAid.Notifications;

/// <summary>The Vietnamese wording of each reminder: a title (also the e-mail subject) and a plain-text body with the figures.</summary>
public static class NotificationTemplates
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Money(decimal amount) => amount.ToString("N0", Vi);
    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public static string Percent(decimal share) => (share * 100m).ToString("N1", Vi) + " %";

    public static (string Title, string Body) DisbursementLag(string code, string name, int year, int quarter, DateOnly checkpoint,
        decimal planVnd, decimal expectedVnd, decimal disbursedVnd, decimal lagShare) =>
        ($"Chậm giải ngân: dự án {code} — quý {quarter}/{year}",
         $"""
         Dự án {code} — {name}.
         Đến ngày {Date(checkpoint)} (hết quý {quarter}/{year}) dự án đã giải ngân {Money(disbursedVnd)} đồng, bằng {Percent(planVnd == 0 ? 0 : disbursedVnd / planVnd)} kế hoạch vốn năm {year} ({Money(planVnd)} đồng).
         Theo tiến độ, đến hết quý {quarter} cần giải ngân {Money(expectedVnd)} đồng; dự án chậm {Percent(lagShare)} so với tiến độ.
         Đề nghị chủ dự án đẩy nhanh giải ngân và cập nhật số liệu.
         """);

    public static (string Title, string Body) ReceiptOverdue(string code, string name, DateOnly due, decimal expectedUsd, decimal receivedUsd) =>
        ($"Chưa tiếp nhận viện trợ theo kế hoạch: {code}",
         $"""
         Khoản viện trợ {code} — {name}.
         Theo kế hoạch, đến ngày {Date(due)} phải tiếp nhận lũy kế {Money(expectedUsd)} USD; đến nay mới tiếp nhận {Money(receivedUsd)} USD.
         Đề nghị chủ khoản viện trợ liên hệ nhà tài trợ và cập nhật số liệu tiếp nhận.
         """);

    public static (string Title, string Body) ReportDue(string code, string name, ReportDeadline d) =>
        ($"Sắp đến hạn nộp báo cáo: {code} — {d.Label}",
         $"""
         Dự án {code} — {name}.
         {d.Label}: hạn nộp theo quy định là ngày {Date(d.LegalDue)}{(d.EffectiveDue != d.LegalDue ? $" (trùng ngày nghỉ, hạn chuyển sang ngày làm việc tiếp theo {Date(d.EffectiveDue)})" : "")}.
         Đề nghị chủ dự án nộp báo cáo đúng hạn.
         """);

    public static (string Title, string Body) TaskOverdue(string taskName, DateOnly due, string? businessKey) =>
        ($"Công việc quá hạn: {taskName}",
         $"""
         Công việc "{taskName}"{(businessKey is null ? "" : $" (hồ sơ {businessKey})")} đã quá hạn xử lý ngày {Date(due)}.
         Đề nghị hoàn thành công việc hoặc báo cáo lý do chậm.
         """);

    public static (string Title, string Body) TaskEscalated(string taskName, DateOnly due, int workingDaysLate, string? assignee, string? businessKey) =>
        ($"Báo cáo lãnh đạo: công việc quá hạn {workingDaysLate} ngày làm việc — {taskName}",
         $"""
         Công việc "{taskName}"{(businessKey is null ? "" : $" (hồ sơ {businessKey})")} giao cho {assignee ?? "nhóm xử lý"} đã quá hạn {workingDaysLate} ngày làm việc (hạn {Date(due)}).
         Đề nghị lãnh đạo chỉ đạo xử lý.
         """);

    public static (string Title, string Body) AidNotStarted(string code, string name, DateOnly approvedOn, DateOnly deadline) =>
        ($"Khoản viện trợ chưa triển khai sau 6 tháng: {code}",
         $"""
         Khoản viện trợ {code} — {name} được phê duyệt ngày {Date(approvedOn)} nhưng đến ngày {Date(deadline)} (6 tháng) chưa triển khai.
         Theo khoản 7 Điều 4 Nghị định 80/2020/NĐ-CP, cấp phê duyệt có thể thu hồi quyết định phê duyệt nếu không có lý do chính đáng; cơ quan chủ quản thông báo cho bên tài trợ.
         Đề nghị rà soát và đề xuất thu hồi hoặc gia hạn.
         """);

    public static (string Title, string Body) ProcedureStep(string subject, string? code, string? name)
    {
        var title = string.IsNullOrWhiteSpace(subject) ? "Thông báo về hồ sơ thủ tục" : subject;
        var about = code is null ? "" : $"Dự án {code} — {name}.\n";
        return (code is null ? title : $"{title}: {code}", $"{about}{title}.\nXem chi tiết hồ sơ và các bước xử lý trong hệ thống InvestAid.");
    }
}
