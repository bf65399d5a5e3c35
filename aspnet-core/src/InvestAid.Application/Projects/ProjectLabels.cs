namespace InvestAid.Projects;

/// <summary>Vietnamese names of the registry's enums, for exports and messages.</summary>
public static class ProjectLabels
{
    public static string Kind(ProjectKind kind) => kind switch
    {
        ProjectKind.Fdi => "FDI",
        ProjectKind.Oda => "ODA",
        ProjectKind.ConcessionalLoan => "Vốn vay ưu đãi",
        ProjectKind.NgoAid => "Viện trợ PCP",
        _ => "Đầu tư trong nước",
    };

    public static string Status(ProjectStatus status) => status switch
    {
        ProjectStatus.Draft => "Nháp",
        ProjectStatus.Submitted => "Đã nộp",
        ProjectStatus.UnderReview => "Đang thẩm định",
        ProjectStatus.Approved => "Đã phê duyệt",
        ProjectStatus.Rejected => "Không phê duyệt",
        ProjectStatus.Returned => "Trả lại bổ sung",
        ProjectStatus.Active => "Đang hoạt động",
        ProjectStatus.Completed => "Đã hoàn thành",
        _ => "Đã chấm dứt",
    };
}
