using InvestAid.Common;
using InvestAid.Identity;

namespace InvestAid.Projects;

/// <summary>
/// Which projects a user may see: all of them (department staff, leaders, viewers), only their own
/// (project owners), or only those they were consulted on (agencies; none until a consultation names them).
/// </summary>
public sealed record ProjectScope(bool All, Guid? OwnerUserId)
{
    public static ProjectScope For(ICurrentUser user)
    {
        if (user.IsInRole(RoleNames.Admin) || user.IsInRole(RoleNames.Officer) || user.IsInRole(RoleNames.Leader)
            || user.IsInRole(RoleNames.Approver) || user.IsInRole(RoleNames.Viewer))
        {
            return new ProjectScope(true, null);
        }
        return user.IsInRole(RoleNames.Owner) && user.Id is { } id
            ? new ProjectScope(false, id)
            : new ProjectScope(false, null);
    }

    public bool Allows(Project project) => All || (OwnerUserId is { } id && project.OwnerUserId == id);
}
