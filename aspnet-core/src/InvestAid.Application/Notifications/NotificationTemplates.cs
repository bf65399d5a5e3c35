using System.Globalization;

namespace InvestAid.Notifications;

/// <summary>
/// The wording of each reminder in Vietnamese and English: a title (also the e-mail subject) and a plain-text body with the
/// figures. A reminder is made as a <see cref="NotificationText"/> (template key + arguments, stored with the notification) and
/// rendered in the recipient's language for the e-mail, and again in the reader's language whenever the web app lists it.
/// </summary>
public static class NotificationTemplates
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"en" for English, "vi" for anything else (the default).</summary>
    public static string LanguageOf(string? language) =>
        language is not null && language.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Vietnamese;

    public static string Money(decimal amount, string language = Vietnamese) => amount.ToString("N0", Culture(language));
    public static string Date(DateOnly d, string language = Vietnamese) =>
        LanguageOf(language) == English ? d.ToString("d MMM yyyy", En) : d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public static string Percent(decimal share, string language = Vietnamese) => (share * 100m).ToString("N1", Culture(language)) + " %";

    private static CultureInfo Culture(string language) => LanguageOf(language) == English ? En : Vi;

    public static NotificationText DisbursementLag(string code, string name, int year, int quarter, DateOnly checkpoint,
        decimal planVnd, decimal expectedVnd, decimal disbursedVnd, decimal lagShare) =>
        new("disbursement-lag", new Dictionary<string, string?>
        {
            ["code"] = code, ["name"] = name, ["year"] = I(year), ["quarter"] = I(quarter), ["checkpoint"] = I(checkpoint),
            ["plan"] = I(planVnd), ["expected"] = I(expectedVnd), ["disbursed"] = I(disbursedVnd), ["lag"] = I(lagShare),
        });

    public static NotificationText ReceiptOverdue(string code, string name, DateOnly due, decimal expectedUsd, decimal receivedUsd) =>
        new("receipt-overdue", new Dictionary<string, string?>
        {
            ["code"] = code, ["name"] = name, ["due"] = I(due), ["expected"] = I(expectedUsd), ["received"] = I(receivedUsd),
        });

    public static NotificationText ReportDue(string code, string name, ReportDeadline d) =>
        new("report-due", new Dictionary<string, string?>
        {
            ["code"] = code, ["name"] = name, ["type"] = d.ReportType, ["period"] = d.Period, ["label"] = d.Label,
            ["legalDue"] = I(d.LegalDue), ["effectiveDue"] = I(d.EffectiveDue),
        });

    /// <param name="taskNameEn">The step's English name where the model gives one (else the English text uses <paramref name="taskName"/>).</param>
    public static NotificationText TaskOverdue(string taskName, DateOnly due, string? businessKey, string? taskNameEn = null) =>
        new("task-overdue", new Dictionary<string, string?>
        {
            ["task"] = taskName, ["taskEn"] = taskNameEn, ["due"] = I(due), ["businessKey"] = businessKey,
        });

    public static NotificationText TaskEscalated(string taskName, DateOnly due, int workingDaysLate, string? assignee, string? businessKey, string? taskNameEn = null) =>
        new("task-escalated", new Dictionary<string, string?>
        {
            ["task"] = taskName, ["taskEn"] = taskNameEn, ["due"] = I(due), ["late"] = I(workingDaysLate), ["assignee"] = assignee,
            ["businessKey"] = businessKey,
        });

    public static NotificationText AidNotStarted(string code, string name, DateOnly approvedOn, DateOnly deadline) =>
        new("aid-not-started", new Dictionary<string, string?>
        {
            ["code"] = code, ["name"] = name, ["approved"] = I(approvedOn), ["deadline"] = I(deadline),
        });

    /// <param name="subject">What the model's notify step says (the model's own words, shown as written).</param>
    public static NotificationText ProcedureStep(string subject, string? code, string? name) =>
        new("procedure-step", new Dictionary<string, string?> { ["subject"] = subject, ["code"] = code, ["name"] = name });

    /// <param name="lines">One line per pending proposal (project code, the owner's reason, who, when), as written.</param>
    public static NotificationText WorkflowIncident(string procedure, string step, string? businessKey, string message) =>
        new("workflow-incident", new Dictionary<string, string?> { ["procedure"] = procedure, ["step"] = step, ["businessKey"] = businessKey, ["message"] = message });

    public static NotificationText ProposalDigest(DateOnly day, int count, string lines, int more) =>
        new("proposal-digest", new Dictionary<string, string?> { ["day"] = I(day), ["count"] = I(count), ["lines"] = lines, ["more"] = I(more) });

    /// <param name="quarter">0 for the yearly report.</param>
    public static NotificationText EnterpriseReportDue(string code, string name, int year, int quarter, DateOnly due) =>
        new("enterprise-report-due", new Dictionary<string, string?>
        {
            ["code"] = code, ["name"] = name, ["year"] = I(year), ["quarter"] = I(quarter), ["due"] = I(due),
        });

    public static NotificationText EnterpriseReportEscalated(string code, string enterprise, int year, int quarter, DateOnly due, int daysOverdue) =>
        new("enterprise-report-escalated", new Dictionary<string, string?>
        {
            ["code"] = code, ["enterprise"] = enterprise, ["year"] = I(year), ["quarter"] = I(quarter), ["due"] = I(due), ["late"] = I(daysOverdue),
        });

    /// <summary>The title and body of <paramref name="text"/> in <paramref name="language"/> ("vi" or "en").</summary>
    public static (string Title, string Body) Render(NotificationText text, string? language)
    {
        var en = LanguageOf(language) == English;
        var lang = en ? English : Vietnamese;
        var a = text.Args;
        string S(string key) => a.TryGetValue(key, out var v) && v is not null ? v : "";
        string? N(string key) => a.TryGetValue(key, out var v) && !string.IsNullOrEmpty(v) ? v : null;
        decimal M(string key) => decimal.Parse(S(key), CultureInfo.InvariantCulture);
        DateOnly D(string key) => DateOnly.ParseExact(S(key), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Money(string key) => NotificationTemplates.Money(M(key), lang);
        string Date(string key) => NotificationTemplates.Date(D(key), lang);
        string Percent(decimal share) => NotificationTemplates.Percent(share, lang);

        switch (text.Template)
        {
            case "disbursement-lag":
            {
                var (code, name, year, quarter) = (S("code"), S("name"), S("year"), S("quarter"));
                var (plan, disbursed) = (M("plan"), M("disbursed"));
                var share = Percent(plan == 0 ? 0 : disbursed / plan);
                return en
                    ? ($"Disbursement behind schedule: project {code} — Q{quarter} {year}",
                       $"""
                       Project {code} — {name}.
                       By {Date("checkpoint")} (end of Q{quarter} {year}) the project had disbursed VND {Money("disbursed")}, {share} of its {year} capital plan (VND {Money("plan")}).
                       On schedule, VND {Money("expected")} should have been disbursed by the end of Q{quarter}; the project is {Percent(M("lag"))} behind.
                       The project owner is asked to speed up disbursement and update the figures.
                       """)
                    : ($"Chậm giải ngân: dự án {code} — quý {quarter}/{year}",
                       $"""
                       Dự án {code} — {name}.
                       Đến ngày {Date("checkpoint")} (hết quý {quarter}/{year}) dự án đã giải ngân {Money("disbursed")} đồng, bằng {share} kế hoạch vốn năm {year} ({Money("plan")} đồng).
                       Theo tiến độ, đến hết quý {quarter} cần giải ngân {Money("expected")} đồng; dự án chậm {Percent(M("lag"))} so với tiến độ.
                       Đề nghị chủ dự án đẩy nhanh giải ngân và cập nhật số liệu.
                       """);
            }
            case "receipt-overdue":
                return en
                    ? ($"Aid not received as planned: {S("code")}",
                       $"""
                       Aid {S("code")} — {S("name")}.
                       By {Date("due")} a cumulative USD {Money("expected")} was to be received under the plan; so far USD {Money("received")} has been received.
                       The aid's owner is asked to contact the donor and update the receipts.
                       """)
                    : ($"Chưa tiếp nhận viện trợ theo kế hoạch: {S("code")}",
                       $"""
                       Khoản viện trợ {S("code")} — {S("name")}.
                       Theo kế hoạch, đến ngày {Date("due")} phải tiếp nhận lũy kế {Money("expected")} USD; đến nay mới tiếp nhận {Money("received")} USD.
                       Đề nghị chủ khoản viện trợ liên hệ nhà tài trợ và cập nhật số liệu tiếp nhận.
                       """);
            case "report-due":
            {
                var shifted = S("legalDue") != S("effectiveDue");
                if (en)
                {
                    var label = EnglishReportLabel(S("type"), S("period"));
                    return ($"Report due soon: {S("code")} — {label}",
                        $"""
                        Project {S("code")} — {S("name")}.
                        {label}: due by law on {Date("legalDue")}{(shifted ? $" (a day off, so the limit moves to the next working day, {Date("effectiveDue")})" : "")}.
                        The project owner is asked to file the report on time.
                        """);
                }
                return ($"Sắp đến hạn nộp báo cáo: {S("code")} — {S("label")}",
                    $"""
                    Dự án {S("code")} — {S("name")}.
                    {S("label")}: hạn nộp theo quy định là ngày {Date("legalDue")}{(shifted ? $" (trùng ngày nghỉ, hạn chuyển sang ngày làm việc tiếp theo {Date("effectiveDue")})" : "")}.
                    Đề nghị chủ dự án nộp báo cáo đúng hạn.
                    """);
            }
            case "task-overdue":
            {
                var task = en ? N("taskEn") ?? S("task") : S("task");
                var key = N("businessKey");
                return en
                    ? ($"Task overdue: {task}",
                       $"""
                       The task "{task}"{(key is null ? "" : $" (dossier {key})")} was due on {Date("due")} and is overdue.
                       Please complete it or report the reason for the delay.
                       """)
                    : ($"Công việc quá hạn: {task}",
                       $"""
                       Công việc "{task}"{(key is null ? "" : $" (hồ sơ {key})")} đã quá hạn xử lý ngày {Date("due")}.
                       Đề nghị hoàn thành công việc hoặc báo cáo lý do chậm.
                       """);
            }
            case "task-escalated":
            {
                var task = en ? N("taskEn") ?? S("task") : S("task");
                var key = N("businessKey");
                return en
                    ? ($"For the leader: task {S("late")} working days overdue — {task}",
                       $"""
                       The task "{task}"{(key is null ? "" : $" (dossier {key})")} assigned to {N("assignee") ?? "the handling group"} is {S("late")} working days overdue (due {Date("due")}).
                       The leader is asked to direct its handling.
                       """)
                    : ($"Báo cáo lãnh đạo: công việc quá hạn {S("late")} ngày làm việc — {task}",
                       $"""
                       Công việc "{task}"{(key is null ? "" : $" (hồ sơ {key})")} giao cho {N("assignee") ?? "nhóm xử lý"} đã quá hạn {S("late")} ngày làm việc (hạn {Date("due")}).
                       Đề nghị lãnh đạo chỉ đạo xử lý.
                       """);
            }
            case "aid-not-started":
                return en
                    ? ($"Aid not started 6 months after approval: {S("code")}",
                       $"""
                       Aid {S("code")} — {S("name")} was approved on {Date("approved")} but had not started by {Date("deadline")} (6 months).
                       Under Article 4(7) of Decree 80/2020/ND-CP the approving authority may revoke the approval if there is no good reason; the managing agency informs the donor.
                       Please review and propose revocation or an extension.
                       """)
                    : ($"Khoản viện trợ chưa triển khai sau 6 tháng: {S("code")}",
                       $"""
                       Khoản viện trợ {S("code")} — {S("name")} được phê duyệt ngày {Date("approved")} nhưng đến ngày {Date("deadline")} (6 tháng) chưa triển khai.
                       Theo khoản 7 Điều 4 Nghị định 80/2020/NĐ-CP, cấp phê duyệt có thể thu hồi quyết định phê duyệt nếu không có lý do chính đáng; cơ quan chủ quản thông báo cho bên tài trợ.
                       Đề nghị rà soát và đề xuất thu hồi hoặc gia hạn.
                       """);
            case "procedure-step":
            {
                var code = N("code");
                var title = N("subject")?.Trim() ?? (en ? "Notice about a procedure dossier" : "Thông báo về hồ sơ thủ tục");
                var about = code is null ? "" : en ? $"Project {code} — {S("name")}.\n" : $"Dự án {code} — {S("name")}.\n";
                return (code is null ? title : $"{title}: {code}",
                    en ? $"{about}{title}.\nSee the dossier and its steps in InvestAid." : $"{about}{title}.\nXem chi tiết hồ sơ và các bước xử lý trong hệ thống InvestAid.");
            }
            case "workflow-incident":
            {
                var key = N("businessKey") is { } k ? (en ? $" (record {k})" : $" (hồ sơ {k})") : "";
                return en
                    ? ($"Procedure stopped at a failed step: {S("procedure")}",
                       $"The step \"{S("step")}\" of {S("procedure")}{key} failed after its retries: {S("message")}\nThe procedure waits there. Retry or resolve the incident on the Operations page.")
                    : ($"Quy trình dừng ở bước bị lỗi: {S("procedure")}",
                       $"Bước \"{S("step")}\" của {S("procedure")}{key} lỗi sau các lần thử lại: {S("message")}\nQuy trình đang chờ ở bước này. Hãy thử lại hoặc đóng sự cố tại trang Vận hành quy trình.");
            }
            case "proposal-digest":
            {
                var more = int.Parse(S("more"), CultureInfo.InvariantCulture);
                return en
                    ? ($"{S("count")} proposals awaiting confirmation on {Date("day")}",
                       $"{S("count")} changes proposed by project owners await confirmation:\n{S("lines")}" + (more > 0 ? $"\n… and {more} more." : ""))
                    : ($"{S("count")} đề xuất chờ xác nhận ngày {Date("day")}",
                       $"Có {S("count")} đề xuất thay đổi của chủ dự án đang chờ xác nhận:\n{S("lines")}" + (more > 0 ? $"\n… và {more} đề xuất khác." : ""));
            }
            case "enterprise-report-due":
            {
                var yearly = S("quarter") == "0";
                var label = en ? (yearly ? $"for {S("year")}" : $"for Q{S("quarter")} {S("year")}") : (yearly ? $"năm {S("year")}" : $"quý {S("quarter")}/{S("year")}");
                return en
                    ? ($"Report {label} due soon: {S("code")}",
                       $"The implementation report of project {S("name")} {label} is due by {Date("due")}. File it online in InvestAid.")
                    : ($"Sắp đến hạn nộp báo cáo {label}: {S("code")}",
                       $"Báo cáo tình hình thực hiện dự án {S("name")} {label} phải nộp trước ngày {Date("due")}. Hãy nộp trực tuyến trên InvestAid.");
            }
            case "enterprise-report-escalated":
            {
                var yearly = S("quarter") == "0";
                var label = en ? (yearly ? $"for {S("year")}" : $"for Q{S("quarter")} {S("year")}") : (yearly ? $"năm {S("year")}" : $"quý {S("quarter")}/{S("year")}");
                return en
                    ? ($"Enterprise has not filed its report {label}: {S("code")}",
                       $"{S("enterprise")} has not filed its report {label}; it is {S("late")} days overdue (due {Date("due")}).")
                    : ($"Doanh nghiệp chưa nộp báo cáo {label}: {S("code")}",
                       $"{S("enterprise")} chưa nộp báo cáo {label}, quá hạn {S("late")} ngày (hạn {Date("due")}).");
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(text), text.Template, "Not a notification template.");
        }
    }

    /// <summary>The English name of a periodic report (<see cref="ReportingSchedule"/>'s types and periods).</summary>
    public static string EnglishReportLabel(string type, string period) => type switch
    {
        "fdi-quarterly" => $"project implementation report for Q{period[^1]} {period[..4]}",
        "oda-quarterly" => $"ODA project report for Q{period[^1]} {period[..4]}",
        "fdi-yearly" => $"project implementation report for {period}",
        "oda-monthly" => $"ODA project report for {CultureInfo.GetCultureInfo("en-US").DateTimeFormat.GetMonthName(int.Parse(period[5..], CultureInfo.InvariantCulture))} {period[..4]}",
        "ngo-half-year" => $"aid report for the first half of {period[..4]}",
        "ngo-yearly" => $"aid report for {period}",
        _ => $"report {period}",
    } is var label ? char.ToUpperInvariant(label[0]) + label[1..] : "";

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static string I(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    private static string I(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
