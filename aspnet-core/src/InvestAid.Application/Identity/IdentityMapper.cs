using InvestAid.Common;
using InvestAid.Text;
using Riok.Mapperly.Abstractions;

namespace InvestAid.Identity;

/// <summary>
/// Compile-time mapping of users, groups and identity mappings to their DTOs. Names looked up in the identity index, roles and claims
/// come from the caller.
/// </summary>
[Mapper]
public static partial class IdentityMapper
{
    public static UserGroupDto ToDto(this UserGroup g, IdentityIndex index) =>
        Map(g, [.. index.MembersOf(g).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).Select(ToMemberDto)]);

    public static IdentityMappingDto ToDto(this IdentityMapping m, IdentityIndex index)
    {
        var group = m.GroupId is { } g ? index.Group(g) : null;
        return Map(m, m.UserId is { } u ? index.User(u)?.DisplayName : null, group is null ? null : Localized.Pick(group.NameVi, group.NameEn));
    }

    public static partial UserAdminDto ToDto(this AppUser user, string email, IReadOnlyList<string> roles, string? agencyCode, bool disabled,
        IReadOnlyList<OwnedProjectDto> projects);

    public static partial OwnedProjectDto ToOwnedProjectDto((Guid Id, string Code, string NameVi, string? NameEn) project);

    private static partial GroupMemberDto ToMemberDto(DirectoryUser user);

    [MapProperty(nameof(UserGroup.ConcurrencyToken), nameof(UserGroupDto.Version), Use = nameof(FormatVersion))]
    private static partial UserGroupDto Map(UserGroup group, IReadOnlyList<GroupMemberDto> members);

    [MapProperty(nameof(IdentityMapping.ConcurrencyToken), nameof(IdentityMappingDto.Version), Use = nameof(FormatVersion))]
    private static partial IdentityMappingDto Map(IdentityMapping mapping, string? userName, string? groupName);

    private static string FormatVersion(uint token) => RecordVersion.Format(token);
}
