using InvestAid.Identity;

namespace InvestAid.Notifications;

/// <summary>The users of one reminder run, by role, name or e-mail, and consulted agency (<c>agency:finance</c>).</summary>
public sealed class ReminderUserDirectory(IReadOnlyList<UserInRole> roles, IReadOnlyList<UserAddress> names, IReadOnlyList<AgencyUser> agencies)
{
    public IReadOnlyList<Guid> Leaders => [.. roles.Where(r => r.Role == RoleNames.Leader).Select(r => r.UserId)];

    /// <summary>A task's assignee, or (unassigned) its candidate users, the holders of its candidate roles and the users of its candidate agencies.</summary>
    public IReadOnlyCollection<Guid> TaskAssignees(string? assignee, IReadOnlyList<string> candidateUsers, IReadOnlyList<string> candidateGroups)
    {
        var assignees = new HashSet<Guid>();
        foreach (var user in (assignee is null ? candidateUsers : [assignee]).Select(u => u.ToLowerInvariant()))
        {
            assignees.UnionWith(names.Where(n => n.UserName == user || n.Email == user).Select(n => n.Id));
        }
        if (assignee is null)
        {
            assignees.UnionWith(roles.Where(r => candidateGroups.Contains(r.Role, StringComparer.OrdinalIgnoreCase)).Select(r => r.UserId));
            assignees.UnionWith(candidateGroups.SelectMany(InAgencyGroup));
        }
        return assignees;
    }

    /// <summary>
    /// The users a procedure's <c>notify</c> step names in <paramref name="to"/>: roles (officer, leader …), consulted
    /// agencies (<c>agency:finance</c>), the project's <c>owner</c>, or users by name or e-mail.
    /// </summary>
    public IReadOnlyCollection<Guid> ProcedureTargets(string to, Guid? owner)
    {
        var recipients = new HashSet<Guid>();
        foreach (var target in to.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (target.StartsWith("agency:", StringComparison.OrdinalIgnoreCase))
            {
                recipients.UnionWith(InAgencyGroup(target));
            }
            else if (string.Equals(target, RoleNames.Owner, StringComparison.OrdinalIgnoreCase) && owner is { } ownerId)
            {
                recipients.Add(ownerId);
            }
            else if (RoleNames.All.Contains(target.ToLowerInvariant()))
            {
                recipients.UnionWith(roles.Where(r => r.Role == target.ToLowerInvariant()).Select(r => r.UserId));
            }
            else
            {
                recipients.UnionWith(names.Where(n => string.Equals(n.UserName, target, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(n.Email, target, StringComparison.OrdinalIgnoreCase)).Select(n => n.Id));
            }
        }
        return recipients;
    }

    /// <summary>Users of the consulted agency a group such as <c>agency:finance</c> names.</summary>
    private IEnumerable<Guid> InAgencyGroup(string group) =>
        group.StartsWith("agency:", StringComparison.OrdinalIgnoreCase)
            ? agencies.Where(a => string.Equals(a.Agency, group[7..], StringComparison.OrdinalIgnoreCase)).Select(a => a.UserId)
            : [];
}
