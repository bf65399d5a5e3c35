using InvestAid.Common;

namespace InvestAid.Identity;

/// <summary>
/// A group of users that a model's <c>candidateGroups</c> can name by its <see cref="Code"/>. Every role is a group
/// (<see cref="RoleName"/> set; its members are the users with the role, managed on the users page); administrators
/// create further groups and choose their members.
/// </summary>
public sealed class UserGroup : AggregateRoot
{
    private UserGroup() { }

    public UserGroup(string code, string nameVi, string nameEn, string? roleName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.Trim();
        RoleName = roleName;
        Rename(nameVi, nameEn);
    }

    public string Code { get; private set; } = "";
    public string NameVi { get; private set; } = "";
    public string NameEn { get; private set; } = "";

    /// <summary>The role this group is (its members are the role's users), or null for a group administrators made.</summary>
    public string? RoleName { get; private set; }

    /// <summary>The members of a group administrators made (empty for a role's group).</summary>
    public List<Guid> MemberIds { get; private set; } = [];

    public bool IsRole => RoleName is not null;

    public void Rename(string nameVi, string nameEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameVi);
        NameVi = nameVi.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? NameVi : nameEn.Trim();
    }

    public void SetMembers(IEnumerable<Guid> userIds)
    {
        if (IsRole)
        {
            throw new InvalidOperationException("A role's members are the users with the role.");
        }

        MemberIds = [.. userIds.Distinct()];
    }
}
