using InvestAid.Common;
using InvestAid.Identity;

namespace InvestAid.Projects;

public static class ProjectAccess
{
    /// <summary>Officers and administrators of the department: they register and maintain every project.</summary>
    public static bool IsDepartmentStaff(ICurrentUser user) =>
        user.IsInRole(RoleNames.Officer) || user.IsInRole(RoleNames.Admin);
}
