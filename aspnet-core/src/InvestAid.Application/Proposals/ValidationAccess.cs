using InvestAid.Common;
using InvestAid.Identity;
using InvestAid.Projects;

namespace InvestAid.Proposals;

/// <summary>
/// Who may do what with validated data (proposals, frozen periods, enterprise reports), in one place: department staff
/// decide, the owner proposes and files on its own projects, a leader grants freeze exceptions, an administrator
/// declares freezes. Kept small on purpose, so it can move onto the shared per-record authorization.
/// </summary>
public static class ValidationAccess
{
    public static bool IsDepartmentStaff(ICurrentUser user) => ProjectAccess.IsDepartmentStaff(user);

    public static bool OwnsProject(ICurrentUser user, Project project) => user.Id is { } me && project.OwnerUserId == me;

    /// <summary>May the user put forward a change (or file a report) on this project: staff on any, an owner on its own.</summary>
    public static void EnsureCanPropose(ICurrentUser user, Project project) => EnsureCanPropose(user, project, null);

    /// <summary>
    /// As <see cref="EnsureCanPropose(ICurrentUser, Project)"/>, and a consulted agency on the projects whose figures its scope
    /// holds (<paramref name="scope"/>: those of the dossiers it was consulted on, docs/security.md), never on one whose task it merely held.
    /// </summary>
    public static void EnsureCanPropose(ICurrentUser user, Project project, ProjectScope? scope)
    {
        var consulted = scope is not null && user.IsInRole(RoleNames.Agency) && scope.AllowsFigures(project.Id);
        if (!IsDepartmentStaff(user) && !OwnsProject(user, project) && !consulted)
        {
            throw new ForbiddenException($"Bạn không phải chủ dự án {project.Code}, không thể đề xuất thay đổi. / You do not own project {project.Code}.");
        }
    }

    public static void EnsureCanDecide(ICurrentUser user)
    {
        if (!IsDepartmentStaff(user))
        {
            throw new ForbiddenException("Chỉ cán bộ của Sở được xác nhận hoặc trả lại. / Only department officers decide.");
        }
    }

    public static void EnsureLeader(ICurrentUser user)
    {
        if (!user.IsInRole(RoleNames.Leader))
        {
            throw new ForbiddenException("Chỉ lãnh đạo được cho phép ngoại lệ khóa sổ. / Only a leader grants a freeze exception.");
        }
    }
}
