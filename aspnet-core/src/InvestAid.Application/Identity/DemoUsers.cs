namespace InvestAid.Identity;

/// <summary>The demo sign-ins listed in the README. Their password is a clearly-marked demo value.</summary>
public static class DemoUsers
{
    /// <summary>DEMO PASSWORD for demo data only; override with INVESTAID_DEMO_PASSWORD.</summary>
    public const string DefaultPassword = "InvestAid@2026";

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("admin@investaid.local", "Quản trị hệ thống", RoleNames.Admin),
        new("officer@investaid.local", "Nguyễn Thị Hương", RoleNames.Officer),
        new("approver@investaid.local", "Trần Văn Đức", RoleNames.Approver),
        new("leader@investaid.local", "Lê Minh Tuấn", RoleNames.Leader),
        new("agency.finance@investaid.local", "Phạm Thu Trang", RoleNames.Agency, Procedures.ProcedureAgencies.Finance),
        new("agency.police@investaid.local", "Hoàng Văn Nam", RoleNames.Agency, Procedures.ProcedureAgencies.Police),
        new("owner@investaid.local", "Ban QLDA Nông nghiệp tỉnh", RoleNames.Owner),
        new("viewer@investaid.local", "Người xem", RoleNames.Viewer),
        // A service account: the sample archive worker (tools/archive-worker) signs in with it.
        new("worker.archive@investaid.local", "Dịch vụ lưu trữ hồ sơ", RoleNames.Worker),
    ];

    public static string Password() =>
        Environment.GetEnvironmentVariable("INVESTAID_DEMO_PASSWORD") is { Length: > 0 } p ? p : DefaultPassword;
}
